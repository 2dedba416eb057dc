package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.PlatformApplication;
import cm.resultinstitute.platform.test.RestartablePostgres;
import cm.resultinstitute.platform.test.SharedMail;
import cm.resultinstitute.platform.test.TestAccounts;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * While PostgreSQL is down, the platform says so at once and honestly: 503 with {@code Retry-After} in a few seconds
 * (problem+json on the API, the error page on pages, signed in or not), readiness DOWN within 2 seconds, liveness
 * still UP. When PostgreSQL is back, the same requests succeed again, without restarting the platform.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** Load balancers probe without cookies. */
    private final HttpClient probe =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String base;

    @Test
    void anOutageIsAnswered503AtOnceAndTheRecoveryNeedsNoRestart(CapturedOutput output) throws Exception {
        try (RestartablePostgres postgres = RestartablePostgres.start();
                ConfigurableApplicationContext platform = start(postgres)) {
            base = "http://localhost:" + platform.getEnvironment().getProperty("local.server.port");
            signInOnThePages();
            String accessToken = com.jayway.jsonpath.JsonPath.read(
                    cm.resultinstitute.platform.test.HttpVisitor.json(
                                    "POST",
                                    base + "/api/v1/auth/login",
                                    "{\"email\": \"" + TestAccounts.ADMIN_EMAIL + "\", \"password\": \""
                                            + TestAccounts.PASSWORD + "\"}")
                            .body(),
                    "$.accessToken");
            assertThat(get("/api/v1/trainings", "application/json").statusCode())
                    .isEqualTo(200);
            assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(200);

            postgres.stop();
            int logLinesBefore = output.getAll().length();

            Timed<HttpResponse<String>> api = timed(() -> get("/api/v1/trainings", "application/json"));
            assertThat(api.elapsed()).isLessThan(Duration.ofSeconds(10));
            assertThat(api.value().statusCode()).isEqualTo(503);
            assertThat(api.value().headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.value().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.value().body())
                    .contains("\"status\":503")
                    .contains("https://resultinstitute.cm/problems/unavailable")
                    .doesNotContain("Exception", "SQL", "jdbc");

            Timed<HttpResponse<String>> page = timed(() -> get("/trainings", "text/html"));
            assertThat(page.elapsed()).isLessThan(Duration.ofSeconds(15));
            assertOutagePage(page.value());

            Timed<HttpResponse<String>> ownPage = timed(() -> get("/my", "text/html"));
            assertThat(ownPage.elapsed())
                    .as("a signed-in page, whose session lives in PostgreSQL")
                    .isLessThan(Duration.ofSeconds(15));
            assertOutagePage(ownPage.value());

            Timed<HttpResponse<String>> signedInApi = timed(() ->
                    cm.resultinstitute.platform.test.HttpVisitor.bearer("GET", base + "/api/v1/me", accessToken, null));
            assertThat(signedInApi.value().statusCode())
                    .as("a bearer token that cannot be checked is not refused: the service is unavailable")
                    .isEqualTo(503);
            assertThat(signedInApi.elapsed()).isLessThan(Duration.ofSeconds(10));

            for (int probe = 0; probe < 3; probe++) {
                Timed<HttpResponse<String>> readiness = timed(() -> probe("/actuator/health/readiness"));
                assertThat(readiness.elapsed()).isLessThan(Duration.ofSeconds(2));
                assertThat(readiness.value().statusCode()).isEqualTo(503);
                assertThat(readiness.value().body()).isEqualTo("{\"status\":\"DOWN\"}");
            }
            HttpResponse<String> liveness = probe("/actuator/health/liveness");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(liveness.body()).contains("UP");

            // Only Spring's TransactionTemplate may log, when the rollback on a lost connection fails in its turn.
            assertThat(output.getAll().substring(logLinesBefore).lines())
                    .as("no stack trace at ERROR for the requests answered 503")
                    .noneMatch(line -> line.contains(" ERROR ")
                            && line.contains("exec-")
                            && !line.contains("o.s.t.support.TransactionTemplate"));

            postgres.restart();
            long restarted = System.nanoTime();
            long deadline = restarted + Duration.ofSeconds(20).toNanos();
            int status = get("/api/v1/trainings", "application/json").statusCode();
            while (status != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                status = get("/api/v1/trainings", "application/json").statusCode();
            }
            assertThat(status).as("the API answers again, without a restart").isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - restarted)).isLessThan(Duration.ofSeconds(15));
            assertThat(get("/trainings", "text/html").statusCode()).isEqualTo(200);
            assertThat(get("/my", "text/html").statusCode())
                    .as("still signed in: the session was kept")
                    .isEqualTo(200);
            assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(200);
        }
    }

    private void assertOutagePage(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("La plateforme ne peut pas joindre sa base de données")
                .doesNotContain("Exception");
    }

    private ConfigurableApplicationContext start(RestartablePostgres postgres) {
        return new SpringApplicationBuilder(PlatformApplication.class)
                .run(
                        "--server.port=0",
                        "--app.data-dir=" + dataDir,
                        "--app.database.url=" + postgres.jdbcUrl(),
                        "--app.database.username=" + postgres.username(),
                        "--app.demo-data=false",
                        "--app.admin.email=" + TestAccounts.ADMIN_EMAIL,
                        "--app.admin.password=" + TestAccounts.PASSWORD,
                        "--app.jwt.secret=" + TestAccounts.JWT_SECRET,
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + SharedMail.port());
    }

    private void signInOnThePages() throws Exception {
        HttpResponse<String> form = get("/login", "text/html");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String body = "email=" + encode(TestAccounts.ADMIN_EMAIL) + "&password=" + encode(TestAccounts.PASSWORD)
                + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(get("/my", "text/html").statusCode()).isEqualTo(200);
        // Signing in applies the profile's language (the admin's is English): this reader chooses French again.
        assertThat(get("/my?lang=fr", "text/html").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", accept)
                        .header("Accept-Language", "fr")
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> probe(String path) throws Exception {
        return probe.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Timed<T>(T value, Duration elapsed) {}

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> Timed<T> timed(Call<T> call) throws Exception {
        long start = System.nanoTime();
        T value = call.call();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }
}
