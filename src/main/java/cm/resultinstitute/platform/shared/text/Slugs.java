package cm.resultinstitute.platform.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Web addresses made from titles: lower case, ASCII, words joined by {@code -}, French accents folded
 * ("Développement personnel" → {@code developpement-personnel}); {@code -2}, {@code -3}... when taken. A slug is
 * never only digits, which would read as an id in the {@code /{idOrSlug}} paths.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 255;

    private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    /** Room for a "-123" suffix on a collision. */
    private static final int BASE_LENGTH = 200;

    private Slugs() {}

    /** The slug of a title; {@code fallback} (e.g. "post") stands in for a title with no letter or digit. */
    public static String of(String title, String fallback) {
        String folded = MARKS.matcher(Normalizer.normalize(
                        (title == null ? "" : title)
                                .replace("œ", "oe")
                                .replace("Œ", "Oe")
                                .replace("æ", "ae")
                                .replace("Æ", "Ae")
                                .replace("ß", "ss"),
                        Normalizer.Form.NFD))
                .replaceAll("");
        String slug = SEPARATORS
                .matcher(folded.toLowerCase(Locale.ROOT))
                .replaceAll("-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > BASE_LENGTH) {
            slug = slug.substring(0, BASE_LENGTH).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return fallback;
        }
        return onlyDigits(slug) ? fallback + "-" + slug : slug;
    }

    /** The slug of the title, or the first of {@code slug-2}, {@code slug-3}... that is not taken. */
    public static String unique(String title, String fallback, Predicate<String> taken) {
        String base = of(title, fallback);
        String candidate = base;
        for (int suffix = 2; taken.test(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    /** Whether a slug someone chose is well formed. */
    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches()
                && !onlyDigits(slug);
    }

    private static boolean onlyDigits(String slug) {
        return slug.chars().allMatch(Character::isDigit);
    }
}
