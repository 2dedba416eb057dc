package cm.resultinstitute.platform.mail;

import java.time.Instant;

/** A message of the outbox as admins see it: whom to, what, and how its delivery goes. Not its body. */
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
        Instant sentAt) {}
