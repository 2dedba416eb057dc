package cm.resultinstitute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;

/**
 * The README's launch ({@code scripts/java-opts}) and {@code ./mvnw spring-boot:run} ({@code platform.jvm.options})
 * start the platform with the same options, and a JVM of this project's range accepts them.
 */
class LaunchOptionsTest {

    @Test
    void theScriptAndTheBuildLaunchAlike() throws Exception {
        String pom = XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                        "/project/properties/platform.jvm.options",
                        DocumentBuilderFactory.newInstance()
                                .newDocumentBuilder()
                                .parse(Path.of("pom.xml").toFile()));

        assertThat(options(pom)).isNotEmpty().isEqualTo(javaOpts());
    }

    @Test
    void theJvmStartsWithThem() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOpts());
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(java.getInputStream().readAllBytes());

        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(said).isZero();
    }

    private static List<String> javaOpts() throws Exception {
        return options(Files.readString(Path.of("scripts/java-opts")));
    }

    private static List<String> options(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
