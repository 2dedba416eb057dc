package cm.resultinstitute.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The admin dashboard on a small institute whose every number is known, on 15 March 2026 in Douala. */
@PlatformTest
class ReportDashboardTest {

    static SignedIn admin;
    static int alpha;
    static int beta;
    static int delta;

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void institute(@Autowired MockMvcTester mvc) {
        MutableClock.INSTANCE.setTo(Instant.parse("2026-03-15T10:00:00Z"));
        admin = Logins.newUser(mvc, "admin@dash.test", "admin");
        ReportFixtures data = ReportFixtures.shared();
        // The first administrator exists only if this class started the application: count without it.
        data.update("DELETE FROM users WHERE email = ?", TestAccounts.ADMIN_EMAIL);
        int trainer = data.person("t1@dash.test", "Ama", "Trainer", "trainer");
        int otherTrainer = data.person("t2@dash.test", "Bih", "Trainer", "trainer");
        int[] p = new int[6];
        for (int i = 1; i <= 5; i++) {
            p[i] = data.person("p" + i + "@dash.test", "P" + i, "Participant", "participant");
        }
        alpha = data.training("Alpha", "Leadership Training", "published", trainer);
        beta = data.training("Beta", "Youth Empowerment", "published", otherTrainer);
        data.training("Gamma", "Youth Empowerment", "draft", trainer);
        delta = data.training("Delta", null, "archived", null);

        int a1 = data.session(alpha, "completed");
        int a2 = data.session(alpha, "completed");
        int a3 = data.session(alpha, "completed");
        data.session(alpha, "scheduled");
        int b1 = data.session(beta, "completed");
        data.session(beta, "cancelled");
        int b3 = data.session(beta, "ongoing");
        data.session(delta, "completed");
        data.session(delta, "completed");

        data.enrol(p[1], alpha, "active", Instant.parse("2026-03-10T09:00:00Z"), 0);
        // 00:30 on 1 March in Douala: a March enrolment, although February in UTC.
        data.enrol(p[2], alpha, "completed", Instant.parse("2026-02-28T23:30:00Z"), 100);
        data.enrol(p[3], alpha, "dropped", Instant.parse("2026-01-15T12:00:00Z"), 0);
        data.enrol(p[4], beta, "active", Instant.parse("2025-04-01T00:30:00Z"), 0);
        // 23:30 on 31 March 2025 in Douala: one month before the twelve shown.
        data.enrol(p[5], beta, "completed", Instant.parse("2025-03-31T22:30:00Z"), 100);
        data.enrol(p[1], delta, "active", Instant.parse("2026-04-02T10:00:00Z"), 0);

        data.attend(a1, p[1], "present");
        data.attend(a2, p[1], "present");
        data.attend(a3, p[1], "absent");
        data.attend(a1, p[2], "present");
        data.attend(a2, p[2], "late");
        data.attend(a3, p[2], "excused");
        data.attend(a1, p[3], "absent");
        data.attend(b1, p[4], "present");
        data.attend(b3, p[4], "present");
        data.attend(b3, p[5], "absent");
    }

    @Test
    void totalsCountEveryRoleAndStatusZerosIncluded() {
        String body = dashboard();
        Map<String, Object> totals = JsonPath.read(body, "$.totals");
        assertThat(totals)
                .containsEntry("users", 8)
                .containsEntry("usersByRole", Map.of("admin", 1, "trainer", 2, "participant", 5))
                .containsEntry("trainings", 4)
                .containsEntry("trainingsByStatus", Map.of("draft", 1, "published", 2, "archived", 1))
                .containsEntry("enrollments", 6)
                .containsEntry("enrollmentsByStatus", Map.of("active", 3, "completed", 2, "dropped", 1, "suspended", 0))
                .containsEntry("sessions", 9)
                .containsEntry("sessionsByStatus", Map.of("scheduled", 1, "ongoing", 1, "completed", 6, "cancelled", 1))
                .containsEntry("attendanceMarked", 10)
                .containsEntry("attendancePresent", 5);
        assertThat(totals.get("attendanceRate")).hasToString("50.0");
    }

