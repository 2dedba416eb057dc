package cm.resultinstitute.platform.enrollments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cm.resultinstitute.platform.shared.web.Problems;
import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedMail;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Until their address is verified, participants may sign in and browse, but neither enrol, nor join a waiting list,
 * nor check in: 403 {@code email-not-verified}, and nothing changes. Staff may still enrol them.
 */
@PlatformTest
class UnverifiedAddressApiTest {

    static final String NOT_VERIFIED = Problems.TYPE_BASE + "email-not-verified";
    static final Instant START = Instant.parse("2030-03-10T08:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    Cast cast;
    SignedIn unverified;
    int training;

    @BeforeEach
    void aPublishedTrainingAndAnUnverifiedParticipant() {
        jdbc.sql("TRUNCATE users, trainings, mail_outbox, rate_limits RESTART IDENTITY CASCADE")
                .update();
        SharedMail.clear();
        cast = Cast.create(mvc);
        unverified = Logins.newUser(mvc, "unverified@example.com", "participant");
        jdbc.sql("UPDATE users SET email_verified = FALSE WHERE id = ?")
                .param(unverified.id())
                .update();
        training = TestData.shared()
                .training(
                        "Leading Teams",
                        "published",
                        LocalDate.of(2030, 3, 1),
                        LocalDate.of(2030, 4, 30),
                        cast.trainer().id());
    }

    @AfterEach
    void realTime() {
        MutableClock.INSTANCE.reset();
    }

    @Test
    void anUnverifiedParticipantSignsInAndBrowsesButCannotEnrol() {
        assertThat(send(unverified, HttpMethod.GET, "/api/v1/me", null))
                .bodyJson()
                .extractingPath("$.emailVerified")
                .isEqualTo(false);
        assertThat(send(unverified, HttpMethod.GET, "/api/v1/trainings/" + training, null))
                .hasStatusOk();

        MvcTestResult refused = enrol(unverified, "{}");

        assertThat(refused).hasStatus(403);
        assertThat(refused).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo(NOT_VERIFIED);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Confirm your email address first: follow the link we mailed you, or ask for a new one.");
        assertThat(count("SELECT count(*) FROM enrollments")).isZero();
        assertThat(count("SELECT count(*) FROM activity_logs WHERE action = 'enrollment_created'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM mail_outbox")).isZero();
    }

    @Test
    void theRefusalSpeaksTheCallersLanguage() {
        MvcTestResult refused = mvc.post()
                .uri("/api/v1/trainings/" + training + "/enrollments")
                .header(HttpHeaders.AUTHORIZATION, unverified.bearer())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();
        assertThat(refused).hasStatus(403);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo(NOT_VERIFIED);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .startsWith("Confirmez d'abord votre adresse e-mail");
    }

    @Test
    void anUnverifiedParticipantCannotJoinAWaitingList() {
        TestData.shared().limitSeats(training, 1);
        assertThat(enrol(cast.participant(), "{}")).hasStatus(201);

        MvcTestResult refused = send(unverified, HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null);

        assertThat(refused).hasStatus(403);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo(NOT_VERIFIED);
        assertThat(count("SELECT count(*) FROM waiting_list")).isZero();
        assertThat(send(cast.otherParticipant(), HttpMethod.POST, "/api/v1/trainings/" + training + "/waitlist", null))
                .as("a verified participant joins it")
                .hasStatus(201);
    }

    @Test
    void staffEnrolAnUnverifiedParticipantWhoStillCannotCheckIn() {
        MvcTestResult enrolled = enrol(cast.trainer(), "{\"userId\": " + unverified.id() + "}");
        assertThat(enrolled).as("the trainer vouches for the seat").hasStatus(201);
        assertThat(send(unverified, HttpMethod.GET, "/api/v1/me", null))
                .as("but not for the address")
                .bodyJson()
                .extractingPath("$.emailVerified")
                .isEqualTo(false);
        int session = TestData.shared().session(training, "Kick-off", START, 120);
        MutableClock.INSTANCE.setTo(START.plus(Duration.ofMinutes(5)));
        // Access tokens live 15 minutes of the platform's clock: sign in again at the session's time.
        SignedIn trainer = Logins.signIn(mvc, cast.trainer().email(), TestAccounts.PASSWORD);
        SignedIn participant = Logins.signIn(mvc, unverified.email(), TestAccounts.PASSWORD);

        MvcTestResult refused = send(
                participant,
                HttpMethod.POST,
                "/api/v1/sessions/" + session + "/check-in",
                "{\"code\": \"" + currentCode(trainer, session) + "\"}");

        assertThat(refused).hasStatus(403);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo(NOT_VERIFIED);
        assertThat(count("SELECT count(*) FROM attendance")).isZero();
        assertThat(count("SELECT count(*) FROM activity_logs WHERE action = 'check_in'"))
                .isZero();
    }

    @Test
    void adminsEnrolUnverifiedParticipantsToo() {
        assertThat(enrol(cast.admin(), "{\"userId\": " + unverified.id() + "}")).hasStatus(201);
        assertThat(count("SELECT count(*) FROM enrollments WHERE user_id = " + unverified.id()
                        + " AND status = 'active'"))
                .isEqualTo(1);
    }

    @Test
    void aRegisteredParticipantEnrolsOnceTheMailedLinkConfirmsTheAddress() {
        assertThat(mvc.post()
                        .uri("/api/v1/auth/register")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"newcomer@example.com\", \"password\": \"Long-enough-1\","
                                + " \"firstName\": \"New\", \"lastName\": \"Comer\"}")
                        .exchange())
                .hasStatus(201);
        SignedIn newcomer = Logins.signIn(mvc, "newcomer@example.com", "Long-enough-1");
        assertThat(enrol(newcomer, "{}")).hasStatus(403);

        String token = Mailbox.token(Mailbox.awaitMailTo("newcomer@example.com", "Confirm your email address"));
        assertThat(mvc.post()
                        .uri("/api/v1/auth/verify-email")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\": \"" + token + "\"}")
                        .exchange())
                .hasStatus(204);

