package cm.resultinstitute.platform.mail.web;

import cm.resultinstitute.platform.mail.MailStatus;
import cm.resultinstitute.platform.mail.OutboxEntry;
import cm.resultinstitute.platform.mail.OutboxReader;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.SortableBy;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Queued, sent and failed mail, for admins. */
@RestController
@Tag(name = "Operations")
class OutboxController {

    private final OutboxReader outbox;

    OutboxController(OutboxReader outbox) {
        this.outbox = outbox;
    }

    @GetMapping(ApiPaths.V1 + "/admin/outbox")
    @PreAuthorize("hasRole('ADMIN')")
    PageResponse<OutboxEntry> list(
            @RequestParam(required = false) MailStatus status,
            @SortableBy(
                            value = {"createdAt", "nextAttemptAt", "sentAt", "id"},
                            defaultSort = "createdAt,desc")
                    PageQuery page) {
        return PageResponse.of(outbox.list(status, page.pageable()));
    }
}
