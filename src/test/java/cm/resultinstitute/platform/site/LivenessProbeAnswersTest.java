package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.shared.web.ClientAddress;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PlatformTest
class LivenessProbeAnswersTest {

    private static final String PATH = LivenessProbeAnswers.PATH;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationAvailability availability;

    @Autowired
    ClientAddress clientAddress;

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aProbeAnsweredFromMemoryGetsTheActuatorsOwnAnswerHeadersAndAll() throws Exception {
        for (String accept : new String[] {null, "application/json", "application/vnd.spring-boot.actuator.v3+json"}) {
            HttpResponse<String> first = probe(accept, builder -> {});
            HttpResponse<String> again = probe(accept, builder -> {});
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(again.statusCode()).isEqualTo(first.statusCode());
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(HeadersCompared.allBut("date", again.headers()))
                    .isEqualTo(HeadersCompared.allBut("date", first.headers()));
            assertThat(first.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(probe("application/json", builder -> {}).headers().firstValue("Content-Type"))
                .hasValue("application/json");
    }

    @Test
    void aBrokenPlatformIsSaidDownAtOnceAndUpAgainWhenItRecovers() throws Exception {
        probe(null, builder -> {});
        try {
            AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> down = probe(null, builder -> {});
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\"}");
            }
        } finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
        HttpResponse<String> up = probe(null, builder -> {});
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void aProbeWithCredentialsGoesTheWholeWayAndSeesWhatItsRightsShow() throws Exception {
        String admin = Logins.newUser(mvc, "probe-admin@example.com", "admin").accessToken();
        probe(null, builder -> {});
        HttpResponse<String> signedIn = probe(null, builder -> builder.header("Authorization", "Bearer " + admin));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"components\"").contains("livenessState");
        HttpResponse<String> forged = probe(null, builder -> builder.header("Authorization", "Bearer forged"));
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void theSecondProbeOfAKindSkipsTheChainAndANewStateIsANewKind() throws Exception {
        LivenessProbeAnswers answers = fresh();
        AtomicInteger throughChain = new AtomicInteger();
        FilterChain actuator = answering(throughChain, 200, "{\"status\":\"UP\"}");

        MockHttpServletResponse first = run(answers, get(), actuator);
        MockHttpServletResponse again = run(answers, get(), actuator);

        assertThat(throughChain).hasValue(1);
        assertThat(again.getStatus()).isEqualTo(first.getStatus()).isEqualTo(200);
        assertThat(again.getContentType()).isEqualTo(first.getContentType());
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(again.getHeaders("X-Probe")).containsExactly("one", "two");
        assertThat(again.getContentLength()).isEqualTo(first.getContentAsByteArray().length);

        try {
            AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
            run(answers, get(), actuator);
            run(answers, get(), actuator);
        } finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
        assertThat(throughChain).hasValue(2);
        run(answers, get(), actuator);
        assertThat(throughChain).hasValue(2);
    }

    @Test
    void probesAskedDifferentlyAreKindsOfTheirOwn() throws Exception {
        LivenessProbeAnswers answers = fresh();
        AtomicInteger throughChain = new AtomicInteger();
        FilterChain actuator = answering(throughChain, 200, "{}");
        MockHttpServletRequest json = get();
        json.addHeader("Accept", "application/json");
        MockHttpServletRequest overHttps = get();
        overHttps.setSecure(true);

        for (int i = 0; i < 2; i++) {
            run(answers, get(), actuator);
            run(answers, json, actuator);
            run(answers, overHttps, actuator);
        }

        assertThat(throughChain).hasValue(3);
        assertThat(answers.kindsKnown()).isEqualTo(3);
    }

    @Test
    void probesWithCredentialsCookiesAnOriginOrAQueryAndOtherRequestsAreNeverAnsweredFromMemory() throws Exception {
        Map<String, Consumer<MockHttpServletRequest>> requests = Map.of(
                "bearer", request -> request.addHeader("Authorization", "Bearer x"),
                "cookie", request -> request.addHeader("Cookie", "SESSION=x"),
                "origin", request -> request.addHeader("Origin", "https://elsewhere.example"),
                "query", request -> request.setQueryString("verbose=true"),
                "post", request -> request.setMethod("POST"),
                "head", request -> request.setMethod("HEAD"),
                "readiness", request -> request.setRequestURI("/actuator/health/readiness"),
                "below", request -> request.setRequestURI(PATH + "/more"));
        for (var entry : requests.entrySet()) {
            LivenessProbeAnswers answers = fresh();
            AtomicInteger throughChain = new AtomicInteger();
            FilterChain actuator = answering(throughChain, 200, "{}");
            for (int i = 0; i < 3; i++) {
                MockHttpServletRequest request = get();
                entry.getValue().accept(request);
                run(answers, request, actuator);
            }
            assertThat(throughChain).as(entry.getKey()).hasValue(3);
            assertThat(answers.kindsKnown()).as(entry.getKey()).isZero();
        }
    }

    @Test
    void onlyUpAndDownAnswersWithoutCookiesAreKept() throws Exception {
        for (int status : new int[] {500, 404, 406}) {
            LivenessProbeAnswers answers = fresh();
            AtomicInteger throughChain = new AtomicInteger();
            run(answers, get(), answering(throughChain, status, "{}"));
            run(answers, get(), answering(throughChain, status, "{}"));
            assertThat(throughChain).as("status %d", status).hasValue(2);
        }
        LivenessProbeAnswers answers = fresh();
        AtomicInteger throughChain = new AtomicInteger();
        FilterChain withCookie = (request, response) -> {
            throughChain.incrementAndGet();
            ((HttpServletResponse) response).addHeader("Set-Cookie", "SESSION=abc");
            response.setContentType("application/json");
            response.getWriter().write("{}");
        };
        run(answers, get(), withCookie);
        MockHttpServletResponse again = run(answers, get(), withCookie);
        assertThat(throughChain).hasValue(2);
        assertThat(again.getHeader("Set-Cookie")).isEqualTo("SESSION=abc");
    }

    @Test
    void theKindsKeptAreBoundedWhateverTheCallersSend() throws Exception {
        LivenessProbeAnswers answers = fresh();
        AtomicInteger throughChain = new AtomicInteger();
        FilterChain actuator = answering(throughChain, 200, "{}");
        for (int i = 0; i < LivenessProbeAnswers.MOST_KINDS * 3; i++) {
            MockHttpServletRequest request = get();
            request.addHeader("Accept", "application/json, text/x-" + UUID.randomUUID());
            run(answers, request, actuator);
        }
        assertThat(answers.kindsKnown()).isEqualTo(LivenessProbeAnswers.MOST_KINDS);
        assertThat(throughChain).hasValue(LivenessProbeAnswers.MOST_KINDS * 3);
    }

    private LivenessProbeAnswers fresh() {
        return new LivenessProbeAnswers(availability, clientAddress);
    }

    private static MockHttpServletRequest get() {
        return new MockHttpServletRequest("GET", PATH);
    }

    private static FilterChain answering(AtomicInteger calls, int status, String body) {
        return (request, response) -> {
            calls.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(status);
            http.setContentType("application/json");
            http.addHeader("X-Probe", "one");
            http.addHeader("X-Probe", "two");
            http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static MockHttpServletResponse run(
            LivenessProbeAnswers answers, MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        answers.doFilter(request, response, chain);
        return response;
    }

    private HttpResponse<String> probe(String accept, Consumer<HttpRequest.Builder> more) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH));
        if (accept != null) {
            builder.header("Accept", accept);
        }
        more.accept(builder);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
