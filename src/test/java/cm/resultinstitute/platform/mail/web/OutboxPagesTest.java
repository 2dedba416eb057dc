package cm.resultinstitute.platform.mail.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class OutboxPagesTest {

    static final String ADMIN = "admin@example.com";
    static final String TRAINER = "trainer@example.com";
    static final String PARTICIPANT = "participant@example.com";

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void outbox() {
        TestData data = TestData.shared();
        data.user(ADMIN, "admin");
        data.user(TRAINER, "trainer");
        data.user(PARTICIPANT, "participant");
        // Queued mail is due only next year, so that the background sender leaves it queued during the tests.
        JdbcClient jdbc = JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE));
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body_text, template, language, status,
                            next_attempt_at, created_at)
                        VALUES ('waiting@example.com', 'Confirm your email address', 'Text', 'verify-email', 'en',
                            'queued', CURRENT_TIMESTAMP + INTERVAL '365 days', ?)""")
                .param(Timestamp.from(Instant.parse("2001-03-01T08:00:00Z")))
                .update();
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body_text, template, language, status, attempts,
                            created_at, sent_at)
                        VALUES ('delivered@example.com', 'Réinitialisez votre mot de passe', 'Text', 'password-reset',
                            'fr', 'sent', 1, ?, ?)""")
                .params(
                        Timestamp.from(Instant.parse("2001-03-02T08:00:00Z")),
                        Timestamp.from(Instant.parse("2001-03-02T08:01:00Z")))
                .update();
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body_text, template, language, status, attempts,
                            last_error, created_at)
                        VALUES ('bounced@example.com', 'Your enrolment', 'Text', 'enrolment-confirmed', 'en',
                            'failed', 10, '550 Mailbox unavailable', ?)""")
                .param(Timestamp.from(Instant.parse("2001-03-03T08:00:00Z")))
                .update();
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        MvcTestResult result = mvc.get().uri("/admin/outbox").exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void participantCannotSeeTheOutbox() {
        assertThat(mvc.get().uri("/admin/outbox").cookie(signIn(PARTICIPANT))).hasStatus(403);
    }

    @Test
    void trainerCannotSeeTheOutbox() {
        assertThat(mvc.get().uri("/admin/outbox").cookie(signIn(TRAINER))).hasStatus(403);
    }

    @Test
    void adminSeesEveryMailNewestFirst() {
        String page = html(mvc.get().uri("/admin/outbox").cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("<html", "Mail outbox", "3 mails", "waiting@example.com", "delivered@example.com")
                .contains("bounced@example.com", "550 Mailbox unavailable", "password-reset", "Queued", "Sent")
                .contains("Failed", "Réinitialisez votre mot de passe");
        assertThat(page.indexOf("bounced@example.com")).isLessThan(page.indexOf("delivered@example.com"));
        assertThat(page.indexOf("delivered@example.com")).isLessThan(page.indexOf("waiting@example.com"));
    }

    @Test
    void adminFiltersTheOutboxByStatus() {
        Cookie admin = signIn(ADMIN);
        assertThat(html(mvc.get().uri("/admin/outbox?status=failed").cookie(admin)))
                .contains("bounced@example.com", "One mail", "<option value=\"failed\" selected=\"selected\">")
                .doesNotContain("waiting@example.com", "delivered@example.com");
        assertThat(html(mvc.get().uri("/admin/outbox?status=queued").cookie(admin)))
                .contains("waiting@example.com")
                .doesNotContain("bounced@example.com", "delivered@example.com");
    }

    @Test
    void adminPagesThroughTheOutbox() {
        Cookie admin = signIn(ADMIN);
        String first = html(mvc.get().uri("/admin/outbox?size=2").cookie(admin));
        assertThat(first)
                .contains("bounced@example.com", "delivered@example.com", "Page 1 of 2")
                .contains("href=\"/admin/outbox?size=2&amp;page=1\"")
                .doesNotContain("waiting@example.com");
        String second = html(mvc.get().uri("/admin/outbox?size=2&page=1").cookie(admin));
        assertThat(second).contains("waiting@example.com", "Page 2 of 2").doesNotContain("bounced@example.com");
    }

    @Test
    void timesAreGivenInTheInstitutesTimeZone() {
        String page = html(mvc.get().uri("/admin/outbox?status=sent").cookie(signIn(ADMIN)));
        // Created at 08:00 and sent at 08:01 UTC: 09:00 and 09:01 in Douala (UTC+1 all year).
        assertThat(page)
                .contains("<td><time datetime=\"2001-03-02T09:00+01:00\">2001-03-02 09:00</time></td>")
                .contains("<td><time datetime=\"2001-03-02T09:01+01:00\">2001-03-02 09:01</time></td>")
                .contains("Times are given in the institute&#39;s time zone (Africa/Douala).")
                .doesNotContain("2001-03-02 08:0");
        String waiting = html(mvc.get().uri("/admin/outbox?status=queued").cookie(signIn(ADMIN)));
        assertThat(waiting).contains("<td>—</td>");
    }

    @Test
    void htmxGetsOnlyTheTable() {
        MvcTestResult result = mvc.get()
                .uri("/admin/outbox?status=sent")
                .header("HX-Request", "true")
                .cookie(signIn(ADMIN))
                .exchange();
        assertThat(html(result))
                .startsWith("<div id=\"outbox-table\">")
                .contains("delivered@example.com")
                .doesNotContain("<html", "<form", "bounced@example.com");
        assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains("HX-Request");
    }

    @Test
    void theOutboxSpeaksFrench() {
        String page = html(mvc.get()
                .uri("/admin/outbox")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CM,fr;q=0.9")
                .cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("<html lang=\"fr\"", "Courriels sortants", "Destinataire", "En attente", "Échec")
                .contains("Tous les statuts", "Dernière erreur")
                .contains("Les heures sont celles du fuseau horaire de l&#39;institut (Africa/Douala).");
    }

    private Cookie signIn(String email) {
        return Logins.pageSession(mvc, email);
    }

    private static String html(MockMvcTester.MockMvcRequestBuilder request) {
        return html(request.exchange());
    }

    private static String html(MvcTestResult result) {
        return Logins.html(result);
    }
}
