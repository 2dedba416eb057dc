package cm.resultinstitute.platform.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The outbox page's "Send again" button: a plain form, or htmx replacing just the row. */
@PlatformTest
class OutboxResendPagesTest {

    static final String ADMIN = "admin@resend.test";
    static final String TRAINER = "trainer@resend.test";
    static final String PARTICIPANT = "participant@resend.test";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    int failed;
    int sent;
    int sending;

    @BeforeEach
    void outbox() {
        jdbc.sql("TRUNCATE users, mail_outbox, activity_logs RESTART IDENTITY CASCADE")
                .update();
        TestData data = TestData.shared();
        data.user(ADMIN, "admin");
        data.user(TRAINER, "trainer");
        data.user(PARTICIPANT, "participant");
        failed = mail("bounced@example.com", "Your enrolment", "failed", null);
        sent = mail("delivered@example.com", "Confirm your email address", "sent", null);
        sending = mail(
                "in-flight@example.com",
                "Reset your password",
                "sending",
                Instant.now().plusSeconds(3600));
    }

    @Test
    void onlyFailedAndWaitingMailHaveTheButton() {
        String page =
                Logins.html(mvc.get().uri("/admin/outbox").cookie(signIn(ADMIN)).exchange());
        assertThat(page)
                .contains("action=\"/admin/outbox/" + failed + "/resend\"", "Send again", "Sending", "reserved until")
                .doesNotContain("/admin/outbox/" + sent + "/resend", "/admin/outbox/" + sending + "/resend");
        assertThat(page).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
    }

    @Test
    void theReservationIsGivenInTheInstitutesTimeZone() {
        jdbc.sql("UPDATE mail_outbox SET lease_until = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.parse("2099-03-01T10:00:30Z")), sending)
                .update();
        String page = Logins.html(mvc.get()
                .uri("/admin/outbox?status=sending")
                .cookie(signIn(ADMIN))
                .exchange());
        assertThat(page)
                .contains("<time datetime=\"2099-03-01T11:00:30+01:00\">reserved until 2099-03-01 11:00:30</time>")
                .contains("(Africa/Douala)");
    }

    @Test
    void adminFiltersTheMailBeingSent() {
        assertThat(Logins.html(mvc.get()
                        .uri("/admin/outbox?status=sending")
                        .cookie(signIn(ADMIN))
                        .exchange()))
                .contains("<option value=\"sending\" selected=\"selected\">Sending</option>", "in-flight@example.com")
                .doesNotContain("bounced@example.com", "delivered@example.com");
    }

    @Test
    void htmxReplacesTheRowWithTheMailQueuedAgain() {
        MvcTestResult result = resend(signIn(ADMIN), failed, true);

        assertThat(Logins.html(result))
                .startsWith("<tr id=\"mail-" + failed + "\">")
                .contains("bounced@example.com", "Queued", "<td>0</td>", "Send again")
                .doesNotContain("<html", "<table");
        Mailbox.awaitMailTo("bounced@example.com", "Your enrolment");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'mail_resent' AND entity_id = ?")
                        .param(failed)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void withoutJavaScriptTheFormLeadsBackToTheListWithItsFilter() {
        MvcTestResult result = mvc.post()
                .uri("/admin/outbox/" + failed + "/resend")
                .param("status", "failed")
                .cookie(signIn(ADMIN))
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/outbox?status=failed");
        assertThat(result.getMvcResult().getFlashMap().get("notice"))
                .isEqualTo("The mail to bounced@example.com is queued again and will be sent shortly.");
    }

    @Test
    void aSentMailIsRefusedInTheNoticeAndItsRowStays() {
        MvcTestResult result = resend(signIn(ADMIN), sent, true);

        assertThat(Logins.html(result)).contains("This mail has been sent").doesNotContain("<tr");
        assertThat(result.getResponse().getHeader("HX-Retarget")).isEqualTo("#outbox-notice");
        assertThat(status(sent)).isEqualTo("sent");
    }

    @Test
    void theRefusalSpeaksFrench() {
        MvcTestResult result = mvc.post()
                .uri("/admin/outbox/" + sending + "/resend")
                .header("HX-Request", "true")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .cookie(signIn(ADMIN))
                .with(csrf())
                .exchange();
        assertThat(Logins.html(result)).contains("Cet e-mail est en cours d");
    }

    @Test
    void anUnknownMailIsNotFound() {
        assertThat(resend(signIn(ADMIN), 987654, true)).hasStatus(404);
    }

    @Test
    void withoutTheCsrfTokenNothingHappens() {
        MvcTestResult result = mvc.post()
                .uri("/admin/outbox/" + failed + "/resend")
                .cookie(signIn(ADMIN))
                .exchange();
        assertThat(result).hasStatus(403);
        assertThat(status(failed)).isEqualTo("failed");
    }

    @Test
    void onlyAdminsResendFromThePage() {
        MvcTestResult anonymous = mvc.post()
                .uri("/admin/outbox/" + failed + "/resend")
                .with(csrf())
                .exchange();
        assertThat(anonymous).hasStatus3xxRedirection();
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(resend(signIn(PARTICIPANT), failed, false)).hasStatus(403);
        assertThat(resend(signIn(TRAINER), failed, true)).hasStatus(403);
        assertThat(status(failed)).isEqualTo("failed");
    }

    private MvcTestResult resend(Cookie session, int id, boolean htmx) {
        var request = mvc.post()
                .uri("/admin/outbox/" + id + "/resend")
                .cookie(session)
                .with(csrf());
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        return request.exchange();
    }

    private Cookie signIn(String email) {
        return Logins.pageSession(mvc, email);
    }

    private int mail(String recipient, String subject, String status, Instant leaseUntil) {
        return TestData.shared()
                .outboxMail(
                        recipient,
                        subject,
                        status,
                        status.equals("failed") ? 10 : status.equals("sent") ? 1 : 0,
                        status.equals("failed") ? "550 Mailbox unavailable" : null,
                        Instant.now().minus(Duration.ofDays(1)),
                        leaseUntil);
    }

    private String status(int id) {
        return jdbc.sql("SELECT status FROM mail_outbox WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
