package cm.resultinstitute.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every endpoint of trainings, sessions, enrolment, waiting lists, attendance and certificates, called by each kind of
 * caller with a real token: 404 for what they may not see, 403 for what they may see but not change.
 */
@PlatformTest
class TrainingOperationsAuthorizationMatrixTest {

    static final List<String> ROLES =
            List.of("anonymous", "participant", "otherParticipant", "trainer", "otherTrainer", "admin");
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    static Cast cast;
    static int training;
    static int draft;
    static int open;
    static int full;
    static int session;
    static int enrollment;
    static int completed;
    static int certifiable;
    static String code;

    @Autowired
    MockMvcTester mvc;

    /** How to call an endpoint (knowing the role), and the status per role in {@link #ROLES} order. */
    record Endpoint(
            String name,
            HttpMethod method,
            BiFunction<String, Cast, String> uri,
            BiFunction<String, Cast, String> body,
            int... statuses) {

        static Endpoint of(String name, HttpMethod method, String uri, String body, int... statuses) {
            return new Endpoint(
                    name, method, (role, cast) -> uri, body == null ? null : (role, cast) -> body, statuses);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void institute(@Autowired MockMvcTester mvc, @Autowired JdbcClient jdbc) {
        cast = Cast.create(mvc);
        TestData data = TestData.shared();
        int trainer = cast.trainer().id();
        training = data.training("Published", "published", null, null, trainer);
        draft = data.training("Draft", "draft", null, null, trainer);
        open = data.training("Open", "published", null, null, trainer);
        full = data.training("Full", "published", null, null, trainer);
        data.limitSeats(full, 1);
        data.enrol(data.user("seated@example.com", "participant"), full, "active");
        session = data.session(
                training, "Now", Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS), 60);
        enrollment = data.enrol(cast.participant().id(), training, "active");
        int finished = data.training("Finished", "published", null, null, trainer);
        int held = data.session(finished, "Held", Instant.now().minus(Duration.ofDays(3)), 60);
        completed = data.enrol(cast.participant().id(), finished, "completed");
        data.attended(held, cast.participant().id(), "present");
        code = jdbc.sql(
                        "INSERT INTO certificates (enrollment_id, code, attendance_rate) VALUES (?, 'MATRX-CODE1-AAAAA-BBBBB-CCCCC', 100)"
                                + " RETURNING code")
                .param(completed)
                .query(String.class)
                .single();
        int secondCompleted = data.enrol(cast.otherParticipant().id(), finished, "completed");
        data.attended(held, cast.otherParticipant().id(), "present");
        certifiable = secondCompleted;
    }

    static Stream<Arguments> calls() {
        String t = "/api/v1/trainings/";
        List<Endpoint> endpoints = List.of(
                Endpoint.of("GET /trainings", HttpMethod.GET, "/api/v1/trainings", null, 200, 200, 200, 200, 200, 200),
                new Endpoint(
                        "GET /trainings/{id} published",
                        HttpMethod.GET,
                        (r, c) -> t + training,
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "GET /trainings/{id} draft",
                        HttpMethod.GET,
                        (r, c) -> t + draft,
                        null,
                        404,
                        404,
                        404,
                        200,
                        404,
                        200),
                Endpoint.of(
                        "POST /trainings",
                        HttpMethod.POST,
                        "/api/v1/trainings",
                        "{\"title\": \"New\"}",
                        401,
                        403,
                        403,
                        201,
                        201,
                        201),
                new Endpoint(
                        "PATCH /trainings/{id}",
                        HttpMethod.PATCH,
                        (r, c) -> t + training,
                        (r, c) -> "{\"description\": \"D\"}",
                        401,
                        403,
                        403,
                        200,
                        403,
                        200),
                new Endpoint(
                        "DELETE /trainings/{id}",
                        HttpMethod.DELETE,
                        (r, c) -> t
                                + TestData.shared()
                                        .training(
                                                "Gone " + SEQUENCE.incrementAndGet(),
                                                "draft",
                                                null,
                                                null,
                                                c.trainer().id()),
                        null,
                        401,
                        404,
                        404,
                        204,
                        404,
                        204),
                new Endpoint(
                        "GET /trainings/{id}/summary",
                        HttpMethod.GET,
                        (r, c) -> t + training + "/summary",
                        null,
                        401,
                        403,
                        403,
                        200,
                        403,
                        200),
                new Endpoint(
                        "GET /trainings/{id}/sessions",
                        HttpMethod.GET,
                        (r, c) -> t + training + "/sessions",
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "POST /trainings/{id}/sessions",
                        HttpMethod.POST,
                        (r, c) -> t + training + "/sessions",
                        (r, c) -> "{\"title\": \"S\", \"sessionDate\": \"2031-01-01T08:00:00Z\"}",
                        401,
                        403,
                        403,
                        201,
                        403,
                        201),
                new Endpoint(
                        "POST /trainings/{id}/sessions/series",
                        HttpMethod.POST,
                        (r, c) -> t + training + "/sessions/series",
                        (r, c) ->
                                "{\"title\": \"S\", \"firstDate\": \"2031-01-01\", \"until\": \"2031-01-07\", \"daysOfWeek\": [\"MONDAY\"],"
                                        + " \"time\": \"09:00\", \"timeZone\": \"Africa/Douala\"}",
                        401,
                        403,
                        403,
                        201,
                        403,
                        201),
                new Endpoint(
                        "GET /trainings/{id}/calendar.ics",
                        HttpMethod.GET,
                        (r, c) -> t + training + "/calendar.ics",
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "GET /sessions/{id}",
                        HttpMethod.GET,
                        (r, c) -> "/api/v1/sessions/" + session,
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "PATCH /sessions/{id}",
                        HttpMethod.PATCH,
                        (r, c) -> "/api/v1/sessions/" + session,
                        (r, c) -> "{\"notes\": \"N\"}",
                        401,
                        403,
                        403,
                        200,
                        403,
                        200),
                new Endpoint(
                        "DELETE /sessions/{id}",
                        HttpMethod.DELETE,
                        (r, c) -> "/api/v1/sessions/"
                                + TestData.shared()
                                        .session(training, "Gone", Instant.parse("2031-02-01T08:00:00Z"), 60),
                        null,
                        401,
                        403,
                        403,
                        204,
                        403,
                        204),
                new Endpoint(
                        "POST /trainings/{id}/enrollments",
                        HttpMethod.POST,
                        (r, c) -> t + open + "/enrollments",
                        (r, c) -> r.contains("articipant") || r.equals("anonymous")
                                ? "{}"
                                : "{\"userId\": "
                                        + TestData.shared()
                                                .user(
                                                        "enrolled" + SEQUENCE.incrementAndGet() + "@example.com",
                                                        "participant")
                                        + "}",
                        401,
                        201,
                        201,
                        201,
                        403,
                        201),
                new Endpoint(
                        "GET /trainings/{id}/enrollments",
                        HttpMethod.GET,
                        (r, c) -> t + training + "/enrollments",
                        null,
                        401,
                        403,
                        403,
                        200,
                        403,
                        200),
                new Endpoint(
                        "POST /trainings/{id}/waitlist",
                        HttpMethod.POST,
                        (r, c) -> t + full + "/waitlist",
                        null,
                        401,
                        201,
                        201,
                        403,
                        403,
                        403),
                new Endpoint(
                        "DELETE /trainings/{id}/waitlist",
                        HttpMethod.DELETE,
                        (r, c) -> t + full + "/waitlist",
                        null,
                        401,
                        204,
                        204,
                        204,
                        204,
                        204),
                new Endpoint(
                        "GET /enrollments/{id}",
                        HttpMethod.GET,
                        (r, c) -> "/api/v1/enrollments/" + enrollment,
                        null,
                        401,
                        200,
                        404,
                        200,
                        404,
                        200),
                new Endpoint(
                        "PATCH /enrollments/{id}",
                        HttpMethod.PATCH,
                        (r, c) -> "/api/v1/enrollments/" + enrollment,
                        (r, c) -> "{\"notes\": \"Seen\"}",
                        401,
                        403,
                        404,
                        200,
                        404,
                        200),
                new Endpoint(
                        "POST /enrollments/{id}/certificate",
                        HttpMethod.POST,
                        (r, c) -> "/api/v1/enrollments/" + certifiable + "/certificate",
                        (r, c) -> "{}",
                        401,
                        404,
                        403,
                        200,
                        404,
                        200),
                new Endpoint(
                        "GET /enrollments/{id}/certificate.pdf",
                        HttpMethod.GET,
                        (r, c) -> "/api/v1/enrollments/" + completed + "/certificate.pdf",
                        null,
                        401,
                        200,
                        404,
                        200,
                        404,
                        200),
                new Endpoint(
                        "GET /certificates/{code}",
                        HttpMethod.GET,
                        (r, c) -> "/api/v1/certificates/" + code,
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                Endpoint.of(
                        "GET /me/enrollments",
                        HttpMethod.GET,
                        "/api/v1/me/enrollments",
                        null,
                        401,
                        200,
                        200,
                        200,
                        200,
                        200),
                Endpoint.of(
                        "GET /me/sessions", HttpMethod.GET, "/api/v1/me/sessions", null, 401, 200, 200, 200, 200, 200),
                Endpoint.of(
                        "GET /me/calendar.ics",
                        HttpMethod.GET,
                        "/api/v1/me/calendar.ics",
                        null,
                        401,
                        200,
                        200,
                        200,
                        200,
                        200),
                Endpoint.of(
                        "GET /me/attendance",
                        HttpMethod.GET,
                        "/api/v1/me/attendance",
                        null,
                        401,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "GET /sessions/{id}/attendance",
                        HttpMethod.GET,
                        (r, c) -> "/api/v1/sessions/" + session + "/attendance",
                        null,
                        401,
                        403,
                        403,
                        200,
                        403,
                        200),
                new Endpoint(
                        "PUT /sessions/{id}/attendance",
                        HttpMethod.PUT,
                        (r, c) -> "/api/v1/sessions/" + session + "/attendance",
                        (r, c) -> "[{\"userId\": " + c.participant().id() + ", \"status\": \"absent\"}]",
                        401,
                        403,
                        403,
                        200,
                        403,
                        200),
                new Endpoint(
                        "GET /sessions/{id}/check-in-code",
                        HttpMethod.GET,
                        (r, c) -> "/api/v1/sessions/" + session + "/check-in-code",
                        null,
                        401,
                        403,
                        403,
                        200,
                        403,
                        200),
                new Endpoint(
                        "POST /sessions/{id}/check-in (wrong code)",
                        HttpMethod.POST,
                        (r, c) -> "/api/v1/sessions/" + session + "/check-in",
                        (r, c) -> "{\"code\": \"not-it\"}",
                        401,
                        400,
                        403,
                        403,
                        403,
                        403),
                new Endpoint(
                        "POST /sessions/{id}/check-out",
                        HttpMethod.POST,
                        (r, c) -> "/api/v1/sessions/" + session + "/check-out",
                        null,
                        401,
                        409,
                        403,
                        403,
                        403,
                        403));
        return endpoints.stream().flatMap(endpoint -> ROLES.stream()
                .map(role -> Arguments.of(endpoint, role, endpoint.statuses()[ROLES.indexOf(role)])));
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("calls")
    void callerGetsTheExpectedStatus(Endpoint endpoint, String role, int expected) {
        SignedIn caller = cast.as(role);
        var request = mvc.method(endpoint.method()).uri(endpoint.uri().apply(role, cast));
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        if (endpoint.body() != null) {
            request = request.contentType(MediaType.APPLICATION_JSON)
                    .content(endpoint.body().apply(role, cast));
        }
        assertThat(request.exchange()).hasStatus(expected);
    }
}
