package cm.resultinstitute.platform.shared.text;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;

/** The two languages of Cameroon, in which the institute writes its trainings and posts. */
public enum Language {
    EN,
    FR;

    /** The code the API, the database and HTML use: {@code en}, {@code fr}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public Language other() {
        return this == EN ? FR : EN;
    }

    /** The language of a code or a language tag ({@code fr}, {@code fr-CM}, {@code EN}), if it is one of the two. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return of(Locale.forLanguageTag(tag.trim().replace('_', '-')));
    }

    public static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return switch (locale.getLanguage()) {
            case "en" -> Optional.of(EN);
            case "fr" -> Optional.of(FR);
            default -> Optional.empty();
        };
    }

    /** The language of a page or a reader's locale, English for any other. */
    public static Language of(Locale locale, Language fallback) {
        return of(locale).orElse(fallback);
    }

    /** The language of the page being drawn or of the request being read ({@code ?lang=}, else the browser's). */
    public static Language ofPage() {
        return of(LocaleContextHolder.getLocale()).orElse(EN);
    }

    /** The language of a stored code, English for anything else (the default of every original). */
    public static Language stored(String code) {
        return of(code).orElse(EN);
    }
}
