package cm.resultinstitute.platform.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The roster, marking all or nothing, and self check-in with rotating codes inside the session's window. */
@PlatformTest
class AttendanceApiTest {

    static final Instant START = Instant.parse("2030-03-10T08:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Cast cast;
    int training;
    int session;

    @BeforeEach
    void aSessionWithTwoParticipants() {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        cast = Cast.create(mvc);
        training = TestData.shared()
                .training(
                        "Leading Teams",
                        "published",
                        LocalDate.of(2030, 3, 1),
                        LocalDate.of(2030, 4, 30),
                        cast.trainer().id());
        session = TestData.shared().session(training, "Kick-off", START, 120);
        TestData.shared().enrol(cast.participant().id(), training, "active");
        TestData.shared().enrol(cast.otherParticipant().id(), training, "completed");
    }

    @AfterEach
    void realTime() {
        MutableClock.INSTANCE.reset();
    }

    @Test
    void theRosterHasEveryEnrolledParticipantMarkedOrNot() {
        int dropped = TestData.shared().user("gone@example.com", "participant");
        TestData.shared().enrol(dropped, training, "dropped");
        mark("[{\"userId\": " + cast.participant().id() + ", \"status\": \"present\"}]");

        MvcTestResult roster = get(cast.trainer(), "/api/v1/sessions/" + session + "/attendance");
        assertThat(roster).hasStatusOk();
        assertThat(roster).bodyJson().extractingPath("$.page.totalElements").isEqualTo(2);
        assertThat(roster)
                .bodyJson()
                .extractingPath("$.content[?(@.userId == " + cast.participant().id() + ")].status")
                .asArray()
                .containsExactly("present");
        assertThat(roster)
                .bodyJson()
                .extractingPath(
                        "$.content[?(@.userId == " + cast.otherParticipant().id() + ")].status")
                .asArray()
                .containsExactly((Object) null);
    }

    @Test
    void markingIsAllOrNothingAndUpdatesInPlace() {
        int stranger = TestData.shared().user("stranger@example.com", "participant");
        MvcTestResult refused = mark("[{\"userId\": " + cast.participant().id() + ", \"status\": \"present\"},"
                + " {\"userId\": " + stranger + ", \"status\": \"present\"}]");
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("[1].userId");
        assertThat(rows()).as("nothing written").isZero();

        MvcTestResult marked =
                mark("[{\"userId\": " + cast.participant().id() + ", \"status\": \"late\", \"notes\": \"Traffic\"},"
                        + " {\"userId\": " + cast.otherParticipant().id() + ", \"status\": \"excused\"}]");
        assertThat(marked).hasStatusOk();
        assertThat(marked)
                .bodyJson()
                .extractingPath("$[0].markedBy")
                .isEqualTo(cast.trainer().id());
        assertThat(mark("[{\"userId\": " + cast.participant().id() + ", \"status\": \"present\"}]"))
                .hasStatusOk();
        assertThat(rows()).as("one row per participant").isEqualTo(2);
        assertThat(jdbc.sql("SELECT status FROM attendance WHERE user_id = ?")
                        .param(cast.participant().id())
                        .query(String.class)
                        .single())
                .isEqualTo("present");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'attendance_marked'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void badMarksAre400() {
        assertThat(mark("[{\"userId\": " + cast.participant().id() + ", \"status\": \"asleep\"}]"))
                .hasStatus(400);
        assertThat(mark("[{\"status\": \"present\"}]")).hasStatus(400);
        assertThat(mark("[]")).hasStatus(400);
        assertThat(mark("[null]")).hasStatus(400);
        assertThat(mark("[{\"userId\": " + cast.participant().id() + ", \"status\": \"present\"}, null]"))
                .hasStatus(400);
        assertThat(mark("[{\"userId\": " + cast.participant().id() + ", \"status\": \"present\"}, {\"userId\": "
                        + cast.participant().id() + ", \"status\": \"absent\"}]"))
                .hasStatus(400);
        assertThat(rows()).isZero();
    }

    @Test
    void onlyTheTrainingsTrainerAndAdminsMark() {
        String body = "[{\"userId\": " + cast.participant().id() + ", \"status\": \"present\"}]";
        assertThat(send(cast.otherTrainer(), HttpMethod.PUT, "/api/v1/sessions/" + session + "/attendance", body))
                .hasStatus(403);
        assertThat(send(cast.participant(), HttpMethod.PUT, "/api/v1/sessions/" + session + "/attendance", body))
                .hasStatus(403);
        assertThat(send(cast.admin(), HttpMethod.PUT, "/api/v1/sessions/" + session + "/attendance", body))
                .hasStatusOk();
        assertThat(get(cast.participant(), "/api/v1/sessions/" + session + "/attendance"))
                .hasStatus(403);
    }

    @ParameterizedTest(name = "{0} minutes from the start: {1}")
    @CsvSource({"-31, 409", "-30, present", "0, present", "15, present", "16, late", "120, late", "121, 409"})
    void checkInWindowAndLateness(int minutesFromStart, String expected) {
        Instant now = START.plus(Duration.ofMinutes(minutesFromStart));
        MutableClock.INSTANCE.setTo(now);
        MvcTestResult checkedIn = checkIn(cast.participant(), currentCode());
        if (expected.equals("409")) {
            assertThat(checkedIn).hasStatus(409);
            assertThat(rows()).isZero();
        } else {
            assertThat(checkedIn).hasStatusOk();
            assertThat(checkedIn).bodyJson().extractingPath("$.status").isEqualTo(expected);
            assertThat(checkedIn).bodyJson().extractingPath("$.checkedInAt").isEqualTo(now.toString());
        }
    }

    @Test
    void codesRotateEveryThirtySecondsAndThePreviousOneStillWorks() {
        MutableClock.INSTANCE.setTo(START.plusSeconds(5));
        String code = currentCode();
        assertThat(code).matches("\\d{6}");
        MvcTestResult current = get(cast.trainer(), "/api/v1/sessions/" + session + "/check-in-code");
        assertThat(current)
                .bodyJson()
                .extractingPath("$.expiresAt")
                .isEqualTo(START.plusSeconds(30).toString());

        MutableClock.INSTANCE.setTo(START.plusSeconds(65));
        assertThat(checkIn(cast.participant(), code)).as("two steps later").hasStatus(400);
        MutableClock.INSTANCE.setTo(START.plusSeconds(35));
        assertThat(currentCode()).isNotEqualTo(code);
        assertThat(checkIn(cast.participant(), code)).as("one step later").hasStatusOk();
        assertThat(checkIn(cast.otherParticipant(), "000000".equals(code) ? "111111" : "000000"))
                .hasStatus(400);
    }

    @Test
    void checkInIsForEnrolledParticipantsAndRespectsTheRoomsSize() {
        MutableClock.INSTANCE.setTo(START);
        jdbc.sql("UPDATE sessions SET max_attendees = 1 WHERE id = ?")
                .param(session)
                .update();
        SignedIn outsider = Logins.newUser(mvc, "outsider@example.com", "participant");
        assertThat(checkIn(outsider, currentCode())).hasStatus(403);
        assertThat(checkIn(cast.participant(), currentCode())).hasStatusOk();
        assertThat(checkIn(cast.participant(), currentCode()))
                .as("again: the same row")
                .hasStatusOk();
        MvcTestResult full = checkIn(cast.otherParticipant(), currentCode());
        assertThat(full).hasStatus(409);
        assertThat(full).bodyJson().extractingPath("$.type").asString().endsWith("/session-full");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'check_in'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void checkOutAfterCheckingIn() {
        MutableClock.INSTANCE.setTo(START);
        assertThat(send(cast.participant(), HttpMethod.POST, "/api/v1/sessions/" + session + "/check-out", null))
                .hasStatus(409);
        checkIn(cast.participant(), currentCode());
        MutableClock.INSTANCE.setTo(START.plus(Duration.ofMinutes(110)));
        MvcTestResult out =
                send(cast.participant(), HttpMethod.POST, "/api/v1/sessions/" + session + "/check-out", null);
        assertThat(out).hasStatusOk();
        assertThat(out)
                .bodyJson()
                .extractingPath("$.checkedOutAt")
                .isEqualTo(START.plus(Duration.ofMinutes(110)).toString());
    }

    @Test
    void theCodeAlsoComesAsAQrImageForTheTrainerOnly() {
        MvcTestResult png = get(cast.trainer(), "/api/v1/sessions/" + session + "/check-in-code?format=png");
        assertThat(png).hasStatusOk();
        assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
        byte[] image = png.getResponse().getContentAsByteArray();
        assertThat(image).startsWith(0x89, 'P', 'N', 'G');
        assertThat(get(cast.participant(), "/api/v1/sessions/" + session + "/check-in-code"))
                .hasStatus(403);
        assertThat(get(cast.otherTrainer(), "/api/v1/sessions/" + session + "/check-in-code"))
                .hasStatus(403);
    }

    @Test
    void myAttendanceListsOnlyMineInTwoQueries() {
        mark("[{\"userId\": " + cast.participant().id() + ", \"status\": \"present\"}, {\"userId\": "
                + cast.otherParticipant().id() + ", \"status\": \"absent\"}]");
        String bearer = fresh(cast.participant());
        QueryCounting.reset();
        MvcTestResult mine = mvc.get()
                .uri("/api/v1/me/attendance")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange();
        assertThat(QueryCounting.selects()).isBetween(1L, 2L);
        assertThat(mine).bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);
        assertThat(mine).bodyJson().extractingPath("$.content[0].trainingTitle").isEqualTo("Leading Teams");
        assertThat(mine).bodyJson().extractingPath("$.content[0].status").isEqualTo("present");
        // Every field of the Attendance JSON, then the session's and training's.
        assertThat(mine)
                .bodyJson()
                .extractingPath("$.content[0].userId")
                .isEqualTo(cast.participant().id());
        assertThat(mine)
                .bodyJson()
                .extractingPath("$.content[0].markedBy")
                .isEqualTo(cast.trainer().id());
        assertThat(mine).bodyJson().extractingPath("$.content[0].sessionId").isEqualTo(session);
        assertThat(mine).bodyJson().extractingPath("$.content[0].createdAt").isNotNull();
        assertThat(mine).bodyJson().extractingPath("$.content[0].updatedAt").isNotNull();
    }

    @Test
    void theRosterTakesTwoQueries() {
        for (int i = 0; i < 20; i++) {
            TestData.shared()
                    .enrol(TestData.shared().user("many" + i + "@example.com", "participant"), training, "active");
        }
        String bearer = fresh(cast.trainer());
        QueryCounting.reset();
        assertThat(mvc.get()
                        .uri("/api/v1/sessions/" + session + "/attendance?size=100")
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .exchange())
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(22);
        assertThat(QueryCounting.selects()).isBetween(1L, 4L);
    }

    private String fresh(SignedIn user) {
        return Logins.signIn(mvc, user.email(), TestAccounts.PASSWORD).bearer();
    }

    private String currentCode() {
        return JsonPath.read(
                Logins.body(get(cast.trainer(), "/api/v1/sessions/" + session + "/check-in-code")), "$.code");
    }

    private MvcTestResult checkIn(SignedIn participant, String code) {
        return send(
                participant,
                HttpMethod.POST,
                "/api/v1/sessions/" + session + "/check-in",
                "{\"code\": \"" + code + "\"}");
    }

    private MvcTestResult mark(String json) {
        return send(cast.trainer(), HttpMethod.PUT, "/api/v1/sessions/" + session + "/attendance", json);
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM attendance").query(Long.class).single();
    }

    private MvcTestResult get(SignedIn caller, String uri) {
        return send(caller, HttpMethod.GET, uri, null);
    }

    /** Signs the caller in at the moment of the call, since tests move the clock beyond the tokens' lifetime. */
    private MvcTestResult send(SignedIn caller, HttpMethod method, String uri, String json) {
        var request = mvc.method(method).uri(uri);
        if (caller != null) {
            request = request.header(
                    HttpHeaders.AUTHORIZATION,
                    Logins.signIn(mvc, caller.email(), TestAccounts.PASSWORD).bearer());
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }
}
