package cm.resultinstitute.platform.enrollments.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class DashboardPagesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    final TestData data = TestData.shared();

    @Test
    void participantSeesTrainingsWithProgressAttendanceAndStatus() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        int training = training("Progress Matters");
        int enrollment = data.enrol(participant, training, "active");
        jdbc.sql("UPDATE enrollments SET progress = 40 WHERE id = ?")
                .params(enrollment)
                .update();
        Instant past = Instant.now().minus(3, ChronoUnit.DAYS);
        data.attended(data.session(training, "First", past, 60), participant, "present");
        data.session(training, "Second", past.plus(1, ChronoUnit.DAYS), 60);
        for (int week = 1; week <= 2; week++) {
            data.session(training, "Later " + week, Instant.now().plus(week * 7L, ChronoUnit.DAYS), 60);
        }

        String page = page("/my", Logins.pageSession(mvc, email));

        assertThat(page)
                .contains("My trainings", "Progress Matters", "Active")
                .contains("<progress value=\"40\" max=\"100\"", "40 %", "Not yet")
                .as("what was held so far, and the programme's rate as the seed's view computes it")
                .contains("attended 1 of 2 held", "25 % of the programme (4 sessions in all)")
                .doesNotContain("Trainings I run");
        assertThat(page("/my?lang=fr", Logins.pageSession(mvc, email)))
                .contains("présent(e) à 1 sur 2 déjà tenue(s)", "25 % du programme (4 séances en tout)");
    }

    @Test
    void newcomerIsInvitedToBrowseTheTrainings() {
        String email = email("participant");
        data.user(email, "participant");
        assertThat(page("/my", Logins.pageSession(mvc, email)))
                .contains("You are not enrolled in any training yet.", "href=\"/trainings\"", "/my/calendar.ics");
    }

    @Test
    void issuedCertificateIsDownloadedAsAPdf() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        int enrollment = data.enrol(participant, training("Certified Course"), "completed");
        jdbc.sql("INSERT INTO certificates (enrollment_id, code, attendance_rate) VALUES (?, ?, 100)")
                .params(enrollment, "DASHB-OARDC-ERTIF-ICATE-" + (10000 + SEQUENCE.incrementAndGet()))
                .update();
        jdbc.sql("UPDATE enrollments SET certificate_issued = TRUE WHERE id = ?")
                .params(enrollment)
                .update();
        Cookie session = Logins.pageSession(mvc, email);
        assertThat(page("/my", session)).contains("/my/enrollments/" + enrollment + "/certificate.pdf");

        MvcTestResult pdf = mvc.get()
                .uri("/my/enrollments/" + enrollment + "/certificate.pdf")
                .cookie(session)
                .exchange();

        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void anotherParticipantsCertificateDoesNotExistForMe() {
        int enrollment = data.enrol(user("participant"), training("Not Mine"), "completed");
        jdbc.sql("INSERT INTO certificates (enrollment_id, code, attendance_rate) VALUES (?, ?, 100)")
                .params(enrollment, "NOTMI-NECER-TIFIC-ATE23-" + (10000 + SEQUENCE.incrementAndGet()))
                .update();
        String email = email("participant");
        data.user(email, "participant");
        assertThat(mvc.get()
                        .uri("/my/enrollments/" + enrollment + "/certificate.pdf")
                        .cookie(Logins.pageSession(mvc, email))
                        .exchange())
                .hasStatus(404);
    }

    @Test
    void upcomingSessionsAreThoseOfTheNextThirtyDaysInMyTrainings() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        int mine = training("My Own Course");
        data.enrol(participant, mine, "active");
        Instant now = Instant.now();
        data.session(mine, "Soon Session", now.plus(10, ChronoUnit.DAYS), 120);
        data.session(mine, "Far Away Session", now.plus(40, ChronoUnit.DAYS), 120);
        data.session(mine, "Already Over", now.minus(2, ChronoUnit.DAYS), 120);
        data.session(training("Somebody Else's"), "Not My Session", now.plus(5, ChronoUnit.DAYS), 120);
        int started = data.session(mine, "Going On Now", now.minus(20, ChronoUnit.MINUTES), 120);

        String page = page("/my", Logins.pageSession(mvc, email));

        assertThat(page)
                .contains("Soon Session", "Going On Now", "/my/check-in?session=" + started)
                .doesNotContain("Far Away Session", "Already Over", "Not My Session");
    }

    @Test
    void calendarDownloadHoldsMySessions() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        int training = training("Calendar Course");
        data.enrol(participant, training, "active");
        data.session(training, "Calendar Session", Instant.now().plus(3, ChronoUnit.DAYS), 120);

        MvcTestResult calendar = mvc.get()
                .uri("/my/calendar.ics")
                .cookie(Logins.pageSession(mvc, email))
                .exchange();

        assertThat(calendar).hasStatusOk();
        assertThat(calendar.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(calendar.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"my-sessions.ics\"");
        assertThat(Logins.body(calendar)).contains("BEGIN:VCALENDAR", "Calendar Course", "Calendar Session");
    }

    @Test
    void trainerSeesTheSessionsOfTheirTrainingsWithTheirScreens() {
        String email = email("trainer");
        int trainer = data.user(email, "trainer");
        int training = data.training(
                "Trainer Runs This",
                "published",
                LocalDate.now(),
                LocalDate.now().plusDays(20),
                trainer);
        int session = data.session(training, "Trainer Session", Instant.now().plus(2, ChronoUnit.DAYS), 120);

        assertThat(page("/my", Logins.pageSession(mvc, email)))
                .contains("Trainings I run", "href=\"/trainer/trainings\"", "Trainer Session")
                .contains("/trainer/sessions/" + session + "/attendance", "/trainer/sessions/" + session + "/check-in")
                .doesNotContain("You are not enrolled in any training yet.");
    }

    @Test
    void htmxPagesThroughMyTrainingsAlone() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        for (int i = 0; i < 21; i++) {
            data.enrol(participant, training("Many Course"), "active");
        }
        MvcTestResult second = mvc.get()
                .uri("/my?page=1")
                .header("HX-Request", "true")
                .cookie(Logins.pageSession(mvc, email))
                .exchange();
        assertThat(Logins.html(second))
                .startsWith("<div id=\"my-trainings\">")
                .doesNotContain("<html")
                .contains("Page 2 of 2");
    }

    @Test
    void dashboardSpeaksFrench() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        data.enrol(participant, training("Cours En Français"), "active");
        assertThat(Logins.html(mvc.get()
                        .uri("/my")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .cookie(Logins.pageSession(mvc, email))
                        .exchange()))
                .contains("Mon espace", "Mes formations", "Progression", "Assiduité", "Active", "Pas encore")
                .contains("Télécharger mon agenda", "M&#39;enregistrer à une séance");
    }

    @Test
    void aFullDashboardTakesNoMoreQueriesThanAShortOne() {
        String email = email("participant");
        int participant = data.user(email, "participant");
        data.enrol(participant, training("First Course"), "active");
        Cookie session = Logins.pageSession(mvc, email);
        long few = selects("/my", session);
        for (int i = 0; i < 5; i++) {
            int training = training("Busy Course");
            data.enrol(participant, training, "active");
            data.session(training, "Busy Session", Instant.now().plus(i + 1, ChronoUnit.DAYS), 60);
        }
        assertThat(selects("/my", session)).isEqualTo(few);
    }

    private long selects(String uri, Cookie session) {
        QueryCounting.reset();
        assertThat(mvc.get().uri(uri).cookie(session).exchange()).hasStatusOk();
        return QueryCounting.selects();
    }

    private String page(String path, Cookie session) {
        return Logins.html(mvc.get().uri(path).cookie(session).exchange());
    }

    private int training(String title) {
        return data.training(
                title + " " + SEQUENCE.incrementAndGet(),
                "published",
                LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(60),
                user("trainer"));
    }

    private int user(String role) {
        return data.user(email(role), role);
    }

    private static String email(String role) {
        return role + "-" + SEQUENCE.incrementAndGet() + "@dashboard.test";
    }
}
