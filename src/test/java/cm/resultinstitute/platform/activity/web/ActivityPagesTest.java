package cm.resultinstitute.platform.activity.web;

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
class ActivityPagesTest {

    static final String ADMIN = "admin@example.com";
    static final String TRAINER = "trainer@example.com";
    static final String PARTICIPANT = "participant@example.com";

    static int adminId;
    static int trainerId;
    static int participantId;

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void trail() {
        TestData data = TestData.shared();
        adminId = data.user(ADMIN, "admin");
        trainerId = data.user(TRAINER, "trainer");
        participantId = data.user(PARTICIPANT, "participant");
        entry(trainerId, "training_created", "training", 7, "Created Leadership Basics", "2001-01-10T10:00:00Z");
        entry(trainerId, "session_created", "session", 3, "Planned session one", "2001-02-10T10:00:00Z");
        entry(adminId, "user_updated", "user", trainerId, "Suspended the trainer", "2001-03-10T10:00:00Z");
        entry(null, "mail_failed", null, null, "Delivery gave up", "2001-03-11T10:00:00Z");
        entry(participantId, "user_login", "user", participantId, "Signed in (test entry)", "2001-04-10T10:00:00Z");
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        MvcTestResult result = mvc.get().uri("/admin/activity").exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void participantCannotReadTheAuditTrail() {
        assertThat(mvc.get().uri("/admin/activity").cookie(signIn(PARTICIPANT))).hasStatus(403);
    }

    @Test
    void trainerCannotReadTheAuditTrail() {
        assertThat(mvc.get().uri("/admin/activity").cookie(signIn(TRAINER))).hasStatus(403);
    }

    @Test
    void adminReadsTheTrailNewestFirst() {
        // Sign-ins are entries too: a window in the past keeps to the entries of this class.
        String page = html(mvc.get().uri("/admin/activity?to=2001-12-31").cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("<html", "Audit trail", "Test trainer", ">Training created<", "Account updated")
                .contains("<a href=\"/trainer/trainings/7\">Training 7</a>", "<span>Session 3</span>")
                .contains("Created Leadership Basics", "192.0.2.10", "System", "Delivery gave up");
        // An action without a label is shown by its code rather than hidden.
        assertThat(visibleText(page)).contains("mail_failed").doesNotContain("training_created", "training#7");
        assertThat(page.indexOf("Suspended the trainer")).isLessThan(page.indexOf("Planned session one"));
        assertThat(page.indexOf("Planned session one")).isLessThan(page.indexOf("Created Leadership Basics"));
    }

    @Test
    void signingInAppearsInTheTrail() {
        signIn(PARTICIPANT);
        String page = html(mvc.get()
                .uri("/admin/activity?action=user_login&userId=" + participantId)
                .cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("Test participant", "Signed in", "Signed in to the pages")
                .contains("<a href=\"/admin/users/%d\">User %d</a>".formatted(participantId, participantId))
                .contains("href=\"/admin/activity?entityType=user&amp;entityId=%d\"".formatted(participantId))
                .contains("aria-label=\"Entries about User %d\"".formatted(participantId))
                .doesNotContain("Test admin");
    }

    @Test
    void adminFiltersByUser() {
        String page = html(mvc.get().uri("/admin/activity?userId=" + trainerId).cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("Created Leadership Basics", "Planned session one")
                .doesNotContain("Suspended the trainer", "Delivery gave up");
    }

    @Test
    void adminFiltersByAction() {
        String page =
                html(mvc.get().uri("/admin/activity?action=session_created").cookie(signIn(ADMIN)));
        assertThat(page).contains("Planned session one").doesNotContain("Created Leadership Basics");
    }

    @Test
    void theActionFilterOffersTheTrailsActionsByName() {
        String page =
                html(mvc.get().uri("/admin/activity?action=session_created").cookie(signIn(ADMIN)));
        String select = page.substring(page.indexOf("<select name=\"action\">"), page.indexOf("</select>"));
        assertThat(select)
                .contains("<option value=\"\">All actions</option>")
                .contains("<option value=\"session_created\" selected=\"selected\">Session planned</option>")
                .contains("<option value=\"training_created\">Training created</option>")
                .contains("<option value=\"user_updated\">Account updated</option>")
                .contains("<option value=\"mail_failed\">mail_failed</option>");
        // Named by the label around it, as the other filters are.
        assertThat(page).containsPattern("<label><span>Action</span>\\s*<select name=\"action\">");
        assertThat(select.indexOf("Account updated")).isLessThan(select.indexOf("Session planned"));
        assertThat(select.indexOf("Session planned")).isLessThan(select.indexOf("Training created"));
    }

    @Test
    void anActionTheTrailDoesNotHoldStaysChosen() {
        String page =
                html(mvc.get().uri("/admin/activity?action=never_recorded").cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("<option value=\"never_recorded\" selected=\"selected\">never_recorded</option>")
                .contains("No entry matches");
    }

    @Test
    void timesAreGivenInTheInstitutesTimeZone() {
        String page = html(mvc.get()
                .uri("/admin/activity?entityType=user&entityId=" + trainerId)
                .cookie(signIn(ADMIN)));
        // Stored at 10:00 UTC: 11:00 in Douala (UTC+1 all year).
        assertThat(page)
                .contains("<time datetime=\"2001-03-10T11:00+01:00\">2001-03-10 11:00</time>")
                .contains("Times are given in the institute&#39;s time zone (Africa/Douala).")
                .doesNotContain("2001-03-10 10:00");
    }

    @Test
    void adminFiltersByRecord() {
        String page = html(mvc.get()
                .uri("/admin/activity?entityType=user&entityId=" + trainerId)
                .cookie(signIn(ADMIN)));
        assertThat(page).contains("Suspended the trainer").doesNotContain("Planned session one", "Delivery gave up");
    }

    @Test
    void adminFiltersByDates() {
        String page = html(
                mvc.get().uri("/admin/activity?from=2001-02-01&to=2001-03-10").cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("Planned session one", "Suspended the trainer")
                .doesNotContain("Created Leadership Basics", "Delivery gave up");
    }

    @Test
    void aBadFilterShowsANoticeInsteadOfFailing() {
        String page = html(mvc.get()
                .uri("/admin/activity?from=nonsense&userId=abc&action=user_updated")
                .cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("notice error", "These filters are not valid: User id, From.")
                .contains("value=\"nonsense\"", "value=\"user_updated\"")
                .doesNotContain("<table");
    }

    @Test
    void htmxGetsOnlyTheTable() {
        MvcTestResult result = mvc.get()
                .uri("/admin/activity?action=training_created")
                .header("HX-Request", "true")
                .cookie(signIn(ADMIN))
                .exchange();
        assertThat(html(result))
                .startsWith("<div id=\"activity-table\">")
                .contains("Created Leadership Basics")
                .doesNotContain("<html", "<form", "Planned session one");
        assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains("HX-Request");
    }

    @Test
    void theFilterFormUpdatesTheTableWithHtmx() {
        String page = html(mvc.get().uri("/admin/activity").cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("hx-get=\"/admin/activity\"", "hx-target=\"#activity-table\"", "hx-push-url=\"true\"")
                .contains("type=\"date\" name=\"from\"");
    }

    @Test
    void adminPagesThroughTheTrail() {
        for (int i = 1; i <= 21; i++) {
            entry(
                    null,
                    "bulk_action",
                    "bulk",
                    i,
                    "Bulk entry %02d".formatted(i),
                    "2000-06-01T10:%02d:00Z".formatted(i));
        }
        Cookie admin = signIn(ADMIN);
        String first = html(mvc.get().uri("/admin/activity?action=bulk_action").cookie(admin));
        assertThat(first)
                .contains("21 entries", "Bulk entry 21", "Bulk entry 02", "Page 1 of 2")
                .contains("href=\"/admin/activity?action=bulk_action&amp;page=1\"")
                .doesNotContain("Bulk entry 01");
        String second =
                html(mvc.get().uri("/admin/activity?action=bulk_action&page=1").cookie(admin));
        assertThat(second).contains("Bulk entry 01").doesNotContain("Bulk entry 02");
    }

    @Test
    void theTrailSpeaksFrench() {
        String page = html(mvc.get()
                .uri("/admin/activity?lang=fr")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .cookie(signIn(ADMIN)));
        assertThat(page).contains("<html lang=\"fr\"", "Journal d&#39;audit", "Utilisateur", "Adresse IP", "Filtrer");

        String invalid = html(mvc.get()
                .uri("/admin/activity?to=demain")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .cookie(signIn(ADMIN)));
        assertThat(invalid).contains("Ces filtres ne sont pas valides : Au.");
    }

    @Test
    void aFrenchPageNamesActionsAndRecordsInFrench() {
        String page = html(mvc.get()
                .uri("/admin/activity?to=2001-12-31&lang=fr")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .cookie(signIn(ADMIN)));
        assertThat(page)
                .contains(">Connexion<", ">Formation créée<", ">Compte modifié<", "Séance planifiée")
                .contains("<a href=\"/admin/users/%d\">Utilisateur %d</a>".formatted(participantId, participantId))
                .contains("<a href=\"/trainer/trainings/7\">Formation 7</a>", "<span>Séance 3</span>")
                .contains("<option value=\"\">Toutes les actions</option>")
                .contains("<option value=\"user_login\">Connexion</option>")
                .contains("Les heures sont celles du fuseau horaire de l&#39;institut (Africa/Douala).")
                .contains("<td lang=\"en\"><small>Signed in (test entry)</small></td>");
        assertThat(visibleText(page))
                .doesNotContain("user_login", "training_created", "user_updated", "user#", "training#")
                .doesNotContain("Training created", "Account updated");
    }

    private Cookie signIn(String email) {
        return Logins.pageSession(mvc, email);
    }

    /** The page as read: its text without tags (attributes, such as an option's value, are not read out). */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ");
    }

    private static String html(MockMvcTester.MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        return html(result);
    }

    private static String html(MvcTestResult result) {
        return Logins.html(result);
    }

    private static void entry(
            Integer userId, String action, String entityType, Integer entityId, String description, String at) {
        JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                .sql("""
                        INSERT INTO activity_logs (user_id, action, entity_type, entity_id, description, ip_address,
                            created_at)
                        VALUES (?, ?, ?, ?, ?, '192.0.2.10'::inet, ?)""")
                .params(userId, action, entityType, entityId, description, Timestamp.from(Instant.parse(at)))
                .update();
    }
}
