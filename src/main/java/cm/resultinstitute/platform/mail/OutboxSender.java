package cm.resultinstitute.platform.mail;

import cm.resultinstitute.platform.mail.domain.OutgoingMail;
import cm.resultinstitute.platform.mail.domain.OutgoingMailRepository;
import cm.resultinstitute.platform.shared.AppProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through SMTP ({@code spring.mail.*}): due messages are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so several instances share the work without sending anything twice; a failure is retried later, each
 * time twice as late, until {@code app.mail.max-attempts}. Without an SMTP host, mail stays queued.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

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
        Integer delivered;
        do {
            delivered = transaction.execute(status -> deliverBatch(sender));
        } while (delivered != null && delivered == settings.batchSize());
    }

    private int deliverBatch(JavaMailSender sender) {
        List<OutgoingMail> due = outbox.claimDue(clock.instant(), settings.batchSize());
        for (OutgoingMail mail : due) {
            try {
                sender.send(message(sender, mail));
                mail.markSent(clock.instant());
            } catch (MailException | MessagingException e) {
                mail.markFailed(e.getMessage(), clock.instant(), settings.maxAttempts());
                log.warn(
                        "Mail {} ({}) not delivered, attempt {}: {}",
                        mail.getId(),
                        mail.getTemplate(),
                        mail.getAttempts(),
                        e.getMessage());
            }
        }
        return due.size();
    }

    private MimeMessage message(JavaMailSender sender, OutgoingMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper =
                new MimeMessageHelper(message, mail.getBodyHtml() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        if (mail.getBodyHtml() != null) {
            helper.setText(mail.getBodyText(), mail.getBodyHtml());
        } else {
            helper.setText(mail.getBodyText());
        }
        return message;
    }
}
