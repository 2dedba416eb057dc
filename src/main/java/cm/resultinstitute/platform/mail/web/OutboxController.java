package cm.resultinstitute.platform.mail.web;

import cm.resultinstitute.platform.mail.MailStatus;
import cm.resultinstitute.platform.mail.OutboxEntry;
import cm.resultinstitute.platform.mail.OutboxReader;
import cm.resultinstitute.platform.mail.OutboxResender;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.SortableBy;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Queued, sending, sent and failed mail, for admins, who may send a failed or waiting one again. */
@RestController
@Tag(name = "Operations")
class OutboxController {

    private final OutboxReader outbox;
    private final OutboxResender resender;

    OutboxController(OutboxReader outbox, OutboxResender resender) {
        this.outbox = outbox;
        this.resender = resender;
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

    /** Queues a failed or queued mail again, due now with all its attempts; 409 for a sent or sending one. */
    @PostMapping(ApiPaths.V1 + "/admin/outbox/{id}/resend")
    @PreAuthorize("hasRole('ADMIN')")
    OutboxEntry resend(@PathVariable int id) {
        return resender.resend(id);
    }
}
