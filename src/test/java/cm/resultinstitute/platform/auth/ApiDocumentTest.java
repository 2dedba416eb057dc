package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The OpenAPI document tells a client generator which operations need a token and how each can fail. */
@PlatformTest
class ApiDocumentTest {

    @Autowired
    MockMvcTester mvc;

    JsonNode document;

    @BeforeEach
    void theDocument() throws Exception {
        String json = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // For the eye, and for linters and client generators run by hand.
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "api-docs.json"), json);
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void aBearerSchemeGuardsExactlyTheOperationsThatNeedAToken() {
        JsonNode scheme = document.at("/components/securitySchemes/bearerAuth");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");

        assertThat(secured("get", "/api/v1/trainings")).isFalse();
        assertThat(secured("get", "/api/v1/trainings/{id}")).isFalse();
        assertThat(secured("get", "/api/v1/blog/posts")).isFalse();
        assertThat(secured("post", "/api/v1/auth/login")).isFalse();
        assertThat(secured("post", "/api/v1/auth/refresh")).isFalse();
        assertThat(secured("get", "/api/v1/me")).isTrue();
        assertThat(secured("post", "/api/v1/trainings")).isTrue();
        assertThat(secured("put", "/api/v1/sessions/{id}/attendance")).isTrue();
        assertThat(secured("get", "/api/v1/reports/dashboard")).isTrue();

        List<String> open = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    assertThat(operation.getValue().has("security"))
                            .as("security said, even when none: " + operation.getKey() + " " + path.getKey())
                            .isTrue();
                    if (operation.getValue().path("security").isEmpty()) {
                        open.add(operation.getKey() + " " + path.getKey());
                    }
                }));
        assertThat(open).allSatisfy(operation -> assertThat(operation).matches("(post /api/v1/auth/.*|get .*)"));
    }

    @Test
    void everyOperationListsTheProblemsItCanAnswer() {
        JsonNode attendance = document.at("/paths/~1api~1v1~1sessions~1{id}~1attendance/put/responses");
        assertThat(attendance.propertyNames())
                .contains("200", "400", "401", "403", "404", "409", "413", "415", "422", "503");
        assertThat(attendance
                        .at("/409/content/application~1problem+json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        JsonNode login = document.at("/paths/~1api~1v1~1auth~1login/post/responses");
        assertThat(login.propertyNames()).contains("429", "401", "403");
        assertThat(login.at("/401/description").asString())
                .as("a public operation's 401 says what it means there")
                .isEqualTo("Wrong email or password.");
        assertThat(document.at("/paths/~1api~1v1~1auth~1register/post/responses")
                        .propertyNames())
                .contains("429")
                .doesNotContain("401", "403");
        assertThat(document.at("/paths/~1api~1v1~1auth~1login/post/responses/429/headers/Retry-After/schema/type")
                        .asString())
                .isEqualTo("integer");
        assertThat(attendance.at("/503/headers/Retry-After").isMissingNode()).isFalse();
        assertThat(document.at("/components/schemas/Problem/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> assertThat(
                                operation.getValue().path("responses").has("503"))
                        .as(operation.getKey() + " " + path.getKey())
                        .isTrue()));
    }

    @Test
    void theDocumentNamesItsServerContactAndLicence() {
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("http://localhost:8080");
        assertThat(document.at("/info/title").asString()).isEqualTo("Result Institute platform API");
        assertThat(document.at("/info/contact/url").asString()).isEqualTo("https://resultinstitute.cm");
        assertThat(document.at("/info/license/name").asString()).isNotBlank();
        assertThat(document.at("/info/description").asString()).contains("/api/v1/auth/refresh");
    }

    @Test
    void everyTagUsedIsDescribed() {
        List<String> described = new ArrayList<>();
        document.path("tags").forEach(tag -> {
            assertThat(tag.path("description").asString())
                    .as(tag.path("name").asString())
                    .isNotBlank();
            described.add(tag.path("name").asString());
        });
        document.path("paths").properties().stream()
                // The probe controller of the tests' own, not part of the platform.
                .filter(path -> !path.getKey().startsWith("/api/v1/test-probe"))
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operation.getValue().path("tags").forEach(tag -> assertThat(described)
                                .as(operation.getKey() + " " + path.getKey())
                                .contains(tag.asString()))));
    }

    @Test
    void everyOperationSaysWhatItDoesAndWhoMayCallIt() {
        List<String> documented = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        document.path("paths").properties().stream()
                .filter(path -> !path.getKey().startsWith("/api/v1/test-probe"))
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                    documented.add(name);
                    if (operation.getValue().path("summary").asString().isBlank()
                            || operation
                                    .getValue()
                                    .path("description")
                                    .asString()
                                    .isBlank()) {
                        bare.add(name);
                    }
                }));

        assertThat(bare).as("operations without a summary or a description").isEmpty();
        assertThat(OperationTexts.read().keySet())
                .as("lines of " + OperationTexts.FILE + " naming no operation")
                .isSubsetOf(documented);
    }

    @Test
    void parametersAreWhatAClientSendsAndNothingElse() {
        List<String> wrong = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue()
                .properties()
                .forEach(method -> method.getValue().path("parameters").forEach(parameter -> {
                    String reference = parameter.path("schema").path("$ref").asString("");
                    if (reference.endsWith("/Caller") || reference.endsWith("/PageQuery")) {
                        wrong.add(method.getKey() + " " + path.getKey() + " "
                                + parameter.path("name").asString());
                    }
                })));
        assertThat(wrong)
                .as("the signed-in caller and the page object are not query parameters")
                .isEmpty();
        JsonNode catalogue = document.at("/paths/~1api~1v1~1trainings/get/parameters");
        List<String> names = new ArrayList<>();
        catalogue.forEach(parameter -> names.add(parameter.path("name").asString()));
        assertThat(names)
                .contains("lang", "translations", "page", "size", "sort")
                .doesNotContain("caller");
        catalogue.forEach(parameter -> {
            if (parameter.path("name").asString().equals("size")) {
                assertThat(parameter.at("/schema/maximum").asInt()).isEqualTo(100);
            }
            if (parameter.path("name").asString().equals("sort")) {
                assertThat(parameter.at("/schema/items/enum").toString()).contains("\"startDate,asc\"");
            }
            if (parameter.path("name").asString().equals("lang")) {
                assertThat(parameter.at("/schema/enum").toString()).isEqualTo("[\"en\",\"fr\"]");
            }
        });
    }

    /**
     * The document the build generates its Java client from ({@code src/test/resources/openapi/platform-api.json},
     * see {@code GeneratedClientJourneyTest}) is the one the application serves: a change of the API shows here, and
     * the fresh document waits in {@code target/platform-api.json} to be copied over.
     */
    @Test
    void theClientsDocumentIsTheServedOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        tools.jackson.databind.node.ObjectNode served = (tools.jackson.databind.node.ObjectNode) document.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) served.path("paths"))
                .properties()
                .removeIf(path -> path.getKey().contains("/test-probe/"));
        Files.writeString(
                Path.of("target", "platform-api.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(served));
        JsonNode committed = json.readTree(Files.readString(Path.of("src/test/resources/openapi/platform-api.json")));
        assertThat(committed)
                .as("src/test/resources/openapi/platform-api.json is stale: copy target/platform-api.json over it")
                .isEqualTo(served);
    }

    @Test
    void everyParameterShowsAnExample() {
        List<String> without = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue()
                .properties()
                .forEach(method -> method.getValue().path("parameters").forEach(parameter -> {
                    if (parameter.path("example").isMissingNode()
                            && parameter.at("/schema/example").isMissingNode()
                            && !path.getKey().contains("/test-probe/")) {
                        without.add(method.getKey() + " " + path.getKey() + " "
                                + parameter.path("name").asString());
                    }
                })));
        assertThat(without).isEmpty();
    }

    @Test
    void aFieldThatMayBeLeftOutButNotClearedIsNeverNull() {
        JsonNode training = document.at("/components/schemas/UpdateTraining/properties");
        assertThat(training.at("/title/type").asString()).isEqualTo("string");
        assertThat(training.at("/status/enum").valueStream().map(JsonNode::asString))
                .containsExactly("draft", "published", "archived");
        assertThat(training.at("/description/type").valueStream().map(JsonNode::asString))
                .as("a field that may be cleared")
                .containsExactly("string", "null");
        assertThat(training.at("/title").has("x-not-null-when-sent"))
                .as("the mark used while the document is built")
                .isFalse();
        JsonNode task = document.at("/components/schemas/UpdateTaskRequest/properties");
        assertThat(task.at("/title/type").asString())
                .as("a change read through setters shows its fields' rules too")
                .isEqualTo("string");
        assertThat(task.at("/title/maxLength").asInt()).isEqualTo(255);
        assertThat(task.has("given")).isFalse();
    }

    @Test
    void everyFieldOfARequestBodyShowsAnExample() {
        List<String> without = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    JsonNode schema = method.getValue().at("/requestBody/content/application~1json/schema");
                    String reference = schema.path("$ref")
                            .asString(schema.at("/items/$ref").asString(""));
                    if (reference.isEmpty() || path.getKey().contains("/test-probe/")) {
                        return;
                    }
                    String name = reference.substring(reference.lastIndexOf('/') + 1);
                    document.at("/components/schemas/" + name + "/properties")
                            .properties()
                            .forEach(field -> {
                                if (field.getValue().path("example").isMissingNode()
                                        && field.getValue().path("$ref").isMissingNode()) {
                                    without.add(name + "." + field.getKey());
                                }
                            });
                }));
        assertThat(without).isEmpty();
    }

    @Test
    void creationsAnswer201() {
        for (String path : List.of(
                "/api/v1/auth/register",
                "/api/v1/users",
                "/api/v1/trainings",
                "/api/v1/trainings/{id}/sessions",
                "/api/v1/trainings/{id}/sessions/series",
                "/api/v1/trainings/{id}/enrollments",
                "/api/v1/trainings/{id}/waitlist",
                "/api/v1/projects",
                "/api/v1/projects/{id}/tasks",
                "/api/v1/blog/posts")) {
            assertThat(document.path("paths")
                            .path(path)
                            .path("post")
                            .path("responses")
                            .propertyNames())
                    .as(path)
                    .contains("201")
                    .doesNotContain("200");
        }
    }

    @Test
    void eachPathHasOneTemplate() {
        List<String> paths = new ArrayList<>();
        document.path("paths").propertyNames().forEach(paths::add);
        List<String> shapes =
                paths.stream().map(path -> path.replaceAll("\\{[^}]+}", "{}")).toList();
        assertThat(shapes).as("two templates for the same path: " + paths).doesNotHaveDuplicates();
    }

    private boolean secured(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode())
                .as(method + " " + path + " is documented")
                .isFalse();
        return !operation.path("security").isEmpty();
    }
}
