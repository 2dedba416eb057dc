package cm.resultinstitute.platform.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.attendance.AttendanceRegister;
import cm.resultinstitute.platform.attendance.CheckInCode;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QrImages;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.TestData;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Role;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class AttendancePagesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttendanceRegister register;

    final TestData data = TestData.shared();

    int trainer;
    Cookie trainerSession;
    int training;
    int session;
    int amina;
    int bruno;

    @BeforeEach
    void aSessionWithTwoParticipants() {
        String email = "trainer-" + SEQUENCE.incrementAndGet() + "@roster.test";
        trainer = data.user(email, "trainer");
        trainerSession = Logins.pageSession(mvc, email);
        training = data.training(
                "Roster Course " + SEQUENCE.incrementAndGet(),
                "published",
                LocalDate.now().minusDays(5),
                LocalDate.now().plusDays(30),
                trainer);
        session = data.session(training, "Day One", Instant.now().truncatedTo(ChronoUnit.HOURS), 120);
        amina = person("Amina", "Atangana");
        bruno = person("Bruno", "Biyong");
        data.enrol(amina, training, "active");
        data.enrol(bruno, training, "completed");
        data.enrol(person("Dropped", "Dzongang"), training, "dropped");
    }

    @AfterEach
    void realTime() {
        MutableClock.INSTANCE.reset();
    }

    @Test
    void rosterListsEveryParticipantHoldingASeat() {
        String page = page("/trainer/sessions/" + session + "/attendance");
        assertThat(page)
                .contains("Attendance: Day One", "Amina Atangana", "Bruno Biyong", "Not marked")
                .contains("id=\"row-" + amina + "\"", "hx-post=\"/trainer/sessions/" + session + "/attendance/" + amina)
                .doesNotContain("Dropped Dzongang");
    }

    @Test
    void trainerMarksOneRowAndHtmxGetsOnlyThatRowBack() {
        MvcTestResult marked = mark(amina, "present", "On time", true);

        String row = Logins.html(marked);
        assertThat(row)
                .startsWith("<tr id=\"row-" + amina + "\">")
                .contains("Amina Atangana", "badge mark mark-present", "value=\"On time\"")
                .doesNotContain("<html", "Bruno");
        Map<String, Object> stored = attendance(amina);
        assertThat(stored.get("status")).isEqualTo("present");
        assertThat(stored.get("notes")).isEqualTo("On time");
        assertThat(stored.get("marked_by")).isEqualTo(trainer);
        assertThat(attendanceCount()).isEqualTo(1);

        assertThat(Logins.html(mark(bruno, "late", "", true))).contains("mark-late");
        assertThat(attendance(bruno).get("status")).isEqualTo("late");
        assertThat(attendance(amina).get("status")).isEqualTo("present");
    }

    @Test
    void markingAgainChangesTheSameRow() {
        mark(amina, "absent", null, true);
        mark(amina, "excused", "Sick note", true);
        assertThat(attendance(amina).get("status")).isEqualTo("excused");
        assertThat(attendanceCount()).isEqualTo(1);
        assertThat(page("/trainer/sessions/" + session + "/attendance")).contains("mark-excused", "Sick note");
    }

    @Test
    void withoutJavaScriptTheMarkLeadsBackToTheRoster() {
        MvcTestResult marked = mark(amina, "present", null, false);
        assertThat(marked.getResponse().getRedirectedUrl())
                .isEqualTo("/trainer/sessions/" + session + "/attendance#row-" + amina);
        assertThat(attendance(amina).get("status")).isEqualTo("present");
    }

    @Test
    void aCancelledSessionsRefusalGoesToTheNoticeAndNothingIsWritten() {
        jdbc.sql("UPDATE sessions SET status = 'cancelled' WHERE id = ?")
                .params(session)
                .update();

        MvcTestResult refused = mark(amina, "present", null, true);

        assertThat(refused.getResponse().getHeader("HX-Retarget")).isEqualTo("#roster-notice");
        assertThat(Logins.html(refused)).contains("This session is cancelled.").doesNotContain("<tr");
        assertThat(attendanceCount()).isZero();
    }

    @Test
    void someoneWithoutASeatCannotBeMarked() {
        int stranger = person("Stranger", "Sone");
        assertThat(Logins.html(mark(stranger, "present", null, true))).contains("Not enrolled in this training.");
        assertThat(attendanceCount()).isZero();
    }

    @Test
    void checkInScreenShowsTheCurrentCodeWithItsQrAndRefreshesItself() {
        MutableClock.INSTANCE.setTo(Instant.now());
        CheckInCode code = register.checkInCode(session, new Caller(trainer, Role.TRAINER));

        MvcTestResult screen = mvc.get()
                .uri("/trainer/sessions/" + session + "/check-in")
                .cookie(trainerSession)
                .exchange();

        assertThat(Logins.html(screen))
                .contains("class=\"check-in-code\">" + code.code() + "<", "hx-trigger=\"every 5s\"")
                .contains("/trainer/sessions/" + session + "/check-in.png?v="
                        + code.expiresAt().getEpochSecond())
                .contains("http://localhost:8080/my/check-in");
        assertThat(screen.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");

        MutableClock.INSTANCE.advance(java.time.Duration.ofSeconds(30));
        CheckInCode next = register.checkInCode(session, new Caller(trainer, Role.TRAINER));
        MvcTestResult refreshed = mvc.get()
                .uri("/trainer/sessions/" + session + "/check-in")
                .header("HX-Request", "true")
                .cookie(trainerSession)
                .exchange();
        assertThat(Logins.html(refreshed))
                .startsWith("<div id=\"check-in-code\"")
                .contains(">" + next.code() + "<", "v=" + next.expiresAt().getEpochSecond())
                .doesNotContain("<html");
    }

    @Test
    void theCheckInScreenSaysWhenCheckInOpensAndWhenItHasClosed() {
        MutableClock.INSTANCE.setTo(Instant.now().minus(java.time.Duration.ofDays(2)));
        String early = page("/trainer/sessions/" + session + "/check-in");
        String opens = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(Instant.now()
                        .truncatedTo(ChronoUnit.HOURS)
                        .minus(java.time.Duration.ofMinutes(30))
                        .atZone(java.time.ZoneId.of("Africa/Douala")));
        assertThat(early).contains("id=\"check-in-not-yet\"", "Check-in opens on ", " at " + opens + ", 30 minutes");

        MutableClock.INSTANCE.setTo(Instant.now());
        assertThat(page("/trainer/sessions/" + session + "/check-in"))
                .doesNotContain("check-in-not-yet", "check-in-closed");

        MutableClock.INSTANCE.setTo(Instant.now().plus(java.time.Duration.ofDays(1)));
        assertThat(page("/trainer/sessions/" + session + "/check-in")).contains("id=\"check-in-closed\"");
    }

    @Test
    void phonesInTheRoomGetTheAddressTheTrainerUsesWhenTheBaseUrlWasLeftOnLocalhost() throws Exception {
        MutableClock.INSTANCE.setTo(Instant.now());
        MvcTestResult screen = mvc.get()
                .uri("http://192.168.1.20:8080/trainer/sessions/" + session + "/check-in")
                .cookie(trainerSession)
                .exchange();
        assertThat(Logins.html(screen))
                .contains("http://192.168.1.20:8080/my/check-in")
                .doesNotContain("localhost:8080/my/check-in");

        MvcTestResult image = mvc.get()
                .uri("http://192.168.1.20:8080/trainer/sessions/" + session + "/check-in.png")
                .cookie(trainerSession)
                .exchange();
        assertThat(QrImages.read(image.getResponse().getContentAsByteArray()))
                .startsWith("http://192.168.1.20:8080/my/check-in?session=" + session + "&code=");
    }

    @Test
    void markingEveryoneNotYetMarkedPresentLeavesTheOtherMarksAlone() {
        data.attended(session, bruno, "excused");

        MvcTestResult everyone = mvc.post()
                .uri("/trainer/sessions/" + session + "/attendance/everyone-present")
                .cookie(trainerSession)
                .with(csrf())
                .exchange();

        assertThat(everyone).hasRedirectedUrl("/trainer/sessions/" + session + "/attendance");
        assertThat(everyone.getMvcResult().getFlashMap().get("notice")).isEqualTo("One participant marked present.");
        assertThat(jdbc.sql("SELECT user_id || ':' || status FROM attendance WHERE session_id = ? ORDER BY user_id")
                        .param(session)
                        .query(String.class)
                        .list())
                .containsExactly(amina + ":present", bruno + ":excused");
        assertThat(mvc.post()
                        .uri("/trainer/sessions/" + session + "/attendance/everyone-present")
                        .cookie(trainerSession)
                        .with(csrf())
                        .exchange()
                        .getMvcResult()
                        .getFlashMap()
                        .get("notice"))
                .isEqualTo("Everyone was already marked.");
    }

    @Test
    void onlyTheTrainingsTrainerAndAdminsMayMarkEveryonePresent() {
        String path = "/trainer/sessions/" + session + "/attendance/everyone-present";
        assertThat(mvc.post().uri(path).with(csrf()).exchange())
                .as("anonymous")
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        String participant = "amina-" + SEQUENCE.incrementAndGet() + "@roster.test";
        data.user(participant, "participant");
        assertThat(mvc.post()
                        .uri(path)
                        .cookie(Logins.pageSession(mvc, participant))
                        .with(csrf())
                        .exchange())
                .hasStatus(403);
        String otherTrainer = "other-" + SEQUENCE.incrementAndGet() + "@roster.test";
        data.user(otherTrainer, "trainer");
        assertThat(mvc.post()
                        .uri(path)
                        .cookie(Logins.pageSession(mvc, otherTrainer))
                        .with(csrf())
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
        assertThat(attendanceCount()).isZero();
        String admin = "admin-" + SEQUENCE.incrementAndGet() + "@roster.test";
        data.user(admin, "admin");
        assertThat(mvc.post()
                        .uri(path)
                        .cookie(Logins.pageSession(mvc, admin))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(attendanceCount()).isEqualTo(2);
    }

    @Test
    void qrImageOpensTheCheckInPageWithTheCurrentCode() throws Exception {
        MutableClock.INSTANCE.setTo(Instant.now());
        CheckInCode code = register.checkInCode(session, new Caller(trainer, Role.TRAINER));

        MvcTestResult image = mvc.get()
                .uri("/trainer/sessions/" + session + "/check-in.png")
                .cookie(trainerSession)
                .exchange();

        assertThat(image).hasStatusOk().hasContentType("image/png");
        assertThat(image.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        String link = QrImages.read(image.getResponse().getContentAsByteArray());
        assertThat(link).isEqualTo("http://localhost:8080/my/check-in?session=" + session + "&code=" + code.code());
    }

    @Test
    void aLongRosterTakesNoMoreQueriesThanAShortOne() {
        long few = selects("/trainer/sessions/" + session + "/attendance");
        for (int i = 0; i < 10; i++) {
            int participant = person("Many", "Mbarga " + i);
            data.enrol(participant, training, "active");
            data.attended(session, participant, "present");
        }
        assertThat(selects("/trainer/sessions/" + session + "/attendance")).isEqualTo(few);
    }

    private long selects(String uri) {
        QueryCounting.reset();
        assertThat(mvc.get().uri(uri).cookie(trainerSession).exchange()).hasStatusOk();
        return QueryCounting.selects();
    }

    private MvcTestResult mark(int user, String status, String notes, boolean htmx) {
        var request = mvc.post()
                .uri("/trainer/sessions/" + session + "/attendance/" + user)
                .param("status", status)
                .cookie(trainerSession)
                .with(csrf());
        if (notes != null) {
            request = request.param("notes", notes);
        }
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        return request.exchange();
    }

    private String page(String path) {
        return Logins.html(mvc.get().uri(path).cookie(trainerSession).exchange());
    }

    private int person(String first, String last) {
        return jdbc.sql("""
                        INSERT INTO users (email, password_hash, first_name, last_name, role)
                        VALUES (?, 'x', ?, ?, 'participant') RETURNING id""")
                .params(first.toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "@roster.test", first, last)
                .query(Integer.class)
                .single();
    }

    private Map<String, Object> attendance(int user) {
        return jdbc.sql("SELECT * FROM attendance WHERE session_id = ? AND user_id = ?")
                .params(session, user)
                .query()
                .singleRow();
    }

    private long attendanceCount() {
        return jdbc.sql("SELECT count(*) FROM attendance WHERE session_id = ?")
                .params(session)
                .query(Long.class)
                .single();
    }
}
