package cm.resultinstitute.platform.blog;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every endpoint of the blog, called by each kind of caller with a real token from the real login: the trainer of the
 * cast is the author of the posts; drafts are 404 to the public and to other trainers.
 */
@PlatformTest
class BlogAuthorizationMatrixTest {

    static final List<String> ROLES =
            List.of("anonymous", "participant", "otherParticipant", "trainer", "otherTrainer", "admin");
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    static Cast cast;
    static int published;
    static int draft;

    @Autowired
    MockMvcTester mvc;

    record Endpoint(
            String name, HttpMethod method, Function<Cast, String> uri, Function<Cast, String> body, int... statuses) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> calls() {
        List<Endpoint> endpoints = List.of(
                new Endpoint(
                        "GET /blog/posts",
                        HttpMethod.GET,
                        c -> "/api/v1/blog/posts",
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "GET /blog/posts/{published}",
                        HttpMethod.GET,
                        c -> "/api/v1/blog/posts/" + published,
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "GET /blog/posts/{published slug}",
                        HttpMethod.GET,
                        c -> "/api/v1/blog/posts/matrix-published",
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "GET /blog/posts/{draft}",
                        HttpMethod.GET,
                        c -> "/api/v1/blog/posts/" + draft,
                        null,
                        404,
                        404,
                        404,
                        200,
                        404,
                        200),
                new Endpoint(
                        "POST /blog/posts",
                        HttpMethod.POST,
                        c -> "/api/v1/blog/posts",
                        c -> "{\"title\": \"Written " + SEQUENCE.incrementAndGet() + "\", \"content\": \"Words\"}",
                        401,
                        403,
                        403,
                        201,
                        201,
                        201),
                new Endpoint(
                        "PATCH /blog/posts/{published}",
                        HttpMethod.PATCH,
                        c -> "/api/v1/blog/posts/" + published,
                        c -> "{\"category\": \"Leadership\"}",
                        401,
                        403,
                        403,
                        200,
                        403,
                        200),
                new Endpoint(
                        "PATCH /blog/posts/{draft}",
                        HttpMethod.PATCH,
                        c -> "/api/v1/blog/posts/" + draft,
                        c -> "{\"category\": \"Leadership\"}",
                        401,
                        404,
                        404,
                        200,
                        404,
                        200),
                new Endpoint(
                        "DELETE /blog/posts/{published}",
                        HttpMethod.DELETE,
                        c -> "/api/v1/blog/posts/" + post(c, "published"),
                        null,
                        401,
                        403,
                        403,
                        204,
                        403,
                        204),
                new Endpoint(
                        "DELETE /blog/posts/{draft}",
                        HttpMethod.DELETE,
                        c -> "/api/v1/blog/posts/" + post(c, "draft"),
                        null,
                        401,
                        404,
                        404,
                        204,
                        404,
                        204),
                new Endpoint(
                        "GET /blog/tags", HttpMethod.GET, c -> "/api/v1/blog/tags", null, 200, 200, 200, 200, 200, 200),
                new Endpoint(
                        "GET /blog/categories",
                        HttpMethod.GET,
                        c -> "/api/v1/blog/categories",
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "GET /blog/feed.xml",
                        HttpMethod.GET,
                        c -> "/api/v1/blog/feed.xml",
                        null,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                new Endpoint(
                        "GET /blog/posts/{unknown}",
                        HttpMethod.GET,
                        c -> "/api/v1/blog/posts/no-such-post",
                        null,
                        404,
                        404,
                        404,
                        404,
                        404,
                        404));
        return endpoints.stream().flatMap(endpoint -> ROLES.stream()
                .map(role -> Arguments.of(endpoint, role, endpoint.statuses()[ROLES.indexOf(role)])));
    }

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        cast = Cast.create(mvc);
        published = TestData.shared()
                .post("Matrix published", "published", cast.trainer().id(), null);
        draft = TestData.shared().post("Matrix draft", "draft", cast.trainer().id(), null);
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("calls")
    void callerGetsTheExpectedStatus(Endpoint endpoint, String role, int expected) {
        SignedIn caller = cast.as(role);
        String body = endpoint.body() == null ? null : endpoint.body().apply(cast);
        assertThat(new Calls(mvc).call(endpoint.method(), endpoint.uri().apply(cast), caller, body))
                .hasStatus(expected);
    }

    private static int post(Cast cast, String status) {
        return TestData.shared()
                .post(
                        "Doomed " + SEQUENCE.incrementAndGet(),
                        status,
                        cast.trainer().id(),
                        null);
    }
}
