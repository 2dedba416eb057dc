package cm.resultinstitute.platform.blog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Slugs as PRODUCT.md gives them: lower-case ASCII words joined by {@code -}, French accents folded
 * ("Développement" becomes "developpement").
 */
final class Slugs {

    static final int MAX_LENGTH = 255;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** What the post pages use beside {@code /blog/<slug>}: no post may take them. */
    private static final Set<String> RESERVED = Set.of("manage", "feed");
    // Room for a "-123" suffix on a collision.
    private static final int BASE_LENGTH = 200;

    private Slugs() {}

    static String of(String title) {
        String folded = Normalizer.normalize(
                        title.replace("œ", "oe")
                                .replace("Œ", "Oe")
                                .replace("æ", "ae")
                                .replace("Æ", "Ae")
                                .replace("ß", "ss"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug =
                folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > BASE_LENGTH) {
            slug = slug.substring(0, BASE_LENGTH).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return "post";
        }
        // A number would read as a post id in /blog/posts/{idOrSlug}.
        return slug.chars().allMatch(Character::isDigit) ? "post-" + slug : slug;
    }

    static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches()
                && !slug.chars().allMatch(Character::isDigit);
    }

    static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }
}
