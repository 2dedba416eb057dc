package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@PlatformTest
class ProblemDetailsTest {

    private static final String PROBE = "/api/v1/test-probe";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @LocalServerPort
    int port;

    @Test
    void malformedJsonIs400() {
        MvcTestResult result = post("{\"name\": \"Jane\", ");
        assertProblem(result, 400, "bad-request");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The request body is not valid JSON.");
        MvcTestResult none = post("");
        assertProblem(none, 400, "bad-request");
        assertThat(none)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("The request has no body: send the JSON or the file this operation reads.");
    }

    @Test
    void invalidFieldsAre400WithOneErrorPerField() {
        MvcTestResult result = post("{\"name\": \"\", \"email\": \"not-an-email\", \"progress\": 101}");
        assertProblem(result, 400, "validation");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("name", "email", "progress");
    }

    @Test
    void unknownPropertyIs400NamingIt() {
        MvcTestResult result = post("{\"name\": \"Jane\", \"email\": \"jane@x.cm\", \"role\": \"admin\"}");
        assertProblem(result, 400, "validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("role");
    }

    @Test
    void valueOfTheWrongTypeIs400NamingTheField() {
        MvcTestResult result = post("{\"name\": \"Jane\", \"email\": \"jane@x.cm\", \"progress\": \"lots\"}");
        assertProblem(result, 400, "validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("progress");
    }

    @Test
    void validBodyPasses() {
        assertThat(post("{\"name\": \"Jane\", \"email\": \"jane@x.cm\", \"progress\": 40}"))
                .hasStatus(201);
    }

    @Test
    void badPathOrQueryParameterIs400() {
        assertProblem(mvc.get().uri(PROBE + "/numbers/abc?factor=2").exchange(), 400, "validation");
        MvcTestResult missing = mvc.get().uri(PROBE + "/numbers/3").exchange();
        assertProblem(missing, 400, "validation");
        assertThat(missing).bodyJson().extractingPath("$.errors[0].field").isEqualTo("factor");
    }

    @Test
    void unknownApiPathIs404Problem() {
        MvcTestResult result = mvc.get().uri(PROBE + "/no-such-thing").exchange();
        assertProblem(result, 404, "not-found");
        assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(PROBE + "/no-such-thing");
    }

    @Test
    void requestsAreMappedByTheMappingThatSkipsImpossiblePaths() {
        assertThat(handlerMapping).isInstanceOf(FixedPrefixHandlerMapping.class);
        assertThat(mvc.get().uri("/api/v1/trainings/999999").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/trainings/999999/sessions").exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/trainings?size=1").exchange()).hasStatusOk();
    }

    @Test
    void wrongMethodIs405WithAllow() {
        MvcTestResult result = mvc.delete().uri(PROBE + "/people").exchange();
        assertProblem(result, 405, "method-not-allowed");
        assertThat(result).headers().hasValue(HttpHeaders.ALLOW, "POST");
    }

    @Test
    void wrongContentTypeIs415() {
        MvcTestResult result = mvc.post()
                .uri(PROBE + "/people")
                .contentType(MediaType.TEXT_PLAIN)
                .content("hello")
                .exchange();
        assertProblem(result, 415, "unsupported-media-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "application/xml", "text/xml"})
    void bodyInAnotherFormatThanJsonIs415(String type) {
        MvcTestResult result = mvc.post()
                .uri(PROBE + "/people")
                .contentType(type)
                .content("name: Jane\nemail: jane@x.cm\n")
                .exchange();
        assertProblem(result, 415, "unsupported-media-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "application/xml"})
    void answerInAnotherFormatThanJsonIs406(String type) {
        assertThat(mvc.get().uri(PROBE + "/numbers/3?factor=2").accept(type).exchange())
                .hasStatus(406);
        assertThat(mvc.get().uri(PROBE + "/numbers/3?factor=2").exchange()).hasStatusOk();
    }

    @Test
    void bodyDeclaredOverOneMebibyteIs413() {
        String big = "{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}";
        assertProblem(post(big), 413, "payload-too-large");
    }

    @Test
    void streamedBodyOverOneMebibyteIs413() throws Exception {
        byte[] big = ("{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PROBE + "/people"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("payload-too-large");
    }

    @Test
    void uniqueViolationIs409NamingTheField() {
        MvcTestResult result = mvc.post()
                .uri(PROBE + "/duplicate-user?email=twice@example.com")
                .exchange();
        assertProblem(result, 409, "duplicate");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void foreignKeyViolationIs409() {
        assertProblem(mvc.post().uri(PROBE + "/orphan-session").exchange(), 409, "referenced");
    }

    @Test
    void domainConflictKeepsItsOwnType() {
        assertProblem(mvc.get().uri(PROBE + "/conflict").exchange(), 409, "training-full");
    }

    @Test
    void unexpectedErrorIs500RevealingNothing() throws Exception {
        MvcTestResult result = mvc.get().uri(PROBE + "/failure").exchange();
        assertProblem(result, 500, "internal-error");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("SELECT", "password_hash", "IllegalStateException", "java.", "at cm.");
    }

    @Test
    void lostDatabaseIs503WithRetryAfter() {
        MvcTestResult result = mvc.get().uri(PROBE + "/outage").exchange();
        assertProblem(result, 503, "unavailable");
        assertThat(result).hasHeader(HttpHeaders.RETRY_AFTER, "5");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("The service is unavailable: try again later.");
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        MvcTestResult result = mvc.get()
                .uri(PROBE + "/no-such-thing")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CM,fr;q=0.9")
                .exchange();
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Introuvable");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Aucune ressource n'existe à cette adresse.");
    }

    @Test
    void unknownPageIsAnHtmlErrorPageNotJson() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("This page does not exist.").doesNotContain("Whitelabel");
    }

    @Test
    void errorsOutsideSpringMvcAreProblemsToo() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":500").doesNotContain("trace", "exception");
    }

    private MvcTestResult post(String json) {
        return mvc.post()
                .uri(PROBE + "/people")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private static void assertProblem(MvcTestResult result, int status, String type) {
        assertThat(result).hasStatus(status);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(Problems.TYPE_BASE + type);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(result).bodyJson().extractingPath("$.title").isNotNull();
    }
}
