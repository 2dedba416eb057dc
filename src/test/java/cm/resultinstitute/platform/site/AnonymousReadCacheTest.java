package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The anonymous home page and catalogue, drawn once for the many: never for the signed-in, never stale after a write. */
class AnonymousReadCacheTest {

    final AtomicInteger drawn = new AtomicInteger();
    final AnonymousReadCache cache =
            new AnonymousReadCache(HttpServletRequest::isSecure, Duration.ofSeconds(30), "RI_SESSION");

    final FilterChain page = (request, response) -> {
        int number = drawn.incrementAndGet();
        HttpServletResponse http = (HttpServletResponse) response;
        http.setContentType("text/html;charset=UTF-8");
        http.setHeader("Content-Language", "en");
        if (request.getParameter("cookie") != null) {
            http.addHeader("Set-Cookie", "lang=fr");
        }
        response.getOutputStream().write(("<p>page " + number + "</p>").getBytes(StandardCharsets.UTF_8));
    };

    @Test
    void theSamePageForTheSameAnonymousRequestIsDrawnOnce() throws Exception {
        MockHttpServletResponse first = get("/trainings", "page=2");
        MockHttpServletResponse again = get("/trainings", "page=2");

        assertThat(drawn).hasValue(1);
        assertThat(again.getContentAsString())
                .isEqualTo(first.getContentAsString())
                .isEqualTo("<p>page 1</p>");
        assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(again.getHeader("Content-Language")).isEqualTo("en");

        get("/trainings", "page=3");
        assertThat(drawn).as("another query, another page").hasValue(2);
    }

    @Test
    void languageColoursAndFragmentsAreKeptApart() throws Exception {
        get("/", null);
        getAs("/", request -> request.addHeader("Accept-Language", "fr"));
        getAs("/", request -> request.setCookies(new Cookie("theme", "dark")));
        getAs("/", request -> request.addHeader("HX-Request", "true"));

        assertThat(drawn).hasValue(4);
    }

    @Test
    void nothingIsKeptForTheSignedInNorAnAnswerSettingACookie() throws Exception {
        for (int i = 0; i < 2; i++) {
            getAs("/trainings", request -> request.setCookies(new Cookie("RI_SESSION", "abc")));
            getAs("/trainings", request -> request.addHeader("Authorization", "Bearer x"));
            get("/trainings", "cookie=yes");
            get("/blog", null);
        }

        assertThat(drawn).hasValue(8);
    }

    @Test
    void theTrainingsListAndOneTrainingAreKeptAsJsonPerAcceptButNothingBelowThem() throws Exception {
        AtomicInteger read = new AtomicInteger();
        FilterChain api = (request, response) -> {
            read.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            boolean missing = request.getParameter("missing") != null;
            http.setStatus(missing ? 404 : 200);
            http.setContentType(missing ? "application/problem+json" : "application/json");
            http.setHeader("Content-Language", "fr");
            response.getOutputStream().write(("{\"read\":" + read.get() + "}").getBytes(StandardCharsets.UTF_8));
        };
        for (int i = 0; i < 2; i++) {
            for (String path : new String[] {"/api/v1/trainings", "/api/v1/trainings/12", "/api/v1/trainings/a-slug"}) {
                cache.doFilter(request(path, "size=5"), new MockHttpServletResponse(), api);
                MockHttpServletRequest csv = request(path, "size=5");
                csv.addHeader("Accept", "text/csv, application/json");
                cache.doFilter(csv, new MockHttpServletResponse(), api);
            }
        }
        assertThat(read).as("three reads, two ways of asking, each drawn once").hasValue(6);

        MockHttpServletResponse kept = new MockHttpServletResponse();
        cache.doFilter(request("/api/v1/trainings/12", "size=5"), kept, api);
        assertThat(kept.getContentAsString()).isEqualTo("{\"read\":3}");
        assertThat(kept.getContentType()).isEqualTo("application/json");
        assertThat(kept.getHeader("Content-Language")).isEqualTo("fr");

        for (int i = 0; i < 2; i++) {
            for (String path : new String[] {
                "/api/v1/trainings/12/sessions", "/api/v1/trainings/12/calendar.ics", "/api/v1/trainings/", "/api/v1/me"
            }) {
                cache.doFilter(request(path, null), new MockHttpServletResponse(), api);
            }
            cache.doFilter(request("/api/v1/trainings/99", "missing=yes"), new MockHttpServletResponse(), api);
        }
        assertThat(read)
                .as("below a training, elsewhere, or a problem: drawn every time")
                .hasValue(16);
    }

    @Test
    void aKeptPageSaysItsLanguageAsTheDrawnOneDid() throws Exception {
        FilterChain french = (request, response) -> {
            drawn.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.setLocale(java.util.Locale.FRENCH);
            response.getOutputStream().write("<p>bonjour</p>".getBytes(StandardCharsets.UTF_8));
        };
        cache.doFilter(request("/", null), new MockHttpServletResponse(), french);
        MockHttpServletResponse kept = new MockHttpServletResponse();
        cache.doFilter(request("/", null), kept, french);

        assertThat(drawn).hasValue(1);
        assertThat(kept.getHeader("Content-Language")).isEqualTo("fr");
    }

