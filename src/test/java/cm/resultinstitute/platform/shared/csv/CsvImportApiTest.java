package cm.resultinstitute.platform.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Users, enrolments and attendance from CSV files: dry runs, all-or-nothing imports, rules per row, who may. */
@PlatformTest
class CsvImportApiTest {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Cast cast;
    int training;
    int session;

    @BeforeEach
    void aTrainingWithTwoSeats() {
        jdbc.sql("TRUNCATE users, trainings, mail_outbox, activity_logs RESTART IDENTITY CASCADE")
                .update();
        cast = Cast.create(mvc);
        TestData data = TestData.shared();
        training = data.training(
                "Leading Teams",
                "published",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                cast.trainer().id());
        data.limitSeats(training, 2);
        session = data.session(training, "Kick-off", Instant.now(), 120);
    }

    @Test
    void aDryRunOfAttendanceSaysWhatWouldHappenAndChangesNothing() {
        seat(cast.participant(), cast.otherParticipant());
        String csv = "email;status;notes\n" + cast.participant().email() + ";present;\n"
                + cast.otherParticipant().email() + ";LATE;\"bus; rain\"\n";

        MvcTestResult dryRun =
                upload("/api/v1/sessions/" + session + "/attendance/import?dryRun=true", cast.trainer(), csv);

        assertThat(dryRun).hasStatusOk();
        assertThat(dryRun).bodyJson().extractingPath("$.dryRun").isEqualTo(true);
        assertThat(dryRun).bodyJson().extractingPath("$.valid").isEqualTo(true);
        assertThat(dryRun).bodyJson().extractingPath("$.counts.marked").isEqualTo(2);
        assertThat(dryRun).bodyJson().extractingPath("$.results[1].line").isEqualTo(3);
        assertThat(count("attendance")).isZero();
        assertThat(count("activity_logs WHERE action = 'attendance_imported'")).isZero();

        MvcTestResult imported = upload("/api/v1/sessions/" + session + "/attendance/import", cast.trainer(), csv);

        assertThat(imported).hasStatusOk();
        assertThat(imported).bodyJson().extractingPath("$.dryRun").isEqualTo(false);
        assertThat(jdbc.sql("SELECT status || ':' || coalesce(notes, '') FROM attendance ORDER BY user_id")
                        .query(String.class)
                        .list())
                .containsExactly("present:", "late:bus; rain");
        assertThat(count("activity_logs WHERE action = 'attendance_imported'")).isEqualTo(1);
    }

    @Test
    void oneInvalidRowRefusesTheWholeFileWithTheReport() {
        seat(cast.participant());
        String csv = "email,status\n" + cast.participant().email() + ",present\nstranger@example.com,present\n"
                + cast.participant().email() + ",maybe\n";

        MvcTestResult refused = upload("/api/v1/sessions/" + session + "/attendance/import", cast.trainer(), csv);

        assertThat(refused).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.report.valid").isEqualTo(false);
        assertThat(refused).bodyJson().extractingPath("$.report.errors[0].line").isEqualTo(3);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.report.errors[0].column")
                .isEqualTo("email");
        assertThat(refused).bodyJson().extractingPath("$.report.errors[1].line").isEqualTo(4);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.report.errors[1].column")
                .isEqualTo("status");
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("line 3: email");
        assertThat(count("attendance"))
                .as("nothing written, not even the good row")
                .isZero();
    }

