package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A query string or form that is not UTF-8 ({@code %FF}) or holds a NUL ({@code %00}) is refused with 400, problem+json on the API and the error
 * page on pages, and logged as nothing worse than debug. Tomcat only decodes parameters on a real connection, hence
 * a real HTTP client.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedParametersTest {

    static SignedIn admin;

    @LocalServerPort
    int port;

    @BeforeAll
    static void anAdmin(@Autowired MockMvcTester mvc) {
        admin = Logins.newUser(mvc, "admin@malformed.test", "admin");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/trainings?q=%FF",
                "/api/v1/blog/posts?q=%FF",
                "/api/v1/users?q=%FF",
                "/api/v1/activity?action=%FF",
                "/api/v1/projects?q=%C3%28",
                "/api/v1/me/enrollments?page=%FF",
                "/api/v1/admin/outbox?status=sent&x=%E2%82"
            })
    void apiListWithInvalidUtf8Is400Problem(String path, CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", admin.bearer())
                .header("Accept-Language", "fr")
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"" + Problems.TYPE_BASE + "bad-request\"")
                .contains("pas de l'UTF-8")
                .doesNotContain("Exception", "at org.");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertNothingLoggedAtError(output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/trainings?q=%FF", "/blog?q=%FF", "/?lang=%FF"})
    void pageWithInvalidUtf8IsThe400Page(String path, CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("The request could not be understood.");
        assertNothingLoggedAtError(output);
    }

    @Test
    void formWithInvalidUtf8IsThe400Page(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=%FF&password=x"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The request could not be understood.");
        assertNothingLoggedAtError(output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/trainings?q=a%00b", "/api/v1/users?q=%00", "/api/v1/blog/posts?tag%00=x"})
    void aParameterTheDatabaseCannotStoreIsA400Problem(String path, CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", admin.bearer())
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("cannot be stored (U+0000)").doesNotContain("Exception");
        assertNothingLoggedAtError(output);
    }

    @Test
    void aFormTheDatabaseCannotStoreIsThe400Page(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/register"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a%00@example.com&password=x"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The request could not be understood.");
        assertNothingLoggedAtError(output);
    }

    @Test
    void validUtf8StillReachesTheList() throws Exception {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(uri("/api/v1/trainings?q=%C3%A9quipe")).build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNothingLoggedAtError(CapturedOutput output) {
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")))
                .as("lines logged at ERROR")
                .isEmpty();
        assertThat(output.getAll()).doesNotContain("InvalidParameterException");
    }
}
