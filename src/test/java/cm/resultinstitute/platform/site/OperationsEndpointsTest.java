package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class OperationsEndpointsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    HealthEndpointGroups groups;

    @Test
    void healthIsUpWithoutDetailsForAnonymousCallers() {
        MvcTestResult result = mvc.get().uri("/actuator/health").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("UP");
        assertThat(result).bodyJson().doesNotHavePath("$.components");
        assertThat(result).bodyJson().doesNotHavePath("$.details");
    }

    @ParameterizedTest
    @ValueSource(strings = {"participant", "trainer"})
    void healthShowsSignedInCallersTheStatusOnly(String role) {
        MvcTestResult result = healthFor(Logins.newUser(mvc, role + "@health.test", role));
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().doesNotHavePath("$.components");
    }

    @Test
    void healthShowsAdminsItsDetails() {
        MvcTestResult result = healthFor(Logins.newUser(mvc, "admin@health.test", "admin"));
        assertThat(result).bodyJson().extractingPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void livenessAndReadinessProbesAnswer() {
        assertThat(mvc.get().uri("/actuator/health/liveness").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk();
    }

    @Test
    void readinessWatchesTheDatabaseAndLivenessDoesNot() {
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void openApiDescribesTheApi() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.openapi").asString().startsWith("3.");
    }

    @Test
    void swaggerUiIsServed() {
        MvcTestResult redirect = mvc.get().uri("/swagger-ui.html").exchange();
        assertThat(redirect).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
    }

    private MvcTestResult healthFor(SignedIn caller) {
        return mvc.get()
                .uri("/actuator/health")
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .exchange();
    }
}