    @Test
    void enrolmentsFollowTheSeatsRowByRowThenTheWaitingList() {
        SignedIn third = cast.admin();
        int late = TestData.shared().user("late@csv.test", "participant");
        seat(cast.otherParticipant());
        String csv = "email\n" + cast.participant().email() + "\n"
                + cast.otherParticipant().email() + "\nlate@csv.test\nnobody@csv.test\n" + third.email() + "\n";

        MvcTestResult dryRun =
                upload("/api/v1/trainings/" + training + "/enrollments/import?dryRun=true", cast.trainer(), csv);

        assertThat(dryRun).hasStatusOk();
        assertThat(dryRun).bodyJson().extractingPath("$.results[0].outcome").isEqualTo("enrolled");
        assertThat(dryRun).bodyJson().extractingPath("$.results[1].outcome").isEqualTo("alreadyEnrolled");
        assertThat(dryRun).bodyJson().extractingPath("$.results[2].outcome").isEqualTo("waitlisted");
        assertThat(dryRun)
                .bodyJson()
                .extractingPath("$.results[3].errors[0].message")
                .isEqualTo("No account has this email address.");
        assertThat(dryRun)
                .bodyJson()
                .extractingPath("$.results[4].errors[0].message")
                .isEqualTo("This account is not a participant.");
        assertThat(count("enrollments")).isEqualTo(1);
        assertThat(count("waiting_list")).isZero();

        String valid = "email\n" + cast.participant().email() + "\nlate@csv.test\n";
        assertThat(upload("/api/v1/trainings/" + training + "/enrollments/import", cast.trainer(), valid))
                .hasStatusOk();
        assertThat(count("enrollments")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT user_id FROM waiting_list")
                        .query(Integer.class)
                        .list())
                .containsExactly(late);
        assertThat(count("activity_logs WHERE action = 'enrollments_imported'")).isEqualTo(1);
    }

    @Test
    void anImportThatWaitsForAnotherEnrolmentWaitListsOnceTheLastSeatIsTaken() throws Exception {
        seat(cast.otherParticipant());
        int late = TestData.shared().user("late@csv.test", "participant");
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                // Another import, still running, has taken the training and its last seat.
                statement.execute("SELECT id FROM trainings WHERE id = " + training + " FOR UPDATE");
                statement.execute("INSERT INTO enrollments (user_id, training_id, status) VALUES ("
                        + cast.participant().id() + ", " + training + ", 'active')");
            }
            Future<MvcTestResult> waiting = importer.submit(() -> upload(
                    "/api/v1/trainings/" + training + "/enrollments/import", cast.trainer(), "email\nlate@csv.test\n"));
            awaitAWaitingLock();
            other.commit();

            MvcTestResult result = waiting.get(30, TimeUnit.SECONDS);

