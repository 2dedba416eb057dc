package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SecondInstance;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The anonymous read cache on, over real HTTP through every filter: a kept answer is the drawn one, headers and all
 * (304 included); a write through the instance shows at once, a change made behind its back within the moment; the
 * signed-in never get a kept answer.
 */
@PlatformTest
class AnonymousReadCacheHttpTest {

    @RegisterExtension
    static SecondInstance cached = new SecondInstance("app.page-cache-ttl=30s");

    private static final HttpClient http = HttpClient.newHttpClient();

    private static int round;

    private final TestData data = TestData.shared();
    private int trainer;
    private int training;

    @BeforeEach
    void aPublishedTraining() throws Exception {
        round++;
        trainer = data.user("kept.trainer" + round + "@example.com", "trainer");
        training = data.training(
                "Leadership kept " + round,
                "published",
                LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(40),
                trainer);
        data.limitSeats(training, 10);
        post("/api/v1/auth/login", null, "{}"); // a write: whatever an earlier test left is forgotten
    }

    @Test
    void aKeptReadIsTheDrawnOneHeadersAndAll() throws Exception {
        for (String[] read : new String[][] {
            {"/api/v1/trainings/" + training, "application/json", "200"},
            {"/api/v1/trainings?size=5", "application/json", "200"},
            {"/api/v1/trainings?size=5", "*/*", "200"},
            {"/", "text/html", "200"},
            {"/trainings", "text/html", "200"},
            {"/css/missing.css", "*/*", "404"},
            {"/assets/css/missing.css", "text/html", "404"}
        }) {
            HttpResponse<String> drawn = get(read[0], "Accept", read[1]);
            HttpResponse<String> kept = get(read[0], "Accept", read[1]);
            assertThat(drawn.statusCode()).as(read[0]).isEqualTo(Integer.parseInt(read[2]));
            assertThat(kept.statusCode()).as(read[0]).isEqualTo(drawn.statusCode());
            assertThat(kept.body()).as(read[0]).isEqualTo(drawn.body());
            assertThat(HeadersCompared.allBut("date", kept.headers()))
                    .as(read[0])
                    .isEqualTo(HeadersCompared.allBut("date", drawn.headers()));

            String etag = kept.headers().firstValue("ETag").orElse(null);
            if (etag != null) {
                HttpResponse<String> unchanged = get(read[0], "Accept", read[1], "If-None-Match", etag);
                assertThat(unchanged.statusCode()).as(read[0]).isEqualTo(304);
            }
        }
    }

    @Test
    void aWriteThroughTheInstanceShowsAtOnceAChangeBehindItsBackWithinTheMoment() throws Exception {
        assertThat(seatsLeft()).isEqualTo(10);

        data.limitSeats(training, 12);
        assertThat(seatsLeft())
                .as("changed in the database only: the kept answer still shows")
                .isEqualTo(10);

        data.user("kept.participant@example.com", "participant");
        String participant = JsonPath.read(
                post(
                                "/api/v1/auth/login",
                                null,
                                "{\"email\":\"kept.participant@example.com\",\"password\":\"" + TestAccounts.PASSWORD
                                        + "\"}")
                        .body(),
                "$.accessToken");
        HttpResponse<String> enrolled = post("/api/v1/trainings/" + training + "/enrollments", participant, "{}");
        assertThat(enrolled.statusCode()).isEqualTo(201);

        HttpResponse<String> after = get("/api/v1/trainings/" + training);
        assertThat((Integer) JsonPath.read(after.body(), "$.seatsTaken")).isEqualTo(1);
        assertThat(seatsLeft()).isEqualTo(11);
    }

    @Test
    void theSignedInAreNeverAnsweredFromTheCache() throws Exception {
        get("/api/v1/trainings/" + training);
        get("/api/v1/trainings/" + training);
        String admin = JsonPath.read(
                post(
                                "/api/v1/auth/login",
                                null,
                                "{\"email\":\"" + TestAccounts.ADMIN_EMAIL + "\",\"password\":\""
                                        + TestAccounts.PASSWORD + "\"}")
                        .body(),
                "$.accessToken");
        get("/api/v1/trainings/" + training);

        HttpResponse<String> signedIn = get("/api/v1/trainings/" + training, "Authorization", "Bearer " + admin);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.headers().firstValue("Cache-Control")).hasValue("no-cache, private");

        int draft = data.training(
                "Leadership draft " + round,
                "draft",
                LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(40),
                trainer);
        assertThat(get("/api/v1/trainings/" + draft, "Authorization", "Bearer " + admin)
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/trainings/" + draft).statusCode()).isEqualTo(404);
    }

    private int seatsLeft() throws Exception {
        HttpResponse<String> read = get("/api/v1/trainings/" + training);
        assertThat(read.statusCode()).isEqualTo(200);
        return JsonPath.read(read.body(), "$.seatsLeft");
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cached.url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cached.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
