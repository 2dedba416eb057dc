package cm.resultinstitute.platform.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.ApiCalls;
import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SharedMail;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Enrolment: seats never over the limit, a waiting list that moves up, and the status rules. */
@PlatformTest
class EnrolmentApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Cast cast;
    int training;

    @BeforeEach
    void aPublishedTraining() {
        jdbc.sql("TRUNCATE users, trainings, mail_outbox RESTART IDENTITY CASCADE")
                .update();
        SharedMail.clear();
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
    void participantEnrolsThemselfAndIsMailed() {
        MvcTestResult enrolled = enrol(cast.participant(), "{}");
        assertThat(enrolled).hasStatus(201);
        assertThat(enrolled)
                .bodyJson()
                .extractingPath("$.userId")
                .isEqualTo(cast.participant().id());
        assertThat(enrolled).bodyJson().extractingPath("$.status").isEqualTo("active");
        assertThat(enrolled).bodyJson().extractingPath("$.progress").isEqualTo(0);
        assertThat(enrolled.getResponse().getHeader(HttpHeaders.LOCATION)).matches(".*/api/v1/enrollments/\\d+");
        assertThat(Mailbox.decoded(Mailbox.awaitMailTo(cast.participant().email(), "Your enrolment is confirmed")))
                .contains("Leading Teams");
        assertThat(enrol(cast.participant(), "{}")).as("twice").hasStatus(409);
        assertThat(enrol(
                        cast.participant(),
                        "{\"userId\": " + cast.otherParticipant().id() + "}"))
                .as("someone else")
                .hasStatus(403);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'enrollment_created'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void trainersEnrolParticipantsInTheirTrainingsOnly() {
        assertThat(enrol(cast.trainer(), "{\"userId\": " + cast.participant().id() + "}"))
                .hasStatus(201);
        assertThat(enrol(
                        cast.otherTrainer(),
                        "{\"userId\": " + cast.otherParticipant().id() + "}"))
                .hasStatus(403);
        assertThat(enrol(cast.admin(), "{\"userId\": " + cast.otherParticipant().id() + "}"))
                .hasStatus(201);
        assertThat(enrol(cast.trainer(), "{}")).as("whom?").hasStatus(400);
        assertThat(enrol(cast.trainer(), "{\"userId\": " + cast.otherTrainer().id() + "}"))
                .as("not a participant")
                .hasStatus(400);
        assertThat(enrol(cast.trainer(), "{\"userId\": 999999}")).hasStatus(400);
    }

    @Test
    void closedTrainingsRefuseEnrolment() {
        int draft = TestData.shared()
                .training("Not yet", "draft", null, null, cast.trainer().id());
        int ended = TestData.shared()
                .training(
                        "Over",
                        "published",
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 2, 1),
                        cast.trainer().id());
        assertThat(send(cast.participant(), HttpMethod.POST, "/api/v1/trainings/" + draft + "/enrollments", "{}"))
                .as("invisible draft")
                .hasStatus(404);
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.POST,
                        "/api/v1/trainings/" + draft + "/enrollments",
                        "{\"userId\": " + cast.participant().id() + "}"))
                .as("not published")
                .hasStatus(409);
        MvcTestResult over =
                send(cast.participant(), HttpMethod.POST, "/api/v1/trainings/" + ended + "/enrollments", "{}");
        assertThat(over).hasStatus(409);
        assertThat(over).bodyJson().extractingPath("$.type").asString().endsWith("/training-ended");
    }

    @Test
    void aFullTrainingOffersItsWaitingListWhichMovesUpWhenASeatFrees() {
        TestData.shared().limitSeats(training, 1);
        int seat = ApiCalls.createdId(enrol(cast.participant(), "{}"));
        MvcTestResult full = enrol(cast.otherParticipant(), "{}");
        assertThat(full).hasStatus(409);
        assertThat(full).bodyJson().extractingPath("$.type").asString().endsWith("/training-full");
        assertThat(full).bodyJson().extractingPath("$.waitingListAvailable").isEqualTo(true);

        MvcTestResult joined =
                send(cast.otherParticipant(), HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null);
        assertThat(joined).hasStatus(201);
        assertThat(joined).headers().hasValue("Location", "/api/v1/trainings/" + training + "/waitlist");
        assertThat(joined).bodyJson().extractingPath("$.position").isEqualTo(1);
        SignedIn third = Logins.newUser(mvc, "third@example.com", "participant");
        assertThat(send(third, HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null))
                .bodyJson()
                .extractingPath("$.position")
                .isEqualTo(2);

        assertThat(send(
                        cast.participant(),
                        HttpMethod.PATCH,
                        "/api/v1/enrollments/" + seat,
                        "{\"status\": \"dropped\"}"))
                .hasStatusOk();

        assertThat(seated(cast.otherParticipant()))
                .as("first in line got the seat")
                .isEqualTo("active");
        assertThat(seated(third)).isNull();
        assertThat(Mailbox.decoded(
                        Mailbox.awaitMailTo(cast.otherParticipant().email(), "A seat freed up: you are enrolled")))
                .contains("Leading Teams");
        assertThat(send(third, HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null))
                .bodyJson()
                .extractingPath("$.position")
                .isEqualTo(1);
    }

    @Test
    void suspendingOrRaisingTheLimitAlsoMovesTheWaitingListUp() {
        TestData.shared().limitSeats(training, 1);
        int seat = ApiCalls.createdId(enrol(cast.participant(), "{}"));
        send(cast.otherParticipant(), HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null);
        SignedIn third = Logins.newUser(mvc, "patient@example.com", "participant");
        send(third, HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null);

        assertThat(send(cast.trainer(), HttpMethod.PATCH, "/api/v1/enrollments/" + seat, "{\"status\": \"suspended\"}"))
                .hasStatusOk();
        assertThat(seated(cast.otherParticipant())).isEqualTo("active");

        assertThat(send(cast.trainer(), HttpMethod.PATCH, "/api/v1/trainings/" + training, "{\"maxParticipants\": 3}"))
                .hasStatusOk();
        assertThat(seated(third)).isEqualTo("active");
        assertThat(send(cast.trainer(), HttpMethod.PATCH, "/api/v1/enrollments/" + seat, "{\"status\": \"active\"}"))
                .as("the suspended participant takes the third seat back")
                .hasStatusOk();
    }

    @Test
    void removingTheLimitSeatsTheWholeWaitingList() {
        TestData.shared().limitSeats(training, 1);
        enrol(cast.participant(), "{}");
        send(cast.otherParticipant(), HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null);

        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/trainings/" + training,
                        "{\"maxParticipants\": null}"))
                .hasStatusOk();

        assertThat(seated(cast.otherParticipant())).isEqualTo("active");
    }

    @Test
    void aSeatFreedOnceTheTrainingEndedGoesToNobody() {
        TestData.shared().limitSeats(training, 1);
        int seat = ApiCalls.createdId(enrol(cast.participant(), "{}"));
        send(cast.otherParticipant(), HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null);
        jdbc.sql("UPDATE trainings SET start_date = DATE '2020-01-01', end_date = DATE '2020-02-01' WHERE id = ?")
                .param(training)
                .update();

        assertThat(send(cast.trainer(), HttpMethod.PATCH, "/api/v1/enrollments/" + seat, "{\"status\": \"dropped\"}"))
                .hasStatusOk();

        assertThat(seated(cast.otherParticipant()))
                .as("still waiting, not enrolled in a past training")
                .isNull();
    }

    @Test
    void aSuspendedParticipantComesBackOnlyIntoAFreeSeat() {
        TestData.shared().limitSeats(training, 1);
        int seat = ApiCalls.createdId(enrol(cast.participant(), "{}"));
        assertThat(send(cast.trainer(), HttpMethod.PATCH, "/api/v1/enrollments/" + seat, "{\"status\": \"suspended\"}"))
                .hasStatusOk();
        assertThat(enrol(cast.otherParticipant(), "{}")).hasStatus(201);

        MvcTestResult back =
                send(cast.admin(), HttpMethod.PATCH, "/api/v1/enrollments/" + seat, "{\"status\": \"active\"}");

        assertThat(back).hasStatus(409);
        assertThat(back).bodyJson().extractingPath("$.type").asString().endsWith("/training-full");
        assertThat(seated(cast.participant())).isEqualTo("suspended");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM enrollments WHERE training_id = ? AND status IN ('active', 'completed')")
                        .param(training)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void leavingTheWaitingList() {
        TestData.shared().limitSeats(training, 1);
        enrol(cast.participant(), "{}");
        send(cast.otherParticipant(), HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null);
        assertThat(send(
                        cast.otherParticipant(),
                        HttpMethod.DELETE,
                        "/api/v1/trainings/" + training + "/waitlist",
                        null))
                .hasStatus(204);
        assertThat(jdbc.sql("SELECT count(*) FROM waiting_list")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(send(cast.trainer(), HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null))
                .as("participants only")
                .hasStatus(403);
        assertThat(send(cast.participant(), HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null))
                .as("already seated")
                .hasStatus(409);
        TestData.shared().limitSeats(training, 5);
        assertThat(send(cast.otherParticipant(), HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null))
                .as("seats left: enrol instead")
                .hasStatus(409);
    }

    @Test
    void fiftyParallelEnrolmentsForTenSeatsTakeExactlyTen() throws Exception {
        TestData.shared().limitSeats(training, 10);
        List<SignedIn> crowd = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int id = TestData.shared().user("crowd" + i + "@example.com", "participant");
            crowd.add(new SignedIn(id, "crowd" + i + "@example.com", null, null));
        }
        List<String> tokens = crowd.stream()
                .map(person -> Logins.signIn(
                                mvc, person.email(), cm.resultinstitute.platform.test.TestAccounts.PASSWORD)
                        .accessToken())
                .toList();
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String token : tokens) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/v1/trainings/" + training + "/enrollments"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build();
                statuses.add(pool.submit(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            assertThat(results).filteredOn(status -> status == 201).hasSize(10);
            assertThat(results).filteredOn(status -> status == 409).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM enrollments WHERE training_id = ? AND status = 'active'")
                        .param(training)
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "active, suspended, 200",
        "active, completed, 200",
        "active, dropped, 200",
        "suspended, active, 200",
        "suspended, completed, 409",
        "suspended, dropped, 409",
        "completed, active, 409",
        "completed, dropped, 409",
        "completed, suspended, 409",
        "dropped, active, 409",
        "dropped, completed, 409",
        "dropped, suspended, 409"
    })
    void enrolmentStatusFollowsItsMachine(String from, String to, int expected) {
        int enrollment = TestData.shared().enrol(cast.participant().id(), training, from);
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/enrollments/" + enrollment,
                        "{\"status\": \"" + to + "\"}"))
                .hasStatus(expected);
    }

    @Test
    void completingSetsProgressAndDateAndADroppedParticipantComesBackOnTheSameRow() {
        int enrollment = ApiCalls.createdId(enrol(cast.participant(), "{}"));
        MvcTestResult completed = send(
                cast.trainer(), HttpMethod.PATCH, "/api/v1/enrollments/" + enrollment, "{\"status\": \"completed\"}");
        assertThat(completed).bodyJson().extractingPath("$.progress").isEqualTo(100);
        assertThat(completed).bodyJson().extractingPath("$.completionDate").isNotNull();
        MvcTestResult lowered =
                send(cast.trainer(), HttpMethod.PATCH, "/api/v1/enrollments/" + enrollment, "{\"progress\": 30}");
        assertThat(lowered).hasStatus(409);
        assertThat(lowered).bodyJson().extractingPath("$.type").asString().endsWith("/completed-progress");
        assertThat(jdbc.sql("SELECT progress FROM enrollments WHERE id = ?")
                        .param(enrollment)
                        .query(Integer.class)
                        .single())
                .isEqualTo(100);

        int other = ApiCalls.createdId(enrol(cast.otherParticipant(), "{}"));
        assertThat(send(
                        cast.otherParticipant(),
                        HttpMethod.PATCH,
                        "/api/v1/enrollments/" + other,
                        "{\"status\": \"dropped\"}"))
                .hasStatusOk();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'enrollment_dropped'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        MvcTestResult back = enrol(cast.otherParticipant(), "{}");
        assertThat(back).hasStatus(201);
        assertThat(back).bodyJson().extractingPath("$.id").isEqualTo(other);
    }

    @Test
    void participantsMayOnlyDropTheirOwnEnrolment() {
        int enrollment = ApiCalls.createdId(enrol(cast.participant(), "{}"));
        assertThat(send(
                        cast.participant(),
                        HttpMethod.PATCH,
                        "/api/v1/enrollments/" + enrollment,
                        "{\"progress\": 100}"))
                .hasStatus(403);
        assertThat(send(
                        cast.participant(),
                        HttpMethod.PATCH,
                        "/api/v1/enrollments/" + enrollment,
                        "{\"status\": \"completed\"}"))
                .hasStatus(403);
        assertThat(send(cast.otherParticipant(), HttpMethod.GET, "/api/v1/enrollments/" + enrollment, null))
                .hasStatus(404);
        assertThat(send(
                        cast.otherParticipant(),
                        HttpMethod.PATCH,
                        "/api/v1/enrollments/" + enrollment,
                        "{\"status\": \"dropped\"}"))
                .hasStatus(404);
        assertThat(send(cast.otherTrainer(), HttpMethod.GET, "/api/v1/enrollments/" + enrollment, null))
                .hasStatus(404);
        assertThat(send(cast.trainer(), HttpMethod.PATCH, "/api/v1/enrollments/" + enrollment, "{\"progress\": 101}"))
                .hasStatus(400);
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/enrollments/" + enrollment,
                        "{\"progress\": 55, \"notes\": \"Good\"}"))
                .bodyJson()
                .extractingPath("$.progress")
                .isEqualTo(55);
        assertThat(send(cast.trainer(), HttpMethod.PATCH, "/api/v1/enrollments/" + enrollment, "{\"progress\": 60}"))
                .bodyJson()
                .extractingPath("$.notes")
                .as("left out, the notes stay")
                .isEqualTo("Good");
        assertThat(send(cast.trainer(), HttpMethod.PATCH, "/api/v1/enrollments/" + enrollment, "{\"notes\": null}"))
                .bodyJson()
                .extractingPath("$.notes")
                .as("sent as null, they are cleared")
                .isNull();
        assertThat(send(
                        cast.participant(),
                        HttpMethod.PATCH,
                        "/api/v1/enrollments/" + enrollment,
                        "{\"status\": \"dropped\", \"notes\": null}"))
                .as("a participant only drops")
                .hasStatus(403);
    }

    @Test
    void theTrainingsListShowsWhoIsEnrolledInTwoQueries() {
        for (int i = 0; i < 15; i++) {
            int user = TestData.shared().user("listed" + i + "@example.com", "participant");
            TestData.shared().enrol(user, training, i % 3 == 0 ? "completed" : "active");
        }
        QueryCounting.reset();
        MvcTestResult list =
                send(cast.trainer(), HttpMethod.GET, "/api/v1/trainings/" + training + "/enrollments?size=100", null);
        assertThat(QueryCounting.selects()).isBetween(1L, 3L);
        assertThat(list).bodyJson().extractingPath("$.page.totalElements").isEqualTo(15);
        assertThat(list)
                .bodyJson()
                .extractingPath("$.content[0].email")
                .asString()
                .endsWith("@example.com");
        assertThat(list)
                .bodyJson()
                .extractingPath("$.content[0].participantName")
                .isNotNull();
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.GET,
                        "/api/v1/trainings/" + training + "/enrollments?status=completed",
                        null))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(5);
        assertThat(send(cast.otherTrainer(), HttpMethod.GET, "/api/v1/trainings/" + training + "/enrollments", null))
                .hasStatus(403);
        assertThat(send(cast.participant(), HttpMethod.GET, "/api/v1/trainings/" + training + "/enrollments", null))
                .hasStatus(403);
    }

    @Test
    void myEnrolmentsShowTrainingProgressAndAttendance() {
        ApiCalls.createdId(enrol(cast.participant(), "{}"));
        int session = TestData.shared().session(training, "One", java.time.Instant.parse("2030-03-10T08:00:00Z"), 60);
        TestData.shared().session(training, "Two", java.time.Instant.parse("2030-03-11T08:00:00Z"), 60);
        TestData.shared().attended(session, cast.participant().id(), "present");
        MvcTestResult mine = send(cast.participant(), HttpMethod.GET, "/api/v1/me/enrollments", null);
        assertThat(mine).bodyJson().extractingPath("$.content[0].trainingTitle").isEqualTo("Leading Teams");
        assertThat(mine)
                .bodyJson()
                .extractingPath("$.content[0].attendanceRate")
                .isEqualTo(50.0);
        assertThat(mine)
                .bodyJson()
                .extractingPath("$.content[0].attendedSessions")
                .isEqualTo(1);
        assertThat(send(cast.otherParticipant(), HttpMethod.GET, "/api/v1/me/enrollments", null))
                .bodyJson()
                .extractingPath("$.page.totalElements")
                .isEqualTo(0);
    }

    private String seated(SignedIn user) {
        return jdbc.sql("SELECT status FROM enrollments WHERE user_id = ? AND training_id = ?")
                .params(user.id(), training)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private MvcTestResult enrol(SignedIn caller, String json) {
        return send(caller, HttpMethod.POST, "/api/v1/trainings/" + training + "/enrollments", json);
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