        assertThat(enrol(newcomer, "{}")).hasStatus(201);
        assertThat(send(newcomer, HttpMethod.GET, "/api/v1/me", null))
                .bodyJson()
                .extractingPath("$.emailVerified")
                .isEqualTo(true);
    }

    /**
     * The rule is read in the seat's transaction, under a share lock of the user's row: an admin withdrawing the
     * address's verification at that moment is waited for, and seen, before a seat is given.
     */
    @Test
    void anAddressWithdrawnWhileEnrollingIsSeenBeforeTheSeatIsTaken() throws Exception {
        SignedIn participant = cast.participant();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/trainings/" + training + "/enrollments"))
                .header("Authorization", participant.bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        try (Connection admin = dataSource.getConnection();
                Statement statement = admin.createStatement()) {
            admin.setAutoCommit(false);
            statement.executeUpdate("UPDATE users SET email_verified = FALSE WHERE id = " + participant.id());

            CompletableFuture<HttpResponse<String>> enrolling =
                    HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> enrolling.isDone() || waitingForTheUsersRow());
            assertThat(enrolling)
                    .as("the enrolment waits for the admin's change")
                    .isNotDone();
            admin.commit();

            HttpResponse<String> response = enrolling.get();
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo(NOT_VERIFIED);
        }
        assertThat(count("SELECT count(*) FROM enrollments")).isZero();
    }

    private boolean waitingForTheUsersRow() {
        return count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND query LIKE '%email_verified%FOR SHARE%'")
                > 0;
    }

    private String currentCode(SignedIn trainer, int session) {
        return JsonPath.read(
                Logins.body(send(trainer, HttpMethod.GET, "/api/v1/sessions/" + session + "/check-in-code", null)),
                "$.code");
    }

    private MvcTestResult enrol(SignedIn caller, String json) {
        return send(caller, HttpMethod.POST, "/api/v1/trainings/" + training + "/enrollments", json);
    }

    private MvcTestResult send(SignedIn caller, HttpMethod method, String uri, String json) {
        var request = mvc.method(method).uri(uri).header(HttpHeaders.AUTHORIZATION, caller.bearer());
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
