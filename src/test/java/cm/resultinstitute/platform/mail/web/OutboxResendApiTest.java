package cm.resultinstitute.platform.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code POST /api/v1/admin/outbox/{id}/resend}: admins queue a failed or waiting mail again, with all its tries. */
@PlatformTest
class OutboxResendApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Cast cast;

    @BeforeEach
    void people() {
        jdbc.sql("TRUNCATE users, mail_outbox, activity_logs RESTART IDENTITY CASCADE")
                .update();
        cast = Cast.create(mvc);
    }

    @Test
    void adminResendsAFailedMailWhichGoesOutWithAllItsAttempts() {
        int id = mail("given-up@example.com", "Given up", "failed", 10, "550 Mailbox unavailable", null);

        MvcTestResult resent = resend(cast.admin(), id);

        assertThat(resent).hasStatusOk();
        assertThat(resent).bodyJson().extractingPath("$.id").isEqualTo(id);
        assertThat(resent).bodyJson().extractingPath("$.status").isEqualTo("queued");
        assertThat(resent).bodyJson().extractingPath("$.attempts").isEqualTo(0);
        assertThat(resent).bodyJson().doesNotHavePath("$.bodyText");
        Instant due = Instant.parse(JsonPath.read(Logins.body(resent), "$.nextAttemptAt"));
        assertThat(due).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));

        Mailbox.awaitMailTo("given-up@example.com", "Given up");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT status || ' ' || attempts FROM mail_outbox WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single()
                        .equals("sent 1"));
    }

    @Test
    void adminResendsAWaitingMailNow() {
        int id = mail("later@example.com", "Much later", "queued", 3, "Connection refused", null);

        assertThat(resend(cast.admin(), id)).hasStatusOk();

        Mailbox.awaitMailTo("later@example.com", "Much later");
    }

    @Test
    void resendingIsInTheAuditTrail() {
        int id = mail("audited@example.com", "Audited", "failed", 10, "550 Mailbox unavailable", null);

        assertThat(resend(cast.admin(), id)).hasStatusOk();

        Map<String, Object> entry = jdbc.sql("""
                        SELECT user_id, entity_type, entity_id, description, metadata::text AS metadata
                        FROM activity_logs WHERE action = 'mail_resent'""").query().singleRow();
        assertThat(entry.get("user_id")).isEqualTo(cast.admin().id());
        assertThat(entry.get("entity_type")).isEqualTo("mail");
        assertThat(entry.get("entity_id")).isEqualTo(id);
        assertThat((String) entry.get("description")).contains("audited@example.com");
        assertThat((String) entry.get("metadata"))
                .contains("\"previousStatus\": \"failed\"", "\"previousAttempts\": 10");
    }

    @Test
    void aSentMailIsNotSentAgain() {
        int id = mail("done@example.com", "Done", "sent", 1, null, null);

        MvcTestResult refused = resend(cast.admin(), id);

        assertThat(refused).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.type").asString().endsWith("/mail-not-resendable");
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("has been sent");
        assertThat(status(id)).isEqualTo("sent");
        assertThat(auditedResends()).isZero();
    }

    @Test
    void aMailBeingSentIsNotQueuedAgain() {
        int id = mail(
                "in-flight@example.com",
                "In flight",
                "sending",
                0,
                null,
                Instant.now().plus(Duration.ofHours(1)));

        MvcTestResult refused = resend(cast.admin(), id);

        assertThat(refused).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.type").asString().endsWith("/mail-not-resendable");
        assertThat(status(id)).isEqualTo("sending");
    }

    @Test
    void anUnknownMailIsNotFound() {
        MvcTestResult missing = resend(cast.admin(), 987654);
        assertThat(missing).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(missing).bodyJson().extractingPath("$.detail").isEqualTo("No such mail in the outbox.");
        assertThat(mvc.post()
                        .uri("/api/v1/admin/outbox/abc/resend")
                        .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                        .exchange())
                .hasStatus(400);
    }

    @Test
    void onlyAdminsResend() {
        int id = mail("guarded@example.com", "Guarded", "failed", 10, "550 Mailbox unavailable", null);

        assertThat(resend(null, id)).hasStatus(401);
        assertThat(resend(cast.participant(), id)).hasStatus(403);
        assertThat(resend(cast.trainer(), id)).hasStatus(403);
        assertThat(status(id)).isEqualTo("failed");
        assertThat(auditedResends()).isZero();
    }

    @Test
    void adminsListTheMailBeingSent() {
        mail(
                "in-flight@example.com",
                "In flight",
                "sending",
                0,
                null,
                Instant.now().plus(Duration.ofHours(1)));
        mail("given-up@example.com", "Given up", "failed", 10, "550 Mailbox unavailable", null);

        MvcTestResult sending = mvc.get()
                .uri("/api/v1/admin/outbox?status=sending")
                .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                .exchange();

        assertThat(sending).hasStatusOk();
        assertThat(sending).bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);
        assertThat(sending).bodyJson().extractingPath("$.content[0].status").isEqualTo("sending");
        assertThat(sending).bodyJson().extractingPath("$.content[0].leaseUntil").isNotNull();
    }

    private MvcTestResult resend(SignedIn caller, int id) {
        var request = mvc.post().uri("/api/v1/admin/outbox/{id}/resend", id);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.exchange();
    }

    /** A mail in the given state; a waiting one is due only next year, so that nothing but a resend sends it. */
    private int mail(String recipient, String subject, String status, int attempts, String error, Instant leaseUntil) {
        return TestData.shared()
                .outboxMail(
                        recipient,
                        subject,
                        status,
                        attempts,
                        error,
                        Instant.now().plus(Duration.ofDays(365)),
                        leaseUntil);
    }

    private String status(int id) {
        return jdbc.sql("SELECT status FROM mail_outbox WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long auditedResends() {
        return jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'mail_resent'")
                .query(Long.class)
                .single();
    }
}