    @Test
    void enrolmentsPerMonthCoverTheLastTwelveMonthsOfTheInstitutesTimeZone() {
        List<Map<String, Object>> months = JsonPath.read(dashboard(), "$.enrollmentsPerMonth");
        assertThat(months)
                .extracting(month -> month.get("month"))
                .containsExactly(
                        "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11",
                        "2025-12", "2026-01", "2026-02", "2026-03");
        assertThat(months)
                .extracting(month -> month.get("enrollments"))
                .containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2);
    }

    @Test
    void attendancePerTrainingListsTheTrainingsThatHeldTheMostSessions() {
        List<Map<String, Object>> trainings = JsonPath.read(dashboard(), "$.attendanceByTraining");
        assertThat(trainings).extracting(training -> training.get("trainingId")).containsExactly(alpha, delta, beta);
        assertThat(trainings.get(0))
                .containsEntry("title", "Alpha")
                .containsEntry("sessionsHeld", 3)
                .containsEntry("marked", 7)
                .containsEntry("present", 3);
        assertThat(trainings.get(0).get("attendanceRate")).hasToString("42.86");
        assertThat(trainings.get(1))
                .containsEntry("sessionsHeld", 2)
                .containsEntry("marked", 0)
                .containsEntry("attendanceRate", null);
        assertThat(trainings.get(2).get("attendanceRate")).hasToString("66.67");
    }

    @Test
    void theDashboardTakesFourStatements() {
        // Whether the summaries are current, then totals, months and trainings, from them or from the tables.
        QueryCounting.reset();
        dashboard();
        assertThat(QueryCounting.total()).isEqualTo(4);
    }

    @Test
    void thePageShowsTheNumbersAndHandsTheChartsTheirData() {
        String page = page("/admin/reports", "en");
        assertThat(page).contains("Dashboard", "Enrolments per month", "Training summary", "Participant progress");
        assertThat(attribute(page, "enrollments-chart", "data-values")).isEqualTo("[1,0,0,0,0,0,0,0,0,1,0,2]");
        assertThat(attribute(page, "enrollments-chart", "data-labels")).startsWith("[&quot;Apr 2025&quot;");
        assertThat(attribute(page, "attendance-chart", "data-values")).isEqualTo("[42.86,0,66.67]");
        assertThat(attribute(page, "attendance-chart", "data-labels"))
                .isEqualTo("[&quot;Alpha&quot;,&quot;Delta&quot;,&quot;Beta&quot;]");
        assertThat(page).contains("42.86 %", "50.00 %");
        assertThat(page("/admin/reports", "fr"))
                .as("rates written the French way, the charts' data left as numbers")
                .contains("42,86 %", "50,00 %")
                .doesNotContain("42.86 %");
    }

    @Test
    void theChartsComeFromFilesNeverFromInlineScripts() {
        String page = page("/admin/reports", "en");
        assertThat(page)
                .containsPattern(
                        "<script src=\"/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.min-[0-9a-f]{32}\\.js\" defer>")
                .containsPattern("<script src=\"/assets/js/reports-[0-9a-f]{32}\\.js\" defer>");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page).find())
                .isFalse();
        assertThat(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE)
                        .matcher(page)
                        .find())
                .isFalse();
        assertThat(mvc.get().uri("/webjars/chart.js/dist/chart.umd.min.js")).hasStatusOk();
        assertThat(mvc.get().uri("/assets/js/reports.js")).hasStatusOk();
    }

    @Test
    void thePageSpeaksFrench() {
        String page = page("/admin/reports", "fr");
        assertThat(page).contains("Tableau de bord", "Inscriptions par mois", "Synthèse des formations");
        assertThat(attribute(page, "enrollments-chart", "data-labels")).startsWith("[&quot;avr. 2025&quot;");
    }

    private String dashboard() {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/reports/dashboard")
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .exchange();
        assertThat(result).hasStatusOk();
        return Logins.body(result);
    }

    private String page(String uri, String language) {
        Cookie session = Logins.pageSession(mvc, admin.email());
        return Logins.html(
                mvc.get().uri(uri + "?lang=" + language).cookie(session).exchange());
    }

    private static String attribute(String page, String id, String name) {
        Matcher tag = Pattern.compile("<canvas[^>]*id=\"" + id + "\"[^>]*>").matcher(page);
        assertThat(tag.find()).as("canvas #" + id).isTrue();
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag.group());
        assertThat(value.find()).as(name + " of #" + id).isTrue();
        return value.group(1);
    }
}