            assertThat(result).hasStatusOk();
            assertThat(result).bodyJson().extractingPath("$.results[0].outcome").isEqualTo("waitlisted");
            assertThat(jdbc.sql("SELECT user_id FROM waiting_list")
                            .query(Integer.class)
                            .list())
                    .containsExactly(late);
            assertThat(count("enrollments")).isEqualTo(2);
        } finally {
            importer.shutdownNow();
        }
    }

    @Test
    void aCompletedEnrolmentImportedWritesOneEntryForIt() {
        String csv = "email,status\n" + cast.participant().email() + ",completed\n";
        assertThat(upload("/api/v1/trainings/" + training + "/enrollments/import", cast.trainer(), csv))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.results[0].outcome")
                .isEqualTo("completed");

        List<String> entries = jdbc.sql("SELECT action || ' ' || metadata::text FROM activity_logs"
                        + " WHERE entity_type = 'enrollment' ORDER BY id")
                .query(String.class)
                .list();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).startsWith("enrollment_created ");
        String metadata = entries.get(0).substring("enrollment_created ".length());
        assertThat(JsonPath.<String>read(metadata, "$.changes.status.old")).isEqualTo("active");
        assertThat(JsonPath.<String>read(metadata, "$.changes.status.new")).isEqualTo("completed");
        assertThat(JsonPath.<Integer>read(metadata, "$.changes.progress.new")).isEqualTo(100);
        assertThat(JsonPath.<String>read(metadata, "$.changes.completionDate.new"))
                .isNotNull();
        assertThat(JsonPath.<Integer>read(metadata, "$.userId"))
                .isEqualTo(cast.participant().id());
    }

    @Test
    void newAccountsAreInvitedAndExistingOnesReportedUnchanged() {
        String csv = "email,first_name,last_name,role,phone\nnew.trainer@csv.test,Awa,Diallo,trainer,+237699\n"
                + cast.participant().email() + ",Changed,Name,admin,\nnew.one@csv.test,Paul,Mbarga,,\n";

        MvcTestResult imported = upload("/api/v1/users/import", cast.admin(), csv);

        assertThat(imported).hasStatusOk();
        assertThat(imported).bodyJson().extractingPath("$.counts.invited").isEqualTo(2);
        assertThat(imported).bodyJson().extractingPath("$.counts.exists").isEqualTo(1);
        assertThat(jdbc.sql("SELECT role FROM users WHERE email = 'new.trainer@csv.test'")
                        .query(String.class)
                        .single())
                .isEqualTo("trainer");
        assertThat(jdbc.sql("SELECT role FROM users WHERE email = 'new.one@csv.test'")
                        .query(String.class)
                        .single())
                .isEqualTo("participant");
        assertThat(jdbc.sql("SELECT first_name || ' ' || role FROM users WHERE email = ?")
                        .param(cast.participant().email())
                        .query(String.class)
                        .single())
                .as("an existing account is not changed")
                .doesNotContain("Changed", "admin");
        assertThat(jdbc.sql("SELECT recipient FROM mail_outbox WHERE template = 'invitation' ORDER BY recipient")
                        .query(String.class)
                        .list())
                .containsExactly("new.one@csv.test", "new.trainer@csv.test");
        assertThat(count("activity_logs WHERE action = 'users_imported'")).isEqualTo(1);
        assertThat(count("activity_logs WHERE action = 'user_created' AND metadata->>'invited' = 'true'"))
                .isEqualTo(2);
        assertThat(count("activity_logs WHERE action = 'invitation_sent'"))
                .as("each invitation mailed is an entry of its own")
                .isEqualTo(2);
    }

    @Test
    void aDryRunOfAccountsSendsNoInvitation() {
        MvcTestResult dryRun = upload(
                "/api/v1/users/import?dryRun=true", cast.admin(), "email,first_name,last_name\nx@csv.test,X,Y\n");

        assertThat(dryRun).hasStatusOk();
        assertThat(count("users WHERE email = 'x@csv.test'")).isZero();
        assertThat(count("mail_outbox")).isZero();
    }

    @Test
    void aRowTheDatabaseRefusesIsReportedAndTheRowsAfterItAreStillChecked() {
        jdbc.sql("ALTER TABLE users ADD CONSTRAINT refuses_one CHECK (email <> 'refused@csv.test') NOT VALID")
                .update();
        try {
            String csv = "email,first_name,last_name\nbefore@csv.test,A,B\nrefused@csv.test,C,D\nafter@csv.test,E,F\n";

            MvcTestResult dryRun = upload("/api/v1/users/import?dryRun=true", cast.admin(), csv);
            assertThat(dryRun).hasStatusOk();
            assertThat(dryRun).bodyJson().extractingPath("$.valid").isEqualTo(false);
            assertThat(dryRun).bodyJson().extractingPath("$.results[0].outcome").isEqualTo("invited");
            assertThat(dryRun)
                    .bodyJson()
                    .extractingPath("$.results[1].errors[0].message")
                    .isEqualTo("This row could not be saved.");
            assertThat(dryRun)
                    .as("checked after the refused row")
                    .bodyJson()
                    .extractingPath("$.results[2].outcome")
                    .isEqualTo("invited");

            assertThat(upload("/api/v1/users/import", cast.admin(), csv)).hasStatus(400);
            assertThat(count("users WHERE email LIKE '%@csv.test'")).isZero();
            assertThat(count("mail_outbox")).isZero();
        } finally {
            jdbc.sql("ALTER TABLE users DROP CONSTRAINT refuses_one").update();
        }
    }

    @Test
    void theFlagAloneAsksForADryRunAndAnUnreadableOneChangesNothing() {
        String csv = "email,first_name,last_name\nx@csv.test,X,Y\n";

        MvcTestResult bare = upload("/api/v1/users/import?dryRun", cast.admin(), csv);
        assertThat(bare).hasStatusOk();
        assertThat(bare).bodyJson().extractingPath("$.dryRun").isEqualTo(true);
        MvcTestResult anyCase = upload("/api/v1/users/import?dryRun=TRUE", cast.admin(), csv);
        assertThat(anyCase).bodyJson().extractingPath("$.dryRun").isEqualTo(true);
        MvcTestResult unreadable = upload("/api/v1/users/import?dryRun=maybe", cast.admin(), csv);
        assertThat(unreadable).hasStatus(400);
        assertThat(unreadable).bodyJson().extractingPath("$.errors[0].field").isEqualTo("dryRun");
        assertThat(count("users WHERE email = 'x@csv.test'")).isZero();
        assertThat(count("mail_outbox")).isZero();

        assertThat(upload("/api/v1/users/import?dryRun=false", cast.admin(), csv))
                .bodyJson()
                .extractingPath("$.dryRun")
                .isEqualTo(false);
        assertThat(count("users WHERE email = 'x@csv.test'")).isOne();
    }

    @Test
    void onlyTheirTrainersAndAdminsImport() {
        String users = "email,first_name,last_name\nx@csv.test,X,Y\n";
        assertThat(upload("/api/v1/users/import", null, users)).hasStatus(401);
        assertThat(upload("/api/v1/users/import", cast.participant(), users)).hasStatus(403);
        assertThat(upload("/api/v1/users/import", cast.trainer(), users))
                .as("a trainer creates no account")
                .hasStatus(403);

        String enrolments = "email\n" + cast.participant().email() + "\n";
        String path = "/api/v1/trainings/" + training + "/enrollments/import";
        assertThat(upload(path, cast.otherTrainer(), enrolments)).hasStatus(403);
        assertThat(upload(path, cast.participant(), enrolments)).hasStatus(403);
        assertThat(upload(path, cast.admin(), enrolments)).hasStatusOk();

        String marks = "email,status\n" + cast.participant().email() + ",present\n";
        String attendance = "/api/v1/sessions/" + session + "/attendance/import";
        assertThat(upload(attendance, cast.otherTrainer(), marks)).hasStatus(403);
        assertThat(upload(attendance, cast.participant(), marks)).hasStatus(403);
        assertThat(count("attendance")).isZero();
    }

    @Test
    void theFileMustBeCsvOfAtMostOneMebibyte() {
        assertThat(mvc.post()
                        .uri("/api/v1/users/import")
                        .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .exchange())
                .hasStatus(415);
        String huge = "email,first_name,last_name\n" + "x@csv.test,X,Y\n".repeat(80_000);
        assertThat(upload("/api/v1/users/import", cast.admin(), huge)).hasStatus(413);
        assertRefused(
                upload("/api/v1/users/import", cast.admin(), "name\nAwa\n"),
                "$.report.errors[0].message",
                "The header has no \"email\" column.");
        assertRefused(
                upload("/api/v1/users/import", cast.admin(), "email,first_name,last_name\nx@csv.test,X\0,Y\n"),
                "$.report.errors[0].message",
                "This cell holds a NUL character, which cannot be stored: save the file again from the spreadsheet.");
        assertRefused(
                upload("/api/v1/users/import", cast.admin(), ""),
                "$.detail",
                "The request has no body: send the JSON or the file this operation reads.");
    }

    private static void assertRefused(MvcTestResult result, String path, String saying) {
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath(path).isEqualTo(saying);
    }

    private void seat(SignedIn... participants) {
        for (SignedIn participant : participants) {
            TestData.shared().enrol(participant.id(), training, "active");
        }
    }

    private MvcTestResult upload(String path, SignedIn caller, String csv) {
        var request = mvc.post().uri(path).contentType(CSV).content(csv.getBytes(StandardCharsets.UTF_8));
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.exchange();
    }

    private void awaitAWaitingLock() throws InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            if (count("pg_locks WHERE NOT granted") > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never waited for the training's lock");
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndCondition)
                .query(Long.class)
                .single();
    }
}
