package cm.resultinstitute.platform.users;

import java.util.Locale;
import java.util.Set;

/** The languages a user may read the platform and its emails in. */
public final class Languages {

    public static final String DEFAULT = "en";
    public static final Set<String> SUPPORTED = Set.of("en", "fr");

    private Languages() {}

    /** The supported language closest to a locale, or English. */
    public static String of(Locale locale) {
        return locale != null && SUPPORTED.contains(locale.getLanguage()) ? locale.getLanguage() : DEFAULT;
    }
}
