package cm.resultinstitute.platform.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action the code records has a label in English and in French, so that no page shows a bare code. */
class ActionLabelsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String PREFIX = "admin.activity.action.";
    private static final Pattern ENTRY = Pattern.compile("ActivityEntry\\.of\\(\\s*([^,\\s]+)\\s*,");
    private static final Pattern ACTION_CHOICE = Pattern.compile("(?s)String action\\s*=(.*?)activity\\.record");
    private static final Pattern CODE = Pattern.compile("\"([a-z]+(?:_[a-z]+)+)\"");

    @Test
    void everyRecordedActionHasAnEnglishAndAFrenchLabel() throws IOException {
        Set<String> recorded = recordedActions();
        assertThat(recorded).contains("user_login", "training_published", "blog_post_withdrawn", "enrollment_dropped");
        assertThat(labelled("admin-messages.properties")).containsAll(recorded);
        assertThat(labelled("admin-messages_fr.properties")).containsAll(recorded);
    }

    @Test
    void bothLanguagesLabelTheSameActions() throws IOException {
        assertThat(labelled("admin-messages_fr.properties")).isEqualTo(labelled("admin-messages.properties"));
    }

    /**
     * The first argument of every {@code ActivityEntry.of}: a code, or a variable {@code action} chosen among codes
     * just before. Any other form fails here, so that a new way of naming actions cannot slip past the labels.
     */
    private static Set<String> recordedActions() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher entry = ENTRY.matcher(source);
                while (entry.find()) {
                    String argument = entry.group(1);
                    if (argument.startsWith("\"")) {
                        codes.add(argument.substring(1, argument.length() - 1));
                    } else {
                        assertThat(argument)
                                .as("the action of an entry in %s", file)
                                .isEqualTo("action");
                        Matcher choice = ACTION_CHOICE.matcher(source);
                        assertThat(choice.find())
                                .as("how %s chooses its action", file)
                                .isTrue();
                        do {
                            codes.addAll(codes(choice.group(1)));
                        } while (choice.find());
                    }
                }
            }
        }
        return codes;
    }

    private static Set<String> codes(String text) {
        return CODE.matcher(text).results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    private static Set<String> labelled(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages.stringPropertyNames().stream()
                .filter(key -> key.startsWith(PREFIX))
                .map(key -> key.substring(PREFIX.length()))
                .filter(code -> !messages.getProperty(PREFIX + code).isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