    @Test
    void theMissingFileOfAnAnonymousVisitorIsKeptButNoOtherMiss() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        FilterChain missing = (request, response) -> {
            answered.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(404);
            http.setContentType("text/plain");
            http.addHeader("X-Frame-Options", "DENY");
            response.getOutputStream().write("Not found\n".getBytes(StandardCharsets.UTF_8));
        };
        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            cache.doFilter(request("/css/missing.css", null), response, missing);
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).isEqualTo("Not found\n");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        }
        assertThat(answered).as("a missing file").hasValue(1);

        for (int i = 0; i < 2; i++) {
            cache.doFilter(request("/no-such-page", null), new MockHttpServletResponse(), missing);
            cache.doFilter(request("/api/v1/trainings/404", null), new MockHttpServletResponse(), missing);
        }
        assertThat(answered).as("a missing page or record").hasValue(5);
    }

    @Test
    void conditionsOriginsAndOtherMethodsGoTheWholeWayAndHttpsIsKeptApart() throws Exception {
        for (int i = 0; i < 2; i++) {
            for (String header : new String[] {"If-None-Match", "If-Modified-Since", "Origin", "Range"}) {
                getAs("/trainings", request -> request.addHeader(header, "x"));
            }
            getAs("/trainings", request -> request.setMethod("HEAD"));
        }
        assertThat(drawn).hasValue(10);

        get("/trainings", null);
        getAs("/trainings", request -> request.setSecure(true));
        get("/trainings", null);
        assertThat(drawn).as("over HTTP and over HTTPS, each drawn once").hasValue(12);
    }

    @Test
    void aKeptAnswerKeepsEveryHeaderOfTheDrawnOneButItsCookiesAndDate() throws Exception {
        FilterChain headers = (request, response) -> {
            drawn.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setContentType("application/json");
            http.addHeader("Vary", "Accept-Language");
            http.addHeader("Vary", "Accept-Encoding");
            http.setHeader("Content-Security-Policy", "default-src 'self'");
            http.setHeader("Date", "Tue, 01 Dec 2026 10:00:00 GMT");
            response.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
        };
        cache.doFilter(request("/api/v1/trainings", null), new MockHttpServletResponse(), headers);
        MockHttpServletResponse kept = new MockHttpServletResponse();
        cache.doFilter(request("/api/v1/trainings", null), kept, headers);

        assertThat(drawn).hasValue(1);
        assertThat(kept.getHeaders("Vary")).containsExactly("Accept-Language", "Accept-Encoding");
        assertThat(kept.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
        assertThat(kept.getHeader("Date")).isNull();
        assertThat(kept.getContentLength()).isEqualTo(2);
    }

    @Test
    void aWriteEmptiesTheCacheAtOnce() throws Exception {
        get("/trainings", null);
        MockHttpServletRequest write = new MockHttpServletRequest("POST", "/trainer/trainings/new");
        cache.doFilter(write, new MockHttpServletResponse(), (request, response) -> {});
        MockHttpServletResponse after = get("/trainings", null);

        assertThat(after.getContentAsString()).isEqualTo("<p>page 2</p>");
    }

    @Test
    void anAnswerDrawnWhileAWriteEndedIsNotKept() throws Exception {
        FilterChain overtaken = (request, response) -> {
            MockHttpServletRequest write = new MockHttpServletRequest("POST", "/api/v1/trainings/7/enrollments");
            cache.doFilter(write, new MockHttpServletResponse(), (writeRequest, writeResponse) -> {});
            page.doFilter(request, response);
        };
        cache.doFilter(request("/trainings", null), new MockHttpServletResponse(), overtaken);
        MockHttpServletResponse after = get("/trainings", null);

        assertThat(after.getContentAsString()).isEqualTo("<p>page 2</p>");
    }

    @Test
    void whatIsKeptIsBoundedBySizeWhateverTheQueriesCallersSend() throws Exception {
        byte[] large = new byte[100 * 1024];
        FilterChain heavy = (request, response) -> {
            drawn.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(large);
        };
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 200; i++) {
                cache.doFilter(request("/trainings", "junk=" + i), new MockHttpServletResponse(), heavy);
            }
        }
        assertThat(drawn.get())
                .as("20 MB of pages asked twice: at most 8 MB of them kept, so most are drawn again")
                .isGreaterThan(200 + 100);
    }

    @Test
    void aPageIsKeptOnlyForAMoment() throws Exception {
        AnonymousReadCache brief =
                new AnonymousReadCache(HttpServletRequest::isSecure, Duration.ofMillis(50), "RI_SESSION");
        brief.doFilter(request("/", null), new MockHttpServletResponse(), page);
        Thread.sleep(120);
        brief.doFilter(request("/", null), new MockHttpServletResponse(), page);

        assertThat(drawn).hasValue(2);
    }

    @Test
    void aZeroLifetimeKeepsNothing() throws Exception {
        AnonymousReadCache off = new AnonymousReadCache(HttpServletRequest::isSecure, Duration.ZERO, "RI_SESSION");
        off.doFilter(request("/", null), new MockHttpServletResponse(), page);
        off.doFilter(request("/", null), new MockHttpServletResponse(), page);

        assertThat(drawn).hasValue(2);
    }

    private MockHttpServletResponse get(String path, String query) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request(path, query), response, page);
        return response;
    }

    /** A page asked for in some particular way (a header, a cookie, a method). */
    private void getAs(String path, Consumer<MockHttpServletRequest> asked) throws Exception {
        MockHttpServletRequest request = request(path, null);
        asked.accept(request);
        cache.doFilter(request, new MockHttpServletResponse(), page);
    }

    private static MockHttpServletRequest request(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (query != null) {
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return request;
    }
}
