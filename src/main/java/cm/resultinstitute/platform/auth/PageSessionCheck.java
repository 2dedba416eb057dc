package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.users.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose user is no longer active or no longer has the role it remembers, whatever changed them
 * (revocation deletes the sessions it knows of; this also covers a change made straight in the database). The
 * request goes on as an anonymous one, so a protected page sends it to the login page.
 */
class PageSessionCheck extends OncePerRequestFilter {

    private final LiveAccess liveAccess;

    PageSessionCheck(LiveAccess liveAccess) {
        this.liveAccess = liveAccess;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof Caller caller
                && !liveAccess.allows(caller)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
