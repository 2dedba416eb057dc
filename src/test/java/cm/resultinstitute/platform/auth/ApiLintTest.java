package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cm.resultinstitute.platform.test.PlatformTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v3/api-docs} passes Redocly's recommended rules, as an integrator's linter would run them. Needs the
 * {@code redocly} command ({@code npm install -g @redocly/cli}, which {@code .ci/run} does); without it the test is
 * skipped, unless {@code REQUIRE_REDOCLY=true} makes that a failure.
 */
@PlatformTest
class ApiLintTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theDocumentPassesRedoclysRecommendedRules() throws Exception {
        boolean installed = onPath("redocly");
        if (Boolean.parseBoolean(System.getenv("REQUIRE_REDOCLY"))) {
            assertThat(installed).as("redocly on the PATH").isTrue();
        }
        assumeThat(installed).as("redocly on the PATH").isTrue();

        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(
                mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        // The tests' own probe endpoints are not the platform's.
        ((ObjectNode) document.path("paths")).properties().removeIf(path -> path.getKey()
                .contains("/test-probe/"));
        Path file = Path.of("target", "api-docs-lint.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.writeValueAsString(document));

        Path report = Path.of("target", "api-docs-lint-report.json");
        Process lint = new ProcessBuilder(
                        "redocly", "lint", "--extends", "recommended", "--format", "json", file.toString())
                .redirectOutput(report.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("redocly finished").isTrue();
        JsonNode problems = json.readTree(Files.readString(report)).path("problems");
        List<String> errors = new ArrayList<>();
        problems.forEach(problem -> {
            if ("error".equals(problem.path("severity").asString())) {
                errors.add(problem.path("ruleId").asString() + ": "
                        + problem.path("message").asString() + " at "
                        + problem.at("/location/0/pointer").asString());
            }
        });
        assertThat(errors)
                .as("Redocly's errors (the full report is in %s)", report)
                .isEmpty();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
