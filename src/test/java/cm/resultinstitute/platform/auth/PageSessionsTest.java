package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.HttpVisitor;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SecondInstance;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Page sessions are made by signing in and by nothing else: anonymous visitors, forms included, leave no session in
 * PostgreSQL. Redirects never take their address from the request's {@code Host}, and HTTPS is enforced once the
 * platform knows it is served over it. Visits go over HTTP to an instance of its own: MockMvc's {@code csrf()}, used
 * by other tests, swaps the shared context's CSRF token store for a session-based one.
 */
@PlatformTest
class PageSessionsTest {

    @RegisterExtension
    static SecondInstance fresh = new SecondInstance();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void anonymousVisitorsLeaveNoSessionBehindAndSigningInMakesOne() {
        long before = sessions();
        HttpVisitor visitor = new HttpVisitor();
        for (String page : List.of(
                "/", "/trainings", "/blog", "/login", "/register", "/forgot-password", "/verify-email", "/my")) {
            assertThat(visitor.get(url(page)).statusCode()).as(page).isIn(200, 302);
        }
        visitor.get(url("/register"));
        HttpResponse<String> registered = visitor.post(
                url("/register"),
                Map.of(
                        "email", "newcomer@sessions.test",
                        "password", "Long-enough-password-1",
                        "firstName", "New",
                        "lastName", "Comer",
                        "phone", ""));
        assertThat(registered.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/login?registered");
        visitor.get(url("/forgot-password"));
        assertThat(visitor.post(url("/forgot-password"), Map.of("email", "newcomer@sessions.test"))
                        .statusCode())
                .isEqualTo(200);
        visitor.get(url("/login"));
        visitor.post(url("/login"), Map.of("email", "newcomer@sessions.test", "password", "wrong-password-1"));

        assertThat(sessions() - before)
                .as("sessions stored for anonymous visitors")
                .isZero();
        assertThat(visitor.cookie("RI_SESSION")).isNull();
        assertThat(visitor.cookie("RI_CSRF"))
                .as("the CSRF token lives in a cookie")
                .isNotNull();

        HttpResponse<String> signedIn = visitor.signIn(url(""), "newcomer@sessions.test", "Long-enough-password-1");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(sessions() - before).isEqualTo(1);
        assertThat(visitor.cookie("RI_SESSION")).isNotNull();
    }

    @Test
    void afterSigningInTheVisitorReturnsToThePageTheyAskedFor() {
        long before = sessions();
        TestData.shared().user("returning@sessions.test", "participant");
        HttpVisitor visitor = new HttpVisitor();
        HttpResponse<String> asked = visitor.get(url("/my/tasks?page=0"));
        assertThat(asked.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/login");

        HttpResponse<String> signedIn = visitor.signIn(url(""), "returning@sessions.test", TestAccounts.PASSWORD);

        assertThat(signedIn.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/my/tasks?page=0");
        assertThat(sessions() - before).isEqualTo(1);
    }

    @Test
    void afterSigningInFromAFragmentRequestTheVisitorLandsOnTheirAccountNotOnTheFragment() {
        TestData.shared().user("fragment@sessions.test", "participant");
        HttpVisitor visitor = new HttpVisitor();
        visitor.get(url("/login"));
        assertThat(visitor.getFragment(url("/my/tasks")).statusCode()).isIn(302, 401);

        HttpResponse<String> signedIn = visitor.post(
                url("/login"), Map.of("email", "fragment@sessions.test", "password", TestAccounts.PASSWORD));

        assertThat(signedIn.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/my");
    }

    @Test
    void anApiCallOrAnAssetCarryingAPageSessionCookieNeverLooksTheSessionUp() {
        Cookie cookie = new Cookie(
                "RI_SESSION", Base64.getEncoder().encodeToString("a-page-session".getBytes(StandardCharsets.US_ASCII)));
        Map.of("/api/v1/categories", 200, "/api/v1/me", 401, "/assets/css/app.css", 200)
                .forEach((path, status) -> {
                    QueryCounting.reset();
                    assertThat(mvc.get().uri(path).exchange()).as(path).hasStatus(status);
                    long withoutCookie = QueryCounting.total();

                    QueryCounting.reset();
                    assertThat(mvc.get().uri(path).cookie(cookie).exchange())
                            .as(path)
                            .hasStatus(status);
                    assertThat(QueryCounting.total()).as(path).isEqualTo(withoutCookie);
                });
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        HttpVisitor visitor = new HttpVisitor();
        HttpResponse<String> forged = visitor.post(
                url("/register"),
                Map.of("email", "forged@sessions.test", "password", "Long-enough-password-1", "firstName", "F"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = 'forged@sessions.test'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/my", "/admin/users", "/account"})
    void redirectsIgnoreAForgedHostHeader(String path) throws IOException {
        List<String> answer = rawGet(path, "evil.example");
        assertThat(answer.get(0)).contains(" 302 ");
        assertThat(answer).contains("Location: /login").noneMatch(line -> line.contains("evil.example"));
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurityAndForgedForwardingChangesNothing() {
        assertThat(mvc.get().uri("/").exchange()).headers().doesNotContainHeader("Strict-Transport-Security");
        assertThat(mvc.get().uri("/").header("X-Forwarded-Proto", "https").exchange())
                .as("only a trusted proxy's word counts")
                .headers()
                .doesNotContainHeader("Strict-Transport-Security");
    }

    @Test
    void requestsOverHttpsGetStrictTransportSecurity() {
        assertThat(mvc.get().uri("/").secure(true).exchange())
                .headers()
                .hasValue("Strict-Transport-Security", "max-age=31536000");
        assertThat(mvc.get().uri("/api/v1/trainings").secure(true).exchange())
                .headers()
                .containsHeader("Strict-Transport-Security");
    }

    private long sessions() {
        return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    }

    private String url(String path) {
        return fresh.url(path);
    }

    /** A request with the Host header given, which Java's HTTP client will not send: written on a socket. */
    private List<String> rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", fresh.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
