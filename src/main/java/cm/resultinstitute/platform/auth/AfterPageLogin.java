package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After a page sign-in: records it, then goes back to the page the visitor asked for, or to their account. Only the
 * path and query of the saved page are kept, so the redirect never leaves the platform.
 */
class AfterPageLogin extends SimpleUrlAuthenticationSuccessHandler {

    static final String DEFAULT_TARGET = "/account";

    private final SignIn signIn;
    private final RequestCache requestCache;

    AfterPageLogin(SignIn signIn, RequestCache requestCache) {
        super(DEFAULT_TARGET);
        this.signIn = signIn;
        this.requestCache = requestCache;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication.getPrincipal() instanceof Caller caller) {
            signIn.recordPageLogin(caller.id());
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
