package cm.resultinstitute.platform.shared.text;

import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** The rules every translated text follows, whatever its fields: a trainings', a session's, a post's. */
public final class Translations {

    private Translations() {}

    /**
     * A text's translations after a writer's changes, by language code: a text adds or replaces its language's (as
     * {@code checked} makes it), {@code null} removes it, a language not named is kept. A code other than {@code en}
     * or {@code fr} is refused, and so is a translation into the original's own language, naming
     * {@code originalField} when the original's change caused it.
     */
    public static <T> Map<String, T> changed(
            Map<String, T> current,
            Map<String, T> changes,
            Language original,
            String originalField,
            BiFunction<Language, T, T> checked) {
        Map<String, T> after = new LinkedHashMap<>(current);
        if (changes != null) {
            changes.forEach((code, text) -> {
                Language language = language(code);
                if (text == null) {
                    after.remove(language.code());
                } else {
                    after.put(language.code(), checked.apply(language, text));
                }
            });
        }
        if (after.containsKey(original.code())) {
            boolean named = changes != null && changes.containsKey(original.code());
            throw InvalidRequestException.field(
                    originalField != null && !named ? originalField : "translations." + original.code(),
                    "{validation.translationOfOriginal}");
        }
        return after;
    }

    /** A title a translation must have, trimmed. */
    public static String title(String title, Language language, int maxLength) {
        String field = "translations." + language.code() + ".title";
        if (title == null || title.isBlank()) {
            throw InvalidRequestException.field(field, "{validation.notBlank}");
        }
        if (title.trim().length() > maxLength) {
            throw InvalidRequestException.field(field, "{validation.tooLong}");
        }
        return title.trim();
    }

    private static Language language(String code) {
        return Language.of(code)
                .filter(language -> language.code().equals(code))
                .orElseThrow(() -> InvalidRequestException.field("translations." + code, "{validation.language}"));
    }
}
