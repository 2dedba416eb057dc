package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every response tells browsers to run only the platform's own code and frames, never to sniff, never to frame it. */
@PlatformTest
class SecurityHeadersTest {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/api/v1/me", "/api/v1/no-such-path", "/actuator/health", "/no-such-page"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("frame-src https://www.youtube-nocookie.com")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(result).headers().hasValue("X-Content-Type-Options", "nosniff");
        assertThat(result).headers().containsHeader("Referrer-Policy");
        assertThat(result).headers().hasValue("X-Frame-Options", "DENY");
    }

    @Test
    void authenticationAnswersAreNeverCached() {
        MvcTestResult refused = Logins.attempt(mvc, "nobody@example.com", "wrong-password");
        assertThat(refused.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        SignedIn jane = Logins.newUser(mvc, "headers@example.com", "participant");
        MvcTestResult me = mvc.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, jane.bearer())
                .exchange();
        assertThat(me.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }

    @Test
    void metricsAreForAdminsOnly() throws Exception {
        assertThat(mvc.get().uri("/actuator/prometheus").exchange()).hasStatus(401);
        SignedIn participant = Logins.newUser(mvc, "metrics-participant@example.com", "participant");
        assertThat(mvc.get()
                        .uri("/actuator/prometheus")
                        .header(HttpHeaders.AUTHORIZATION, participant.bearer())
                        .exchange())
                .hasStatus(403);
        SignedIn admin = Logins.newUser(mvc, "metrics-admin@example.com", "admin");
        MvcTestResult metrics = mvc.get()
                .uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .exchange();
        assertThat(metrics).hasStatusOk();
        assertThat(metrics.getResponse().getContentAsString()).contains("hikaricp_connections");
    }

    @Test
    void unknownApiPathsAskAnonymousCallersToSignInFirst() {
        MvcTestResult result = mvc.get().uri("/api/v1/no-such-path").exchange();
        assertThat(result).hasStatus(401);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }
}
