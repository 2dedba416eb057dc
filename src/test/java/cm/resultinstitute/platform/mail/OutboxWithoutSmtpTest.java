package cm.resultinstitute.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.mail.domain.OutgoingMail;
import cm.resultinstitute.platform.mail.domain.OutgoingMailRepository;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** With no SMTP host configured, mail waits in the outbox, visible to admins, instead of being lost. */
@PlatformTest
class OutboxWithoutSmtpTest {

    @Autowired
    OutgoingMailRepository mails;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AppProperties properties;

    @Test
    void mailStaysQueuedWithoutAnSmtpServer() {
        OutgoingMail waiting =
                mails.save(new OutgoingMail("later@example.com", "S", "T", null, "verify-email", "en", Instant.now()));
        OutboxSender withoutSmtp = new OutboxSender(
                mails,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                transaction,
                properties,
                Clock.systemUTC());

        QueryCounting.reset();
        withoutSmtp.deliverDue();

        // Counted on this thread alone: the senders of other test contexts on the same database, which have a mail
        // server, may take the message meanwhile; this one does not even read the outbox.
        assertThat(QueryCounting.total()).isZero();
        assertThat(mails.findById(waiting.getId())).isPresent();
    }
}
