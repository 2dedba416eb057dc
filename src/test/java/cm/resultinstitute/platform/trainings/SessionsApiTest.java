package cm.resultinstitute.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
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

/** Sessions: dated within their training, moved along their status, created in series, shown as calendars. */
@PlatformTest
class SessionsApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Cast cast;
    int training;

    @BeforeEach
    void aTraining() {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        cast = Cast.create(mvc);
        training = TestData.shared()
                .training(
                        "Leading Teams",
                        "published",
                        LocalDate.of(2030, 3, 1),
                        LocalDate.of(2030, 4, 30),
                        cast.trainer().id());
    }

    @Test
    void trainerSchedulesASessionWithinTheTraining() {
        MvcTestResult created = createSession(
                "{\"title\": \"Kick-off\", \"sessionDate\": \"2030-03-05T08:00:00Z\", \"maxAttendees\": 12}");
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.trainingId").isEqualTo(training);
        assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("scheduled");
        assertThat(created).bodyJson().extractingPath("$.durationMinutes").isEqualTo(120);
        assertThat(created).bodyJson().extractingPath("$.sessionDate").isEqualTo("2030-03-05T08:00:00Z");

        MvcTestResult outside = createSession("{\"title\": \"Too late\", \"sessionDate\": \"2030-05-02T08:00:00Z\"}");
        assertThat(outside).hasStatus(400);
        assertThat(outside).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sessionDate");
        assertThat(createSession("{\"title\": \"\", \"sessionDate\": \"2030-03-05T08:00:00Z\"}"))
                .hasStatus(400);
        assertThat(createSession("{\"title\": \"No date\"}")).hasStatus(400);
        assertThat(send(
                        cast.otherTrainer(),
                        HttpMethod.POST,
                        "/api/v1/trainings/" + training + "/sessions",
                        "{\"title\": \"Theirs\", \"sessionDate\": \"2030-03-05T08:00:00Z\"}"))
                .hasStatus(403);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "scheduled, ongoing, 200",
        "scheduled, cancelled, 200",
        "scheduled, completed, 409",
        "scheduled, scheduled, 200",
        "ongoing, completed, 200",
        "ongoing, cancelled, 200",
        "ongoing, scheduled, 409",
        "completed, scheduled, 409",
        "completed, ongoing, 409",
        "completed, cancelled, 409",
        "cancelled, scheduled, 409",
        "cancelled, ongoing, 409",
        "cancelled, completed, 409"
    })
    void sessionStatusFollowsItsMachine(String from, String to, int expected) {
        int session = TestData.shared().session(training, "S", Instant.parse("2030-03-10T08:00:00Z"), 60);
        jdbc.sql("UPDATE sessions SET status = ? WHERE id = ?")
                .params(from, session)
                .update();
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/sessions/" + session,
                        "{\"status\": \"" + to + "\"}"))
                .hasStatus(expected);
    }

    @Test
    void aTextSentAsNullIsClearedAndOneLeftOutStays() {
        int session = TestData.shared().session(training, "S", Instant.parse("2030-03-10T08:00:00Z"), 60);
        String uri = "/api/v1/sessions/" + session;
        send(
                cast.trainer(),
                HttpMethod.PATCH,
                uri,
                "{\"notes\": \"Bring the workbook\", \"description\": \"Day one\"}");

        MvcTestResult kept = send(cast.trainer(), HttpMethod.PATCH, uri, "{\"title\": \"Kick-off\"}");
        assertThat(kept).bodyJson().extractingPath("$.notes").isEqualTo("Bring the workbook");

        MvcTestResult cleared = send(cast.trainer(), HttpMethod.PATCH, uri, "{\"notes\": null}");
        assertThat(cleared).hasStatusOk();
        assertThat(cleared).bodyJson().extractingPath("$.notes").isNull();
        assertThat(cleared).bodyJson().extractingPath("$.description").isEqualTo("Day one");
    }

    @Test
    void aSeriesBecomesUtcInstantsThatFollowDaylightSaving() {
        jdbc.sql("UPDATE trainings SET start_date = NULL, end_date = NULL WHERE id = ?")
                .param(training)
                .update();
        MvcTestResult series = send(
                cast.trainer(),
                HttpMethod.POST,
                "/api/v1/trainings/" + training + "/sessions/series",
                "{\"title\": \"Evening class\", \"firstDate\": \"2030-03-19\", \"until\": \"2030-04-04\","
                        + " \"daysOfWeek\": [\"TUESDAY\", \"THURSDAY\"], \"time\": \"09:00\", \"timeZone\": \"Europe/Paris\","
                        + " \"durationMinutes\": 90}");
        assertThat(series).hasStatus(201);
        assertThat(series).headers().hasValue("Location", "/api/v1/trainings/" + training + "/sessions");
        // Paris moves to summer time on Sunday 31 March 2030: 09:00 there is 08:00 UTC before, 07:00 UTC after.
        List<String> starts = JsonPath.read(Logins.body(series), "$[*].sessionDate");
        assertThat(starts)
                .containsExactly(
                        "2030-03-19T08:00:00Z",
                        "2030-03-21T08:00:00Z",
                        "2030-03-26T08:00:00Z",
                        "2030-03-28T08:00:00Z",
                        "2030-04-02T07:00:00Z",
                        "2030-04-04T07:00:00Z");

        MvcTestResult douala = send(
                cast.trainer(),
                HttpMethod.POST,
                "/api/v1/trainings/" + training + "/sessions/series",
                "{\"title\": \"Morning\", \"firstDate\": \"2030-03-04\", \"until\": \"2030-03-10\", \"daysOfWeek\": [\"MONDAY\"],"
                        + " \"time\": \"09:00\", \"timeZone\": \"Africa/Douala\"}");
        assertThat(douala).bodyJson().extractingPath("$[0].sessionDate").isEqualTo("2030-03-04T08:00:00Z");
    }

    @Test
    void aSeriesOfMoreThanTwoHundredSessionsIsRefusedSayingSo() {
        jdbc.sql("UPDATE trainings SET start_date = NULL, end_date = NULL WHERE id = ?")
                .param(training)
                .update();
        MvcTestResult tooLong = send(
                cast.trainer(),
                HttpMethod.POST,
                "/api/v1/trainings/" + training + "/sessions/series",
                "{\"title\": \"Daily\", \"firstDate\": \"2030-01-01\", \"until\": \"2031-01-01\","
                        + " \"daysOfWeek\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\"],"
                        + " \"time\": \"09:00\", \"timeZone\": \"Africa/Douala\"}");

        assertThat(tooLong).hasStatus(400);
        assertThat(tooLong).bodyJson().extractingPath("$.errors[0].field").isEqualTo("until");
        assertThat(tooLong)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("A series creates at most " + TrainingSessions.MAX_SERIES + " sessions.");
        assertThat(jdbc.sql("SELECT count(*) FROM sessions WHERE training_id = ?")
                        .param(training)
                        .query(Long.class)
                        .single())
                .as("nothing created")
                .isZero();
    }

    @Test
    void aSeriesOnTheLastDayThereIsIs400NotA500() {
        jdbc.sql("UPDATE trainings SET start_date = NULL, end_date = NULL WHERE id = ?")
                .param(training)
                .update();
        MvcTestResult farOff = send(
                cast.trainer(),
                HttpMethod.POST,
                "/api/v1/trainings/" + training + "/sessions/series",
                "{\"title\": \"Y\", \"firstDate\": \"+999999999-12-31\", \"until\": \"+999999999-12-31\","
                        + " \"daysOfWeek\": [\"FRIDAY\"], \"time\": \"09:00\", \"timeZone\": \"Africa/Douala\"}");

        assertThat(farOff).hasStatus(400);
        assertThat(jdbc.sql("SELECT count(*) FROM sessions WHERE training_id = ?")
                        .param(training)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void badSeriesAre400() {
        String base = "/api/v1/trainings/" + training + "/sessions/series";
        assertThat(
                        send(
                                cast.trainer(),
                                HttpMethod.POST,
                                base,
                                "{\"title\": \"X\", \"firstDate\": \"2030-03-10\","
                                        + " \"until\": \"2030-03-01\", \"daysOfWeek\": [\"MONDAY\"], \"time\": \"09:00\", \"timeZone\": \"Africa/Douala\"}"))
                .hasStatus(400);
        assertThat(
                        send(
                                cast.trainer(),
                                HttpMethod.POST,
                                base,
                                "{\"title\": \"X\", \"firstDate\": \"2030-03-01\","
                                        + " \"until\": \"2030-03-10\", \"daysOfWeek\": [\"FUNDAY\"], \"time\": \"09:00\", \"timeZone\": \"Africa/Douala\"}"))
                .hasStatus(400);
        assertThat(
                        send(
                                cast.trainer(),
                                HttpMethod.POST,
                                base,
                                "{\"title\": \"X\", \"firstDate\": \"2030-03-01\","
                                        + " \"until\": \"2030-03-10\", \"daysOfWeek\": [\"MONDAY\"], \"time\": \"25:00\", \"timeZone\": \"Africa/Douala\"}"))
                .hasStatus(400);
        assertThat(
                        send(
                                cast.trainer(),
                                HttpMethod.POST,
                                base,
                                "{\"title\": \"X\", \"firstDate\": \"2030-03-01\","
                                        + " \"until\": \"2030-03-10\", \"daysOfWeek\": [\"MONDAY\"], \"time\": \"09:00\", \"timeZone\": \"Mars/Olympus\"}"))
                .hasStatus(400);
        assertThat(
                        send(
                                cast.trainer(),
                                HttpMethod.POST,
                                base,
                                "{\"title\": \"X\", \"firstDate\": \"2030-03-01\","
                                        + " \"until\": \"2030-03-10\", \"daysOfWeek\": [], \"time\": \"09:00\", \"timeZone\": \"Africa/Douala\"}"))
                .hasStatus(400);
        assertThat(jdbc.sql("SELECT count(*) FROM sessions").query(Long.class).single())
                .isZero();
    }

    @Test
    void aSessionWithAttendanceIsCancelledNotDeleted() {
        int session = TestData.shared().session(training, "Held", Instant.parse("2030-03-10T08:00:00Z"), 60);
        int empty = TestData.shared().session(training, "Empty", Instant.parse("2030-03-11T08:00:00Z"), 60);
        TestData.shared().enrol(cast.participant().id(), training, "active");
        TestData.shared().attended(session, cast.participant().id(), "present");
        assertThat(send(cast.trainer(), HttpMethod.DELETE, "/api/v1/sessions/" + session, null))
                .hasStatus(409);
        assertThat(send(cast.trainer(), HttpMethod.DELETE, "/api/v1/sessions/" + empty, null))
                .hasStatus(204);
        assertThat(jdbc.sql("SELECT count(*) FROM sessions").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aTrainingsSessionsAreReadInTheSameStatementsWhateverTheirNumber() {
        TestData.shared().session(training, "First", Instant.parse("2030-03-02T08:00:00Z"), 60);
        long one = selects("/api/v1/trainings/" + training + "/sessions?size=50");
        for (int day = 3; day < 15; day++) {
            TestData.shared()
                    .session(training, "Day " + day, Instant.parse("2030-03-%02dT08:00:00Z".formatted(day)), 60);
        }
        long many = selects("/api/v1/trainings/" + training + "/sessions?size=50");
        // The training (who may see it), then the sessions with their training joined (a short page needs no count).
        assertThat(many).isEqualTo(one).isEqualTo(2);
    }

    private long selects(String uri) {
        QueryCounting.reset();
        assertThat(send(null, HttpMethod.GET, uri, null)).hasStatusOk();
        return QueryCounting.selects();
    }

    @Test
    void sessionsAreReadAsTheirTraining() {
        int session = TestData.shared().session(training, "Open", Instant.parse("2030-03-10T08:00:00Z"), 60);
        assertThat(send(null, HttpMethod.GET, "/api/v1/sessions/" + session, null))
                .hasStatusOk();
        assertThat(send(null, HttpMethod.GET, "/api/v1/trainings/leading-teams/sessions", null))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(1);
        jdbc.sql("UPDATE trainings SET status = 'draft' WHERE id = ?")
                .param(training)
                .update();
        assertThat(send(null, HttpMethod.GET, "/api/v1/sessions/" + session, null))
                .hasStatus(404);
        assertThat(send(cast.participant(), HttpMethod.GET, "/api/v1/trainings/" + training + "/sessions", null))
                .hasStatus(404);
        assertThat(send(cast.trainer(), HttpMethod.GET, "/api/v1/sessions/" + session, null))
                .hasStatusOk();

        // A session the caller cannot see is answered as one that does not exist, word for word.
        String missing = Logins.body(send(cast.otherTrainer(), HttpMethod.DELETE, "/api/v1/sessions/999999", null));
        for (HttpMethod method : List.of(HttpMethod.PATCH, HttpMethod.DELETE)) {
            MvcTestResult hidden =
                    send(cast.otherTrainer(), method, "/api/v1/sessions/" + session, "{\"title\": \"X\"}");
            assertThat(hidden).hasStatus(404);
            assertThat(JsonPath.<String>read(Logins.body(hidden), "$.detail"))
                    .isEqualTo(JsonPath.<String>read(missing, "$.detail"));
        }
    }

    @Test
    void theTrainingsCalendarParsesBackWithItsSessions() throws Exception {
        int first = TestData.shared()
                .session(training, "Kick-off; with, commas", Instant.parse("2030-03-10T08:00:00Z"), 90);
        TestData.shared().session(training, "Second", Instant.parse("2030-03-17T08:00:00Z"), 60);
        MvcTestResult ics = send(null, HttpMethod.GET, "/api/v1/trainings/" + training + "/calendar.ics", null);
        assertThat(ics).hasStatusOk();
        assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");

        Calendar calendar = new CalendarBuilder().build(new StringReader(Logins.body(ics)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent kickOff = events.get(0);
        assertThat(kickOff.getUid().orElseThrow().getValue()).isEqualTo("session-" + first + "@resultinstitute.cm");
        assertThat(kickOff.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20300310T080000Z");
        assertThat(kickOff.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20300310T093000Z");
        assertThat(kickOff.getProperty("DTSTAMP")).isPresent();
        assertThat(kickOff.getSummary().getValue()).isEqualTo("Leading Teams – Kick-off; with, commas");
        assertThat(Logins.body(ics)).contains("Kick-off\\; with\\, commas");
        // RFC 5545: CALSCALE once per calendar, DTSTAMP once per event.
        assertThat(Logins.body(ics).lines().filter(line -> line.startsWith("CALSCALE")))
                .containsExactly("CALSCALE:GREGORIAN");
        assertThat(Logins.body(ics).lines().filter(line -> line.startsWith("DTSTAMP")))
                .hasSize(events.size());
    }

    private MvcTestResult createSession(String json) {
        return send(cast.trainer(), HttpMethod.POST, "/api/v1/trainings/" + training + "/sessions", json);
    }

    private MvcTestResult send(SignedIn caller, HttpMethod method, String uri, String json) {
        var request = mvc.method(method).uri(uri);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }
}
