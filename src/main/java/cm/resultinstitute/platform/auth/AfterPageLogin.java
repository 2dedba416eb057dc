package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a page sign-in: records it, switches the pages to the language of the user's profile, then goes back to the
 * page the visitor asked for, or to their space. Only the path and query of the saved page are kept, so the redirect
 * never leaves the platform.
 */
class AfterPageLogin extends SimpleUrlAuthenticationSuccessHandler {

    static final String DEFAULT_TARGET = "/my";

    private final SignIn signIn;
    private final RequestCache requestCache;
    private final LocaleResolver languages;

    AfterPageLogin(SignIn signIn, RequestCache requestCache, LocaleResolver languages) {
        super(DEFAULT_TARGET);
        this.signIn = signIn;
        this.requestCache = requestCache;
        this.languages = languages;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication.getPrincipal() instanceof Caller caller) {
            signIn.recordPageLogin(caller.id())
                    .ifPresent(language -> languages.setLocale(request, response, Locale.forLanguageTag(language)));
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response, saved == null ? DEFAULT_TARGET : local(saved));
    }

    private static String local(SavedRequest saved) {
        try {
            URI uri = URI.create(saved.getRedirectUrl());
            String target = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            return AccountPages.isLocalPath(target) ? target : DEFAULT_TARGET;
        } catch (IllegalArgumentException e) {
            return DEFAULT_TARGET;
        }
    }
}
