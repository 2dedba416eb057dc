package cm.resultinstitute.platform.mail;

import cm.resultinstitute.platform.mail.domain.OutgoingMail;
import java.time.Instant;

/**
 * A message of the outbox as admins see it: whom to, what, and how its delivery goes. Not its body.
 *
 * @param leaseUntil while {@code sending}, when the message returns to the queue if its sender has not recorded the
 *     outcome by then
 */
public record OutboxEntry(
        Integer id,
        String recipient,
        String subject,
        String template,
        String language,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        Instant leaseUntil) {

    static OutboxEntry of(OutgoingMail mail) {
        return new OutboxEntry(
                mail.getId(),
                mail.getRecipient(),
                mail.getSubject(),
                mail.getTemplate(),
                mail.getLanguage(),
                mail.getStatus(),
                mail.getAttempts(),
                mail.getNextAttemptAt(),
                mail.getLastError(),
                mail.getCreatedAt(),
                mail.getSentAt(),
                mail.getLeaseUntil());
    }

    /** Whether an admin may queue it again: not when it is delivered or being delivered. */
    public boolean resendable() {
        return status == MailStatus.QUEUED || status == MailStatus.FAILED;
    }
}
