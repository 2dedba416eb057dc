package cm.resultinstitute.platform.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * English and French, the languages of Cameroon and of the platform. The choice made with {@code ?lang=} is kept in
 * a cookie; without one, the browser's {@code Accept-Language} decides, and English is the fallback.
 */
final class Languages extends CookieLocaleResolver {

    static final Locale DEFAULT = Locale.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    static final String COOKIE = "lang";

    Languages() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(Languages::fromBrowser);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale locale = super.resolveLocale(request);
        return supported(locale) != null ? supported(locale) : fromBrowser(request);
    }

    /**
     * Read when asked, not when the request starts: a {@code ?lang=} switch made during the request (by the
     * interceptor) is then what {@code LocaleContextHolder} gives the services too.
     */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return () -> resolveLocale(request);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale chosen = context == null ? null : supported(context.getLocale());
        if (chosen != null) {
            super.setLocaleContext(request, response, new SimpleLocaleContext(chosen));
        }
    }

    static Locale fromBrowser(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale match = supported(wanted);
            if (match != null) {
                return match;
            }
        }
        return DEFAULT;
    }

    private static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(null);
    }
}
