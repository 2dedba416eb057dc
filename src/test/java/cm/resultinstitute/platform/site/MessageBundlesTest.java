package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The staff work in French and English: every text of the platform exists in both. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyEnglishTextHasItsFrenchOneAndTheOtherWayRound() throws IOException {
        List<Path> english;
        try (Stream<Path> files = Files.list(RESOURCES)) {
            english = files.filter(file -> file.getFileName().toString().endsWith("messages.properties"))
                    .toList();
        }
        assertThat(english).hasSizeGreaterThan(5);
        for (Path bundle : english) {
            Path french =
                    bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", "_fr.properties"));
            assertThat(load(french).stringPropertyNames())
                    .as(french.toString())
                    .containsExactlyInAnyOrderElementsOf(load(bundle).stringPropertyNames());
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
