package cm.resultinstitute.platform.activity.web;

import cm.resultinstitute.platform.activity.ActivityFilter;
import cm.resultinstitute.platform.activity.ActivityTrail;
import cm.resultinstitute.platform.activity.ActivityView;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.shared.web.TimeBound;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, for admins: newest first, filtered by user, action, record and time. */
@RestController
@Tag(name = "Audit trail")
class ActivityController {

    private final ActivityTrail trail;
    private final AppProperties properties;

    ActivityController(ActivityTrail trail, AppProperties properties) {
        this.trail = trail;
        this.properties = properties;
    }

    @GetMapping(ApiPaths.V1 + "/activity")
    @PreAuthorize("hasRole('ADMIN')")
    PageResponse<ActivityView> list(
            @RequestParam(required = false) Integer userId,
            @RequestParam(required = false) @Size(max = 100) String action,
            @RequestParam(required = false) @Size(max = 50) String entityType,
            @RequestParam(required = false) Integer entityId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @SortableBy(value = "createdAt", defaultSort = "createdAt,desc") PageQuery page) {
        ActivityFilter filter = new ActivityFilter(
                userId,
                action,
                entityType,
                entityId,
                TimeBound.from("from", from, properties.timeZone()),
                TimeBound.until("to", to, properties.timeZone()));
        return PageResponse.of(trail.list(filter, page.pageable()));
    }
}
