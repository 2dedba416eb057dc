package cm.resultinstitute.platform.mail;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.mail.domain.OutgoingMail;
import cm.resultinstitute.platform.mail.domain.OutgoingMailRepository;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets an admin queue a failed or waiting message again, due now with all its attempts, in the audit trail. */
@Service
public class OutboxResender {

    private final OutgoingMailRepository outbox;
    private final ActivityRecorder activity;
    private final Clock clock;

    OutboxResender(OutgoingMailRepository outbox, ActivityRecorder activity, Clock clock) {
        this.outbox = outbox;
        this.activity = activity;
        this.clock = clock;
    }

    @Transactional
    public OutboxEntry resend(int id) {
        // Locked, so that no sender claims it between the check and the change.
        OutgoingMail mail = outbox.findLockedById(id).orElseThrow(() -> new NotFoundException("admin.outbox.notFound"));
        MailStatus before = mail.getStatus();
        int attempts = mail.getAttempts();
        mail.resend(clock.instant());
        activity.record(ActivityEntry.of(
                        "mail_resent",
                        "mail",
                        id,
                        "Resent the mail " + mail.getTemplate() + " to " + mail.getRecipient())
                .with("previousStatus", before.value())
                .with("previousAttempts", attempts)
                .with("lastError", mail.getLastError()));
        return OutboxEntry.of(mail);
    }
}
