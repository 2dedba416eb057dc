package cm.resultinstitute.platform.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/** The summary and description of each API operation, from {@code openapi/operations.txt}, by "METHOD path". */
final class OperationTexts {

    static final String FILE = "openapi/operations.txt";

    private OperationTexts() {}

    static Map<String, String[]> read() {
        Map<String, String[]> texts = new LinkedHashMap<>();
        try {
            new ClassPathResource(FILE)
                    .getContentAsString(StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\s*\\|\\s*", 3))
                    .filter(parts -> parts.length == 3)
                    .forEach(parts -> texts.put(parts[0].strip(), new String[] {parts[1], parts[2]}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
