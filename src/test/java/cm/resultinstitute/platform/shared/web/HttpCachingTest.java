package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SecondInstance;
import cm.resultinstitute.platform.test.TestData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a phone on a slow connection is spared, over real HTTP (Tomcat's compression is not in MockMvc): assets kept
 * for a year under URLs that change with their content, compressed pages and JSON, 304 for a catalogue read that has
 * not changed, and a short 404 for a missing asset.
 */
@PlatformTest
class HttpCachingTest {

    @RegisterExtension
    static SecondInstance server = new SecondInstance();

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/css/app-[0-9a-f]{32}\\.css)\"");

    private static final HttpClient http = HttpClient.newHttpClient();

    private static int training;

    @BeforeAll
    static void aPublishedTraining() {
        TestData data = TestData.shared();
        int trainer = data.user("cache.trainer@example.com", "trainer");
        training = data.training(
                "Leadership for phones",
                "published",
                LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(40),
                trainer);
    }

    @Test
    void assetUrlsCarryTheirContentHashAndAreKeptForAYear() throws Exception {
        HttpResponse<String> home = get("/", "Accept", "text/html");
        Matcher stylesheet = STYLESHEET.matcher(home.body());
        assertThat(stylesheet.find())
                .as("the layout links the stylesheet by its hashed URL")
                .isTrue();

        HttpResponse<String> hashed = get(stylesheet.group(1));
        assertThat(hashed.statusCode()).isEqualTo(200);
        assertThat(hashed.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(hashed.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> plain = get("/assets/css/app.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
        assertThat(plain.body()).isEqualTo(hashed.body());
    }

    @Test
    void aMissingAssetIsAShort404WithoutSessionOrErrorPage() throws Exception {
        for (String path : new String[] {"/assets/css/missing.css", "/css/missing.css", "/images/logo.png"}) {
            HttpResponse<String> missing = get(path, "Accept", "text/html");
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).isEqualTo("Not found\n");
            assertThat(missing.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(missing.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        HttpResponse<String> api = get("/api/v1/missing.json");
        assertThat(api.statusCode()).as("the API answers with its problems").isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        HttpResponse<String> page = get("/no-such-page", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).as("other addresses keep the error page").contains("<html");
        assertThat(STYLESHEET.matcher(page.body()).find())
                .as("the error page links the stylesheet by its hashed URL")
                .isTrue();
    }

    @Test
    void pagesJsonAndStylesheetsTravelCompressed() throws Exception {
        for (String path : new String[] {"/", "/v3/api-docs", "/assets/css/app.css"}) {
            HttpResponse<byte[]> answer = http.send(
                    HttpRequest.newBuilder(URI.create(server.url(path)))
                            .header("Accept-Encoding", "gzip")
                            .header("Accept", path.equals("/") ? "text/html" : "*/*")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        }
    }

    @Test
    void anUnchangedCatalogueReadIsA304() throws Exception {
        HttpResponse<String> first = get("/api/v1/trainings/" + training);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");

        HttpResponse<String> again = get("/api/v1/trainings/" + training, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        TestData.shared().limitSeats(training, 12);
        HttpResponse<String> changed = get("/api/v1/trainings/" + training, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(etag);

        HttpResponse<String> list = get("/api/v1/trainings");
        assertThat(list.headers().firstValue("ETag")).isPresent();
        HttpResponse<String> posts = get("/api/v1/blog/posts");
        assertThat(posts.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void aSignedInCallersReadsAreKeptByThatCallerOnly() throws Exception {
        HttpResponse<String> refused =
                get("/api/v1/trainings/" + training + "/enrollments", "Authorization", "Bearer x");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
        assertThat(refused.headers().firstValue("ETag")).isEmpty();
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
