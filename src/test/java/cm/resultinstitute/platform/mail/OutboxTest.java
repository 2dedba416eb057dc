package cm.resultinstitute.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cm.resultinstitute.platform.mail.domain.OutgoingMail;
import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail goes out through the outbox: written in the business transaction, delivered later, retried on failure. */
@PlatformTest
class OutboxTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    ThreadPoolTaskScheduler scheduler;

    @Test
    void queuedMailIsRenderedInTheRecipientsLanguageAndDelivered() throws Exception {
        transaction.executeWithoutResult(status -> outbox.queue(new Mail(
                "lecteur@example.com",
                "fr",
                "password-reset",
                Map.of("name", "Awa", "link", "https://x.cm/reset?token=abc"))));

        MimeMessage delivered = Mailbox.awaitMailTo("lecteur@example.com", "Réinitialisez votre mot de passe");
        assertThat(Mailbox.decoded(delivered)).contains("Bonjour Awa").contains("https://x.cm/reset?token=abc");
        assertThat(delivered.getFrom()[0].toString()).contains("no-reply@resultinstitute.cm");
        // The sender records the delivery just after the SMTP server has taken the mail.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                        jdbc.sql("SELECT status FROM mail_outbox WHERE recipient = 'lecteur@example.com'")
                                .query(String.class)
                                .single())
                .isEqualTo("sent"));
    }

    @Test
    void smtpGivesUpAfterTimeoutsAndScheduledJobsRunSideBySide() {
        Properties smtp = ((JavaMailSenderImpl) mailSender).getJavaMailProperties();
        for (String protocol : List.of("smtp", "smtps")) {
            assertThat(smtp)
                    .containsEntry("mail." + protocol + ".connectiontimeout", "10000")
                    .containsEntry("mail." + protocol + ".timeout", "10000")
                    .containsEntry("mail." + protocol + ".writetimeout", "10000");
        }
        assertThat(scheduler.getScheduledThreadPoolExecutor().getCorePoolSize()).isGreaterThan(1);
    }

    @Test
    void aRolledBackOperationSendsNothing() {
        try {
            transaction.executeWithoutResult(status -> {
                outbox.queue(new Mail(
                        "ghost@example.com", "en", "verify-email", Map.of("name", "G", "link", "https://x.cm")));
                throw new IllegalStateException("the operation fails");
            });
        } catch (IllegalStateException expected) {
            // the business transaction failed, and the mail with it
        }
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = 'ghost@example.com'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void failedDeliveriesAreRetriedEachTimeLaterThenGivenUp() {
        OutgoingMail mail = new OutgoingMail(
                "x@example.com", "S", "T", null, "verify-email", "en", Instant.parse("2027-01-01T00:00:00Z"));
        Instant now = Instant.parse("2027-01-01T00:00:00Z");

        mail.markFailed("connection refused", now, 4);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.QUEUED);
        assertThat(mail.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        mail.markFailed("connection refused", now, 4);
        assertThat(mail.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));
        mail.markFailed("connection refused", now, 4);
        assertThat(mail.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(4)));
        mail.markFailed("connection refused", now, 4);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(4);
        assertThat(mail.getLastError()).isEqualTo("connection refused");
    }

    @Test
    void adminsSeeTheOutboxByStatus() {
        Cast cast = Cast.create(mvc);
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body_text, template, language, status, last_error)
                        VALUES ('stuck@example.com', 'Stuck', 'Body', 'verify-email', 'en', 'failed', 'SMTP down')""").update();

        MvcTestResult failed = get(cast.admin(), "/api/v1/admin/outbox?status=failed");
        assertThat(failed).hasStatusOk();
        assertThat(failed).bodyJson().extractingPath("$.content[0].recipient").isEqualTo("stuck@example.com");
        assertThat(failed).bodyJson().extractingPath("$.content[0].lastError").isEqualTo("SMTP down");
        assertThat(failed).bodyJson().doesNotHavePath("$.content[0].bodyText");
        assertThat(get(cast.admin(), "/api/v1/admin/outbox?status=lost")).hasStatus(400);
        assertThat(get(cast.trainer(), "/api/v1/admin/outbox")).hasStatus(403);
        assertThat(get(cast.participant(), "/api/v1/admin/outbox")).hasStatus(403);
        assertThat(get(null, "/api/v1/admin/outbox")).hasStatus(401);
    }

    private MvcTestResult get(SignedIn caller, String uri) {
        var request = mvc.get().uri(uri);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.exchange();
    }
}
