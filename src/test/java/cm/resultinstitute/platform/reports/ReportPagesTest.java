package cm.resultinstitute.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The report pages of admins and trainers: what each one shows, their htmx tables, filters, paging and downloads. */
@PlatformTest
class ReportPagesTest {

    static final String ADMIN = "admin@pages.test";
    static final String TRAINER = "trainer@pages.test";
    static final String OTHER_TRAINER = "other.trainer@pages.test";

    static int own;
    static int others;

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void institute() {
        TestData accounts = TestData.shared();
        accounts.user(ADMIN, "admin");
        int trainer = accounts.user(TRAINER, "trainer");
        int otherTrainer = accounts.user(OTHER_TRAINER, "trainer");
        ReportFixtures data = ReportFixtures.shared();
        own = data.training("Leadership & Vision", "Leadership Training", "published", trainer);
        data.training("Draft of mine", "Personal Development", "draft", trainer);
        others = data.training("Someone else's", "Youth Empowerment", "published", otherTrainer);
        int session = data.session(own, "completed");
        for (int i = 1; i <= 25; i++) {
            int participant =
                    data.person("p%02d@pages.test".formatted(i), "Pupil", "N%02d".formatted(i), "participant");
            data.enrol(participant, own, "active");
            data.attend(session, participant, i % 2 == 0 ? "present" : "absent");
        }
        int outsider = data.person("outsider@pages.test", "Outside", "Person", "participant");
        data.enrol(outsider, others, "active");
    }

    @Test
    void trainerSeesTheirOwnTrainingsWithoutTheDashboard() {
        String page = html("/trainer/reports", TRAINER);
        assertThat(page)
                .contains("Reports on my trainings", "Leadership &amp; Vision", "Draft of mine", "p01@pages.test")
                .doesNotContain("Someone else", "outsider@pages.test", "enrollments-chart", "Dashboard");
    }

    @Test
    void adminSeesEveryTrainingOnTheTrainerPageToo() {
        assertThat(html("/trainer/reports", ADMIN)).contains("Someone else", "3 trainings", "26 enrolments");
    }

    @Test
    void trainerFiltersTheirTrainingsByStatus() {
        String page = html("/trainer/reports/trainings?status=draft", TRAINER);
        assertThat(page).contains("<html", "Draft of mine").doesNotContain("Leadership &amp; Vision");
        assertThat(page).contains("href=\"/trainer/reports/trainings.csv?status=draft\"");
    }

    @Test
    void categoriesAreNamedInThePagesLanguage() {
        assertThat(Logins.html(mvc.get()
                        .uri("/admin/reports/trainings?lang=fr")
                        .cookie(session(ADMIN))
                        .exchange()))
                .contains("<td>Formation au leadership</td>")
                .doesNotContain("<td>Leadership Training</td>");
        assertThat(html("/admin/reports/trainings?lang=en", ADMIN)).contains("<td>Leadership Training</td>");
    }

    @Test
    void htmxGetsTheTableAlone() {
        MvcTestResult result = mvc.get()
                .uri("/admin/reports/trainings?category=Youth Empowerment")
                .header("HX-Request", "true")
                .cookie(session(ADMIN))
                .exchange();
        String table = Logins.html(result);
        assertThat(table).startsWith("<div id=\"trainings-report\">").doesNotContain("<html");
        assertThat(table).contains("Someone else").doesNotContain("Leadership &amp; Vision");
        assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains("HX-Request");
    }

    @Test
    void progressIsPagedWithLinksThatKeepTheFilters() {
        String page = html("/trainer/reports/participant-progress?trainingId=" + own + "&sort=email,asc", TRAINER);
        assertThat(page)
                .contains("25 enrolments", "p01@pages.test", "p20@pages.test")
                .doesNotContain("p21@pages.test");
        assertThat(page)
                .contains("href=\"/trainer/reports/participant-progress?trainingId=" + own
                        + "&amp;sort=email%2Casc&amp;page=1\"")
                .contains("href=\"/trainer/reports/participant-progress.csv?trainingId=" + own
                        + "&amp;sort=email%2Casc\"");
        String second =
                html("/trainer/reports/participant-progress?trainingId=" + own + "&sort=email,asc&page=1", TRAINER);
        assertThat(second).contains("p21@pages.test", "p25@pages.test").doesNotContain("p20@pages.test");
    }

    @Test
    void trainerDownloadsTheirProgressAsCsv() {
        MvcTestResult result = mvc.get()
                .uri("/trainer/reports/participant-progress.csv?sort=email,asc")
                .cookie(session(TRAINER))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"participant-progress.csv\"");
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(26).allMatch(line -> !line.contains("outsider"));
        assertThat(csv.lines().skip(2).findFirst().orElseThrow())
                .contains("Pupil N02", "p02@pages.test", ",1,1,100.00");
    }

    @Test
    void adminDownloadsEveryTrainingAsCsv() {
        MvcTestResult result = mvc.get()
                .uri("/admin/reports/trainings.csv")
                .cookie(session(ADMIN))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,title,").contains("Someone else's", "Draft of mine");
    }

    @Test
    void badPagingOrFiltersOnAPageAre400() {
        Cookie admin = session(ADMIN);
        assertThat(mvc.get().uri("/admin/reports/trainings?page=-1").cookie(admin))
                .hasStatus(400);
        assertThat(mvc.get().uri("/admin/reports/trainings?status=lost").cookie(admin))
                .hasStatus(400);
        assertThat(mvc.get()
                        .uri("/admin/reports/participant-progress?trainingId=x")
                        .cookie(admin))
                .hasStatus(400);
        assertThat(mvc.get()
                        .uri("/admin/reports/participant-progress.csv?sort=attendanceRate,sideways")
                        .cookie(admin))
                .hasStatus(400);
    }

    @Test
    void thePagesSpeakFrench() {
        String page = html("/trainer/reports?lang=fr", TRAINER);
        assertThat(page)
                .contains(
                        "Rapports sur mes formations", "Synthèse des formations", "Télécharger en CSV", "inscriptions");
    }

    @Test
    void aReportTableTakesTheSameStatementsWhateverTheNumberOfRows() {
        Cookie trainer = session(TRAINER);
        long few = statements("/trainer/reports/participant-progress?size=1", trainer);
        long many = statements("/trainer/reports/participant-progress?size=100", trainer);
        assertThat(few).isEqualTo(many);
    }

    private long statements(String uri, Cookie session) {
        QueryCounting.reset();
        assertThat(mvc.get().uri(uri).header("HX-Request", "true").cookie(session))
                .hasStatusOk();
        return QueryCounting.total();
    }

    private Cookie session(String email) {
        return Logins.pageSession(mvc, email);
    }

    private String html(String uri, String email) {
        return Logins.html(mvc.get().uri(uri).cookie(session(email)).exchange());
    }
}
