package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in operations take no token: a wrong method or path there is a 405 or 404, never a 401. */
@PlatformTest
class AuthMethodsTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/auth/login",
        "PUT, /api/v1/auth/login",
        "DELETE, /api/v1/auth/register",
        "GET, /api/v1/auth/refresh",
        "PATCH, /api/v1/auth/logout",
        "GET, /api/v1/auth/password-reset"
    })
    void aWrongMethodIs405AllowingPost(String method, String path) throws Exception {
        HttpResponse<String> response = send(method, path);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource({"POST, /api/v1/certificates/ABCD-EFGH", "DELETE, /api/v1/certificates/ABCD-EFGH"})
    void aCertificateIsOnlyLookedUpAnyOtherMethodIs405(String method, String path) throws Exception {
        HttpResponse<String> response = send(method, path);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/v1/auth/nonexistent", "POST, /api/v1/auth/nonexistent"})
    void anUnknownPathIs404(String method, String path) throws Exception {
        HttpResponse<String> response = send(method, path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"instance\":\"" + path + "\"");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
