package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tomcat refuses before any filter runs (a {@code %00} or an encoded slash in the path, oversized headers, a
 * request line it cannot read) is problem+json on the API too, and never shows a stack trace or the server's version.
 * Sent as raw bytes over a socket: no HTTP client would send such requests.
 */
@PlatformTest
class TomcatErrorReportTest {

    private static final String CLOSE = "Host: localhost\r\nConnection: close\r\n\r\n";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/trainings%00",
                "/api/v1/trainings/%2fetc%2fpasswd",
                "/api/v1/trainings%5c..%5c",
                "/api/v1/trainings/%zz",
                "/api/v1/%2e%2e/%2e%2e/actuator",
                "/api/v1/trainings;x=%00"
            })
    void badPathOnTheApiIs400Problem(String path) throws IOException {
        String response = send("GET " + path + " HTTP/1.1\r\n" + CLOSE);

        assertProblem(response, 400);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/users/%, /api/v1/users/%25", "/api/v1/blog/posts/%E0%A4%A, /api/v1/blog/posts/%25E0%25A4%25A"})
    void aPathThatIsNoValidUriIsTheProblemsInstanceEncoded(String path, String instance) throws IOException {
        String response = send("GET " + path + " HTTP/1.1\r\n" + CLOSE);

        assertProblem(response, 400);
        assertThat(body(response)).contains("\"instance\":\"" + instance + "\"");
    }

    @Test
    void oversizedHeadersOnTheApiAre400Problem() throws IOException {
        String response = send("GET /api/v1/trainings HTTP/1.1\r\nX-Padding: " + "a".repeat(20_000) + "\r\n" + CLOSE);

        assertProblem(response, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept-Language", "X-Padding", "Accept"})
    void anyHeaderJustOverTheLimitOnTheApiIs400Problem(String name) throws IOException {
        String response = send("GET /api/v1/trainings HTTP/1.1\r\n" + name + ": " + "x".repeat(8200) + "\r\n" + CLOSE);

        assertProblem(response, 400);
        assertThat(body(response)).contains("\"instance\":\"/api/v1/trainings\"");
    }

    @Test
    void malformedHeaderOnTheApiIs400Problem() throws IOException {
        assertProblem(send("GET /api/v1/trainings HTTP/1.1\r\nBad Header: x\r\n" + CLOSE), 400);
        assertProblem(send("POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: twelve\r\n" + CLOSE), 400);
    }

    @Test
    void unknownHttpVersionOnTheApiIs505Problem() throws IOException {
        String response = send("GET /api/v1/trainings HTTP/9.9\r\n" + CLOSE);

        assertProblem(response, 505);
        assertThat(body(response)).contains("http-version-not-supported");
    }

    /** A request line Tomcat cannot read has no path to go by: problem+json, the form every client can read. */
    @Test
    void unreadableOrOversizedRequestLineIs400Problem() throws IOException {
        assertProblem(send("G{T /api/v1/trainings HTTP/1.1\r\n" + CLOSE), 400);
        assertProblem(send("GET /api/v1/trai{nings HTTP/1.1\r\n" + CLOSE), 400);
        assertProblem(send("GET /api/v1/trainings?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n" + CLOSE), 400);
    }

    @Test
    void badPathOnAPageIsAPlainPageWithoutVersionOrStack() throws IOException {
        String response = send("GET /trainings%00 HTTP/1.1\r\nAccept: text/html\r\n" + CLOSE);

        assertThat(statusLine(response)).startsWith("HTTP/1.1 400");
        assertThat(header(response, "Content-Type")).startsWith("text/html");
        assertRevealsNothing(response);
    }

    @Test
    void badPathOnAPageIsAShortPageInTheVisitorsLanguageWithTheSecurityHeaders() throws IOException {
        String response = send("GET /blog/%C0%AF HTTP/1.1\r\nAccept: text/html\r\nAccept-Language: fr\r\n" + CLOSE);

        assertThat(statusLine(response)).startsWith("HTTP/1.1 400");
        assertThat(header(response, "Content-Language")).isEqualTo("fr");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(response, "Content-Security-Policy")).isEqualTo("default-src 'none'");
        assertThat(body(response))
                .startsWith("<!DOCTYPE html><html lang=\"fr\">")
                .contains("<a href=\"/\">");
        assertRevealsNothing(response);
        assertThat(body(send("GET /blog/%00 HTTP/1.1\r\nAccept: text/html\r\n" + CLOSE)))
                .contains("<html lang=\"en\">", "The request could not be understood.");
    }

    private static void assertProblem(String response, int status) {
        assertThat(statusLine(response)).startsWith("HTTP/1.1 " + status);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(body(response))
                .startsWith("{")
                .contains("\"status\":" + status)
                .contains("\"type\":\"" + Problems.TYPE_BASE);
        assertRevealsNothing(response);
    }

    private static void assertRevealsNothing(String response) {
        assertThat(response)
                .doesNotContainIgnoringCase("tomcat/")
                .doesNotContain("Apache Tomcat", "Exception", "\tat ", "org.apache", "java.");
        assertThat(header(response, "Server")).isEmpty();
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(String response) {
        return response.substring(0, Math.max(0, response.indexOf("\r\n")));
    }

    private static String header(String response, String name) {
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        return head.lines()
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip())
                .findFirst()
                .orElse("");
    }

    private static String body(String response) {
        int start = response.indexOf("\r\n\r\n");
        String body = start < 0 ? "" : response.substring(start + 4);
        if (!header(response, "Transfer-Encoding").equalsIgnoreCase("chunked")) {
            return body;
        }
        StringBuilder content = new StringBuilder();
        int position = 0;
        while (position < body.length()) {
            int lineEnd = body.indexOf("\r\n", position);
            int size = Integer.parseInt(body.substring(position, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            content.append(body, lineEnd + 2, lineEnd + 2 + size);
            position = lineEnd + 2 + size + 2;
        }
        return content.toString();
    }
}
