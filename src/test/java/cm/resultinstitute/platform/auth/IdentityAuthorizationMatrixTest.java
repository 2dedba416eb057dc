package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * Every endpoint of accounts, authentication, the audit trail and the outbox, called by each kind of caller with a
 * real token from the real login: the status each one gets.
 */
@PlatformTest
class IdentityAuthorizationMatrixTest {

    static final List<String> ROLES =
            List.of("anonymous", "participant", "otherParticipant", "trainer", "otherTrainer", "admin");
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    static Cast cast;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /** An endpoint: how to call it (the cast lets it name people), and the status per role, in {@link #ROLES} order. */
    record Endpoint(
            String name, HttpMethod method, Function<Cast, String> uri, Function<Cast, String> body, int... statuses) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> calls() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET /me", HttpMethod.GET, c -> "/api/v1/me", null, 401, 200, 200, 200, 200, 200),
                new Endpoint("PATCH /me", HttpMethod.PATCH, c -> "/api/v1/me", c -> "{}", 401, 200, 200, 200, 200, 200),
                new Endpoint(
                        "POST /me/password (wrong current)",
                        HttpMethod.POST,
                        c -> "/api/v1/me/password",
                        c -> "{\"currentPassword\": \"wrong\", \"newPassword\": \"A-new-password-1\"}",
                        401,
                        400,
                        400,
                        400,
                        400,
                        400),
                new Endpoint("GET /users", HttpMethod.GET, c -> "/api/v1/users", null, 401, 403, 403, 200, 200, 200),
                new Endpoint(
                        "POST /users",
                        HttpMethod.POST,
                        c -> "/api/v1/users",
                        c -> "{\"email\": \"created" + SEQUENCE.incrementAndGet()
                                + "@example.com\", \"password\": \"Long-enough-1\","
                                + " \"firstName\": \"C\", \"lastName\": \"D\", \"role\": \"participant\"}",
                        401,
                        403,
                        403,
                        403,
                        403,
                        201),
                new Endpoint(
                        "GET /users/{id}",
                        HttpMethod.GET,
                        c -> "/api/v1/users/" + c.participant().id(),
                        null,
                        401,
                        403,
                        403,
                        403,
                        403,
                        200),
                new Endpoint(
                        "PATCH /users/{id}",
                        HttpMethod.PATCH,
                        c -> "/api/v1/users/" + c.otherParticipant().id(),
                        c -> "{\"bio\": \"Changed\"}",
                        401,
                        403,
                        403,
                        403,
                        403,
                        200),
                new Endpoint(
                        "DELETE /users/{id}",
                        HttpMethod.DELETE,
                        c -> "/api/v1/users/"
                                + TestData.shared()
                                        .user("victim" + SEQUENCE.incrementAndGet() + "@example.com", "participant"),
                        null,
                        401,
                        403,
                        403,
                        403,
                        403,
                        204),
                new Endpoint(
                        "PATCH /users/{id} (emailVerified)",
                        HttpMethod.PATCH,
                        c -> "/api/v1/users/" + c.otherParticipant().id(),
                        c -> "{\"emailVerified\": true}",
                        401,
                        403,
                        403,
                        403,
                        403,
                        200),
                new Endpoint(
                        "POST /users/{id}/invitation",
                        HttpMethod.POST,
                        c -> "/api/v1/users/"
                                + TestData.shared()
                                        .user("invitee" + SEQUENCE.incrementAndGet() + "@example.com", "participant")
                                + "/invitation",
                        null,
                        401,
                        403,
                        403,
                        403,
                        403,
                        202),
                new Endpoint(
                        "POST /me/email-verification (verified)",
                        HttpMethod.POST,
                        c -> "/api/v1/me/email-verification",
                        null,
                        401,
                        409,
                        409,
                        409,
                        409,
                        409),
                new Endpoint(
                        "GET /activity", HttpMethod.GET, c -> "/api/v1/activity", null, 401, 403, 403, 403, 403, 200),
                new Endpoint(
                        "GET /admin/outbox",
                        HttpMethod.GET,
                        c -> "/api/v1/admin/outbox",
                        null,
                        401,
                        403,
                        403,
                        403,
                        403,
                        200),
                new Endpoint(
                        "GET /actuator/prometheus",
                        HttpMethod.GET,
                        c -> "/actuator/prometheus",
                        null,
                        401,
                        403,
                        403,
                        403,
                        403,
                        200),
                new Endpoint(
                        "POST /auth/login (wrong password)",
                        HttpMethod.POST,
                        c -> "/api/v1/auth/login",
                        c -> "{\"email\": \"participant@cast.test\", \"password\": \"wrong-one\"}",
                        401,
                        401,
                        401,
                        401,
                        401,
                        401),
                new Endpoint(
                        "POST /auth/refresh (unknown)",
                        HttpMethod.POST,
                        c -> "/api/v1/auth/refresh",
                        c -> "{\"refreshToken\": \"unknown\"}",
                        401,
                        401,
                        401,
                        401,
                        401,
                        401),
                new Endpoint(
                        "POST /auth/logout",
                        HttpMethod.POST,
                        c -> "/api/v1/auth/logout",
                        c -> "{\"refreshToken\": \"unknown\"}",
                        204,
                        204,
                        204,
                        204,
                        204,
                        204),
                new Endpoint(
                        "POST /auth/verify-email (bad token)",
                        HttpMethod.POST,
                        c -> "/api/v1/auth/verify-email",
                        c -> "{\"token\": \"bad\"}",
                        400,
                        400,
                        400,
                        400,
                        400,
                        400),
                new Endpoint(
                        "POST /auth/password-reset",
                        HttpMethod.POST,
                        c -> "/api/v1/auth/password-reset",
                        c -> "{\"email\": \"participant@cast.test\"}",
                        202,
                        202,
                        202,
                        202,
                        202,
                        202),
                new Endpoint(
                        "POST /auth/password-reset/confirm (bad token)",
                        HttpMethod.POST,
                        c -> "/api/v1/auth/password-reset/confirm",
                        c -> "{\"token\": \"bad\", \"newPassword\": \"A-new-password-1\"}",
                        400,
                        400,
                        400,
                        400,
                        400,
                        400),
                new Endpoint(
                        "POST /auth/invitation/accept (bad token)",
                        HttpMethod.POST,
                        c -> "/api/v1/auth/invitation/accept",
                        c -> "{\"token\": \"bad\", \"newPassword\": \"A-new-password-1\"}",
                        400,
                        400,
                        400,
                        400,
                        400,
                        400),
                new Endpoint(
                        "POST /auth/register",
                        HttpMethod.POST,
                        c -> "/api/v1/auth/register",
                        c -> "{\"email\": \"registered" + SEQUENCE.incrementAndGet()
                                + "@example.com\", \"password\": \"Long-enough-1\","
                                + " \"firstName\": \"R\", \"lastName\": \"G\"}",
                        201,
                        201,
                        201,
                        201,
                        201,
                        201));
        return endpoints.stream().flatMap(endpoint -> ROLES.stream()
                .map(role -> Arguments.of(endpoint, role, endpoint.statuses()[ROLES.indexOf(role)])));
    }

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        cast = Cast.create(mvc);
    }

    @BeforeEach
    void noRateLimitCarriesOver() {
        jdbc.sql("DELETE FROM rate_limits").update();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("calls")
    void callerGetsTheExpectedStatus(Endpoint endpoint, String role, int expected) {
        SignedIn caller = cast.as(role);
        var request = mvc.method(endpoint.method()).uri(endpoint.uri().apply(cast));
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        if (endpoint.body() != null) {
            request = request.contentType(MediaType.APPLICATION_JSON)
                    .content(endpoint.body().apply(cast));
        }
        assertThat(request.exchange()).hasStatus(expected);
    }
}
