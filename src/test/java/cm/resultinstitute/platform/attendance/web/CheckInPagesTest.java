package cm.resultinstitute.platform.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.attendance.AttendanceRegister;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Role;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class CheckInPagesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttendanceRegister register;

    final TestData data = TestData.shared();

    int trainer;
    int session;
    Instant start;
    String email;
    int participant;
    Cookie participantSession;

    @BeforeEach
    void aSessionInTwoDays() {
        trainer = data.user("trainer-" + SEQUENCE.incrementAndGet() + "@check-in.test", "trainer");
        int training = data.training(
                "Check In Course " + SEQUENCE.incrementAndGet(),
                "published",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                trainer);
        start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        session = data.session(training, "Morning Session", start, 120);
        email = "participant-" + SEQUENCE.incrementAndGet() + "@check-in.test";
        participant = data.user(email, "participant");
        data.enrol(participant, training, "active");
        participantSession = Logins.pageSession(mvc, email);
    }

    @AfterEach
    void realTime() {
        MutableClock.INSTANCE.reset();
    }

    @Test
    void theQrCodesLinkFillsTheFormIn() {
        MutableClock.INSTANCE.setTo(start.minus(Duration.ofMinutes(10)));
        String page = Logins.html(mvc.get()
                .uri("/my/check-in?session={session}&code=123456", session)
                .cookie(participantSession)
                .exchange());
        assertThat(page)
                .contains("<option value=\"" + session + "\" selected=\"selected\">")
                .contains("Morning Session", "value=\"123456\"");
    }

    @Test
    void aSessionOutsideTheListStillComesFromTheLink() {
        String page = Logins.html(mvc.get()
                .uri("/my/check-in?session={session}", session)
                .cookie(participantSession)
                .exchange());
        assertThat(page).contains("<option value=\"" + session + "\" selected=\"selected\">Session " + session);
    }

    @Test
    void participantChecksInWithTheCurrentCode() {
        MutableClock.INSTANCE.setTo(start.minus(Duration.ofMinutes(10)));

        MvcTestResult result = checkIn(session, currentCode());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/check-in?session=" + session);
        assertThat(Logins.html(mvc.get()
                        .uri(result.getResponse().getRedirectedUrl())
                        .cookie(participantSession)
                        .exchange()))
                .contains("You are checked in", "Welcome!", "Check out");
        Map<String, Object> row = attendance();
        assertThat(row.get("status")).isEqualTo("present");
        assertThat(row.get("checked_in_at")).isNotNull();
    }

    @Test
    void participantWhoComesAfterTheGraceIsLate() {
        MutableClock.INSTANCE.setTo(start.plus(Duration.ofMinutes(20)));

        MvcTestResult result = checkIn(session, currentCode());

        assertThat(Logins.html(mvc.get()
                        .uri(result.getResponse().getRedirectedUrl())
                        .cookie(participantSession)
                        .exchange()))
                .contains("you are marked late");
        assertThat(attendance().get("status")).isEqualTo("late");
    }

    @Test
    void aWrongCodeIsShownOnTheCodeField() {
        MutableClock.INSTANCE.setTo(start.minus(Duration.ofMinutes(10)));
        String wrong = currentCode().equals("000000") ? "111111" : "000000";

        String page = Logins.html(checkIn(session, wrong));

        assertThat(page).contains("This code is not (or no longer) the session&#39;s code.", "aria-invalid=\"true\"");
        assertThat(count()).isZero();
    }

    @Test
    void checkInBeforeTheWindowOpensIsRefused() {
        MutableClock.INSTANCE.setTo(start.minus(Duration.ofHours(2)));

        String page = Logins.html(checkIn(session, currentCode()));

        assertThat(page).contains("Check-in is open from 30 minutes before the session starts until it ends.");
        assertThat(count()).isZero();
    }

    @Test
    void someoneNotEnrolledIsToldSo() {
        MutableClock.INSTANCE.setTo(start.minus(Duration.ofMinutes(10)));
        String stranger = "stranger-" + SEQUENCE.incrementAndGet() + "@check-in.test";
        data.user(stranger, "participant");

        String page = Logins.html(mvc.post()
                .uri("/my/check-in")
                .param("session", String.valueOf(session))
                .param("code", currentCode())
                .cookie(Logins.pageSession(mvc, stranger))
                .with(csrf())
                .exchange());

        assertThat(page).contains("Not enrolled in this training.");
    }

    @Test
    void anEmptyFormAsksForTheSessionAndTheCode() {
        String page = Logins.html(mvc.post()
                .uri("/my/check-in")
                .param("session", "")
                .param("code", "12")
                .cookie(participantSession)
                .with(csrf())
                .exchange());
        assertThat(page).contains("Choose the session.", "The code has six digits.");
        assertThat(page.split("Choose the session\\.", -1)).as("said once").hasSize(2);

        String blank = Logins.html(mvc.post()
                .uri("/my/check-in")
                .param("session", "")
                .param("code", "")
                .cookie(participantSession)
                .with(csrf())
                .exchange());
        assertThat(blank).contains("Type the code shown in the room.").doesNotContain("The code has six digits.");
    }

    @Test
    void withNoSessionSoonThePageSaysSoAndWhenCheckInOpens() {
        MutableClock.INSTANCE.setTo(start.minus(Duration.ofDays(5)));
        String page = Logins.html(
                mvc.get().uri("/my/check-in").cookie(participantSession).exchange());
        assertThat(page)
                .contains("id=\"no-session\"", "You have no session starting within a day")
                .contains("30 minutes before a session starts");

        MutableClock.INSTANCE.setTo(start.minus(Duration.ofMinutes(10)));
        assertThat(Logins.html(
                        mvc.get().uri("/my/check-in").cookie(participantSession).exchange()))
                .doesNotContain("no-session");
    }

    @Test
    void participantChecksOutAfterCheckingIn() {
        MutableClock.INSTANCE.setTo(start.minus(Duration.ofMinutes(10)));
        MvcTestResult in = checkIn(session, currentCode());
        mvc.get()
                .uri(in.getResponse().getRedirectedUrl())
                .cookie(participantSession)
                .exchange();
        MutableClock.INSTANCE.setTo(start.plus(Duration.ofMinutes(100)));

        MvcTestResult out = mvc.post()
                .uri("/my/check-out")
                .param("session", String.valueOf(session))
                .cookie(participantSession)
                .with(csrf())
                .exchange();

        assertThat(Logins.html(mvc.get()
                        .uri(out.getResponse().getRedirectedUrl())
                        .cookie(participantSession)
                        .exchange()))
                .contains("You are checked out");
        assertThat(attendance().get("checked_out_at")).isNotNull();
    }

    @Test
    void checkingOutWithoutCheckingInIsRefused() {
        MvcTestResult out = mvc.post()
                .uri("/my/check-out")
                .param("session", String.valueOf(session))
                .cookie(participantSession)
                .with(csrf())
                .exchange();
        assertThat(Logins.html(mvc.get()
                        .uri(out.getResponse().getRedirectedUrl())
                        .cookie(participantSession)
                        .exchange()))
                .contains("You have not checked in to this session.");
    }

    private MvcTestResult checkIn(int sessionId, String code) {
        return mvc.post()
                .uri("/my/check-in")
                .param("session", String.valueOf(sessionId))
                .param("code", code)
                .cookie(participantSession)
                .with(csrf())
                .exchange();
    }

    private String currentCode() {
        return register.checkInCode(session, new Caller(trainer, Role.TRAINER)).code();
    }

    private Map<String, Object> attendance() {
        return jdbc.sql("SELECT * FROM attendance WHERE session_id = ? AND user_id = ?")
                .params(session, participant)
                .query()
                .singleRow();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM attendance WHERE session_id = ?")
                .params(session)
                .query(Long.class)
                .single();
    }
}
