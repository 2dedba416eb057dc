package cm.resultinstitute.platform.shared.web;

import cm.resultinstitute.platform.shared.security.PreferredLanguages;
import cm.resultinstitute.platform.shared.text.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The language an API reader gets the institute's content in: the one asked for with {@code ?lang=}, else the
 * signed-in user's preference, else the first of {@code Accept-Language} the platform has, else English.
 */
@Component
public class ReaderLanguages {

    private final PreferredLanguages preferred;

    ReaderLanguages(PreferredLanguages preferred) {
        this.preferred = preferred;
    }

    public Language of(Language asked, HttpServletRequest request) {
        if (asked != null) {
            return asked;
        }
        return preferred
                .of(SecurityContextHolder.getContext().getAuthentication())
                .or(() -> fromBrowser(request))
                .orElse(Language.EN);
    }

    private static Optional<Language> fromBrowser(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Optional.empty();
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Optional<Language> language = Language.of(wanted);
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
