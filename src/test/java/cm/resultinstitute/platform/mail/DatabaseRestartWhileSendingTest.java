package cm.resultinstitute.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cm.resultinstitute.platform.test.RestartablePostgres;
import cm.resultinstitute.platform.test.SharedMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database goes away between SMTP's acceptance of a message and the outbox's record of it, and comes back a few
 * seconds later: the sender keeps trying to record the outcome instead of sending the message again.
 */
class DatabaseRestartWhileSendingTest {

    static final String RECIPIENT = "restart-while-sending@example.com";

    @Test
    void aDatabaseRestartBetweenSendAndRecordDeliversTheMailOnce() throws Exception {
        AtomicBoolean restarted = new AtomicBoolean();
        try (RestartablePostgres postgres = RestartablePostgres.start()) {
            OwnPlatform.SendHooks restartAfterTheFirstSend = new OwnPlatform.SendHooks(message -> {}, message -> {
                if (to(message).equals(RECIPIENT) && restarted.compareAndSet(false, true)) {
                    postgres.stop();
                    Thread restart = new Thread(() -> {
                        pause(Duration.ofSeconds(3));
                        postgres.restart();
                    });
                    restart.start();
                }
            });
            // A short lease: if the outcome were lost, the message would be claimed and sent again within the test.
            try (ConfigurableApplicationContext platform = OwnPlatform.start(
                    postgres.jdbcUrl(), SharedMail.port(), restartAfterTheFirstSend, "--app.mail.lease=40s")) {
                JdbcClient jdbc = platform.getBean(JdbcClient.class);
                platform.getBean(TransactionTemplate.class)
                        .executeWithoutResult(status -> platform.getBean(MailOutbox.class)
                                .queue(new Mail(
                                        RECIPIENT,
                                        "en",
                                        "password-reset",
                                        Map.of("name", "Restart", "link", "https://x.cm/reset?token=abc"))));

                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(200))
                        .ignoreExceptions()
                        .until(
                                () -> jdbc.sql("SELECT status FROM mail_outbox WHERE recipient = ?")
                                        .param(RECIPIENT)
                                        .query(String.class)
                                        .single(),
                                "sent"::equals);

                assertThat(restarted)
                        .as("the database was stopped right after SMTP took the message")
                        .isTrue();
                assertThat(jdbc.sql("SELECT attempts FROM mail_outbox WHERE recipient = ?")
                                .param(RECIPIENT)
                                .query(Integer.class)
                                .single())
                        .isEqualTo(1);
                assertThat(SharedMail.received().stream()
                                .filter(message -> to(message).equals(RECIPIENT)))
                        .as("one copy, not one per attempt")
                        .hasSize(1);
            }
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
