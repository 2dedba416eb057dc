package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What anyone may read with {@code GET} they may also ask about with {@code HEAD}, as HTTP says. */
@PlatformTest
class PublicReadsTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/trainings",
                "/api/v1/categories",
                "/api/v1/blog/posts",
                "/api/v1/blog/tags",
                "/api/v1/blog/categories",
                "/api/v1/blog/feed.xml"
            })
    void headAnswersAsGetDoesWithoutTheBody(String path) throws Exception {
        HttpResponse<String> get = send("GET", path);
        HttpResponse<String> head = send("HEAD", path);

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type"))
                .isEqualTo(get.headers().firstValue("Content-Type"));
        assertThat(head.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me", "/api/v1/admin/outbox", "/api/v1/reports/dashboard"})
    void headOfWhatNeedsATokenStillNeedsOne(String path) throws Exception {
        HttpResponse<String> head = send("HEAD", path);

        assertThat(head.statusCode()).isEqualTo(401);
        assertThat(head.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
