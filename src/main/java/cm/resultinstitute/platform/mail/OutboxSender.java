package cm.resultinstitute.platform.mail;

import cm.resultinstitute.platform.mail.domain.OutgoingMail;
import cm.resultinstitute.platform.mail.domain.OutgoingMailRepository;
import cm.resultinstitute.platform.shared.AppProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through SMTP ({@code spring.mail.*}) in three steps, so that no database transaction or
 * connection is held while SMTP answers, or fails to: a short transaction claims due messages ({@code FOR UPDATE SKIP
 * LOCKED}, so that instances share the work) and leases them to this claim; each is sent with no transaction; its
 * outcome is recorded in a short transaction of its own, retried while the database is away and the lease lasts. A
 * failure is retried later, each time twice as late, until {@code app.mail.max-attempts}; a lease that runs out
 * returns the message to the queue. Without an SMTP host, mail stays queued.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final OutgoingMailRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final AppProperties.Mail settings;
    private final Clock clock;

    OutboxSender(
            OutgoingMailRepository outbox,
            ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transaction,
            AppProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transaction = transaction;
        this.settings = properties.mail();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.mail.poll-interval}", initialDelayString = "${app.mail.poll-interval}")
    void deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Claim claim;
        do {
            try {
                claim = claim();
            } catch (DataAccessException | TransactionException e) {
                log.warn("Outbox not read, the database is unavailable: {}", e.getMessage());
                return;
            }
        } while (deliver(sender, claim) && claim.mails().size() == settings.batchSize());
    }

    /** Takes due messages, and those whose lease ran out, for this sender alone until the lease ends. */
    Claim claim() {
        long start = System.nanoTime();
        Instant now = clock.instant();
        UUID lease = UUID.randomUUID();
        Instant until = now.plus(settings.lease());
        List<ClaimedMail> mails = transaction.execute(status -> outbox.claimDue(now, settings.batchSize()).stream()
                .map(mail -> {
                    if (mail.getStatus() == MailStatus.SENDING) {
                        log.warn(
                                "Mail {} ({}) was claimed by a sender whose lease ended at {}: sending it again,"
                                        + " it may arrive twice",
                                mail.getId(),
                                mail.getTemplate(),
                                mail.getLeaseUntil());
                    }
                    mail.claim(lease, until);
                    return ClaimedMail.of(mail);
                })
                .toList());
        return new Claim(lease, start, mails);
    }

    /**
     * Sends the claimed messages one by one while at least half of the lease remains, which leaves each send and its
     * recording the other half; the rest go back to the queue. Returns false when the run should stop.
     */
    private boolean deliver(JavaMailSender sender, Claim claim) {
        List<ClaimedMail> mails = claim.mails();
        for (int i = 0; i < mails.size(); i++) {
            if (claim.elapsed().compareTo(settings.lease().dividedBy(2)) > 0) {
                release(claim, mails.subList(i, mails.size()));
                return false;
            }
            ClaimedMail mail = mails.get(i);
            String error = send(sender, mail);
            if (!record(claim, mail, error, clock.instant())) {
                return false;
            }
        }
        return true;
    }

    /** Sends one message, outside any transaction; returns why it failed, or null once SMTP has accepted it. */
    private String send(JavaMailSender sender, ClaimedMail mail) {
        try {
            sender.send(message(sender, mail));
            return null;
        } catch (MessagingException | RuntimeException e) {
            String error =
                    e.getMessage() != null ? e.getMessage() : e.getClass().getName();
            log.warn("Mail {} ({}) not delivered: {}", mail.id(), mail.template(), error);
            return error;
        }
    }

    /**
     * Records the outcome in a short transaction of its own. While the database is away (a restart takes seconds)
     * the update is retried with a growing pause, for as long as the lease keeps the message from other senders;
     * after that the message may be sent again, and the run stops.
     */
    private boolean record(Claim claim, ClaimedMail mail, String error, Instant at) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                Boolean recorded = transaction.execute(status -> mark(claim.lease(), mail, error, at));
                if (!Boolean.TRUE.equals(recorded)) {
                    log.warn(
                            "Mail {} ({}): outcome already recorded, or the message is no longer leased to this sender",
                            mail.id(),
                            mail.template());
                }
                return true;
            } catch (DataAccessException | TransactionException e) {
                if (claim.elapsed().plus(pause).compareTo(settings.lease()) >= 0) {
                    log.error(
                            "Mail {} ({}) {} but the outbox could not record it: {}. It may be sent again once its"
                                    + " lease ends.",
                            mail.id(),
                            mail.template(),
                            error == null ? "was delivered" : "failed",
                            e.getMessage());
                    return false;
                }
                log.warn("Outcome of mail {} not recorded yet, retrying in {}: {}", mail.id(), pause, e.getMessage());
                if (!sleep(pause)) {
                    return false;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private boolean mark(UUID lease, ClaimedMail claimed, String error, Instant at) {
        return outbox.findLockedById(claimed.id())
                .filter(mail -> mail.isLeasedTo(lease))
                .map(mail -> {
                    if (error == null) {
                        mail.markSent(at);
                    } else {
                        mail.markFailed(error, at, settings.maxAttempts());
                    }
                    return true;
                })
                .orElse(false);
    }

    /** Gives unsent messages back to the queue now rather than when their lease ends. */
    private void release(Claim claim, List<ClaimedMail> unsent) {
        try {
            transaction.executeWithoutResult(status ->
                    outbox.findAllById(unsent.stream().map(ClaimedMail::id).toList()).stream()
                            .filter(mail -> mail.isLeasedTo(claim.lease()))
                            .forEach(OutgoingMail::release));
        } catch (DataAccessException | TransactionException e) {
            log.warn(
                    "{} claimed mails not released, they return to the queue when their lease ends: {}",
                    unsent.size(),
                    e.getMessage());
        }
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private MimeMessage message(JavaMailSender sender, ClaimedMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper =
                new MimeMessageHelper(message, mail.bodyHtml() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        if (mail.bodyHtml() != null) {
            helper.setText(mail.bodyText(), mail.bodyHtml());
        } else {
            helper.setText(mail.bodyText());
        }
        return message;
    }

    /** Messages leased together, and when (on this machine's monotonic clock) the lease began. */
    record Claim(UUID lease, long startNanos, List<ClaimedMail> mails) {

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }
    }

    /** What a send needs, read in the claim's transaction so that none is open while SMTP works. */
    record ClaimedMail(int id, String recipient, String subject, String bodyText, String bodyHtml, String template) {

        static ClaimedMail of(OutgoingMail mail) {
            return new ClaimedMail(
                    mail.getId(),
                    mail.getRecipient(),
                    mail.getSubject(),
                    mail.getBodyText(),
                    mail.getBodyHtml(),
                    mail.getTemplate());
        }
    }
}
