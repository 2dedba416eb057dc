package cm.resultinstitute.platform.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedMail;
import cm.resultinstitute.platform.test.TestData;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Everyone's own sessions, as a list and as a calendar, and the reminders mailed once the day before. */
@PlatformTest
class ScheduleAndRemindersTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionReminders reminders;

    @Autowired
    TrainingSessions sessions;

    Cast cast;
    int training;
    int tomorrow;

    @BeforeEach
    void aTrainingWithSessions() {
        jdbc.sql("TRUNCATE users, trainings, mail_outbox RESTART IDENTITY CASCADE")
                .update();
        // Another test's instance that stopped while its quarter-hour run held the lock leaves it held for ten minutes.
        jdbc.sql("DELETE FROM shedlock").update();
        SharedMail.clear();
        cast = Cast.create(mvc);
        training = TestData.shared()
                .training(
                        "Leading Teams", "published", null, null, cast.trainer().id());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        tomorrow = TestData.shared().session(training, "Tomorrow", now.plus(Duration.ofHours(20)), 60);
        TestData.shared().session(training, "Next week", now.plus(Duration.ofDays(7)), 60);
        TestData.shared().session(training, "Last month", now.minus(Duration.ofDays(30)), 60);
        TestData.shared().enrol(cast.participant().id(), training, "active");
    }

    @Test
    void participantsSeeTheSessionsOfTheirTrainingsAndTrainersThoseOfTheirOwn() {
        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions"))
                .bodyJson()
                .extractingPath("$.content[*].title")
                .asArray()
                .containsExactly("Tomorrow", "Next week");
        assertThat(me(cast.trainer().bearer(), "/api/v1/me/sessions"))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(2);
        assertThat(me(cast.otherParticipant().bearer(), "/api/v1/me/sessions"))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(0);
        String from = Instant.now().minus(Duration.ofDays(40)).toString();
        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions?from=" + from))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(3);
        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions?from=yesterday"))
                .hasStatus(400);
    }

    @Test
    void datesBoundWholeDaysWhereTheInstituteIs() {
        LocalDate lastMonth = LocalDate.ofInstant(Instant.now().minus(Duration.ofDays(30)), ZoneId.of("Africa/Douala"));

        assertThat(me(
                        cast.participant().bearer(),
                        "/api/v1/me/sessions?from=" + lastMonth.minusDays(1) + "&to=" + lastMonth))
                .bodyJson()
                .extractingPath("$.content[*].title")
                .asArray()
                .containsExactly("Last month");
        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions?from=" + lastMonth.plusDays(1)))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(2);
        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions?from=2026-02-30"))
                .hasStatus(400);
        assertThat(me(
                        cast.participant().bearer(),
                        "/api/v1/me/sessions?from=" + lastMonth + "&to=" + lastMonth.minusDays(2)))
                .as("an end before the start")
                .hasStatus(400);
    }

    @Test
    void withoutAnEndEveryLaterSessionIsListed() {
        TestData.shared().session(training, "Next year", Instant.now().plus(Duration.ofDays(400)), 60);
        LocalDate lastYear = LocalDate.now(ZoneId.of("Africa/Douala")).minusYears(1);

        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions"))
                .bodyJson()
                .extractingPath("$.content[*].title")
                .asArray()
                .containsExactly("Tomorrow", "Next week", "Next year");
        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions?from=" + lastYear))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(4);
    }

    @Test
    void mySessionsArePagedInTheOrderAsked() {
        String from = "from=" + Instant.now().minus(Duration.ofDays(40));
        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions?sort=sessionDate,desc&" + from))
                .bodyJson()
                .extractingPath("$.content[*].title")
                .asArray()
                .containsExactly("Next week", "Tomorrow", "Last month");
        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions?size=1&page=1&" + from))
                .bodyJson()
                .satisfies(page -> {
                    assertThat(page)
                            .extractingPath("$.content[*].title")
                            .asArray()
                            .containsExactly("Tomorrow");
                    assertThat(page).extractingPath("$.page.totalElements").isEqualTo(3);
                    assertThat(page).extractingPath("$.page.totalPages").isEqualTo(3);
                });
        assertThat(me(cast.participant().bearer(), "/api/v1/me/sessions?sort=title"))
                .hasStatus(400);
    }

    @Test
    void myCalendarParsesBack() throws Exception {
        MvcTestResult ics = me(cast.participant().bearer(), "/api/v1/me/calendar.ics");
        assertThat(ics).hasStatusOk();
        Calendar calendar = new CalendarBuilder().build(new StringReader(Logins.body(ics)));
        assertThat(calendar.getComponents("VEVENT")).hasSize(3);
        assertThat(mvc.get().uri("/api/v1/me/calendar.ics").exchange()).hasStatus(401);
    }

    @Test
    void eachParticipantIsRemindedOnceTheDayBefore() {
        reminders.remindSoon();
        reminders.remindSoon();

        // The job queues the reminder; delivering the outbox is the outbox's own tests' business.
        List<Map<String, Object>> queued = jdbc.sql(
                        "SELECT recipient, subject, body_text FROM mail_outbox WHERE template = 'session-reminder'")
                .query()
                .listOfRows();
        assertThat(queued).as("once, however often the job runs").hasSize(1);
        assertThat(queued.get(0))
                .containsEntry("recipient", cast.participant().email())
                .containsEntry("subject", "Reminder: your session starts soon");
        assertThat((String) queued.get(0).get("body_text")).contains("Tomorrow", "Leading Teams");
        assertThat(reminders.remind(sessions.info(tomorrow).orElseThrow())).isZero();
    }

    private MvcTestResult me(String bearer, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }
}
