package cm.resultinstitute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The stack floor (scripts/benchmark/stack-floor) measures the platform's stack only while it is the same stack: its
 * Spring Boot and springdoc versions follow the platform's.
 */
class StackFloorVersionsTest {

    private static final String BOOT = "/project/parent/version";
    private static final String SPRINGDOC = "/project/properties/springdoc.version";

    @Test
    void theStackFloorBuildsOnThePlatformsVersions() throws Exception {
        Document platform = read(Path.of("pom.xml"));
        Document floor = read(Path.of("scripts/benchmark/stack-floor/pom.xml"));

        assertThat(value(floor, BOOT)).isNotBlank().isEqualTo(value(platform, BOOT));
        assertThat(value(floor, SPRINGDOC)).isNotBlank().isEqualTo(value(platform, SPRINGDOC));
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static String value(Document pom, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, pom).trim();
    }
}
