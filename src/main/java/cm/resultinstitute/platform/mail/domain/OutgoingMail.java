package cm.resultinstitute.platform.mail.domain;

import cm.resultinstitute.platform.mail.MailStatus;
import cm.resultinstitute.platform.shared.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A rendered message in the outbox, with its delivery attempts. While a sender delivers it, it is {@code sending} and
 * leased to that sender's claim until a deadline; only that claim may record the outcome.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    private static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "text")
    private String bodyText;

    @Column(name = "body_html", columnDefinition = "text")
    private String bodyHtml;

    @Column(nullable = false)
    private String template;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status = MailStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "lease_id")
    private UUID leaseId;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    protected OutgoingMail() {}

    public OutgoingMail(
            String recipient,
            String subject,
            String bodyText,
            String bodyHtml,
            String template,
            String language,
            Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.template = template;
        this.language = language;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Reserves the message for one claim of a sender until {@code until}: nobody else sends it meanwhile. */
    public void claim(UUID lease, Instant until) {
        if (status == MailStatus.SENT || status == MailStatus.FAILED) {
            throw new IllegalStateException("Mail " + id + " is " + status.value() + " and cannot be claimed");
        }
        status = MailStatus.SENDING;
        leaseId = lease;
        leaseUntil = until;
    }

    /** Whether the outcome of a send belongs to this claim: a claim whose lease ran out may have been taken over. */
    public boolean isLeasedTo(UUID lease) {
        return status == MailStatus.SENDING && lease.equals(leaseId);
    }

    /** Gives a claimed message back to the queue, unsent and without counting an attempt. */
    public void release() {
        status = MailStatus.QUEUED;
        endLease();
    }

    public void markSent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        endLease();
    }

    /** Schedules the next attempt, twice as far each time, or gives up after {@code maxAttempts}. */
    public void markFailed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        endLease();
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.QUEUED;
            long minutes = Math.min(1L << Math.min(attempts - 1, 9), 360);
            nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
        }
    }

    /**
     * Queues a failed or waiting message again, due now and with all its attempts ahead. A message that is sent, or
     * being sent, cannot be: it would arrive twice.
     */
    public void resend(Instant now) {
        if (status == MailStatus.SENT) {
            throw new ConflictException("mail-not-resendable", "admin.outbox.alreadySent");
        }
        if (status == MailStatus.SENDING) {
            throw new ConflictException("mail-not-resendable", "admin.outbox.beingSent");
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void endLease() {
        leaseId = null;
        leaseUntil = null;
    }

    public Integer getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getTemplate() {
        return template;
    }

    public String getLanguage() {
        return language;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public UUID getLeaseId() {
        return leaseId;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }
}
