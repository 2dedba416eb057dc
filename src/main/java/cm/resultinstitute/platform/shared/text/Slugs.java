package cm.resultinstitute.platform.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Web addresses made from titles: lower case, ASCII, words joined by {@code -}, French accents folded
 * ("Développement personnel" → {@code developpement-personnel}); {@code -2}, {@code -3}... when taken.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 255;
    public static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    public static String of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace("œ", "oe")
                .replace("Œ", "oe")
                .replace("æ", "ae")
                .replace("Æ", "ae")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String slug = SEPARATORS.matcher(folded).replaceAll("-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH - 10) {
            slug = slug.substring(0, MAX_LENGTH - 10).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The slug of the text, or the first of {@code slug-2}, {@code slug-3}... that is not taken. */
    public static String unique(String text, Predicate<String> taken) {
        String base = of(text);
        String candidate = base;
        for (int suffix = 2; taken.test(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }
}
