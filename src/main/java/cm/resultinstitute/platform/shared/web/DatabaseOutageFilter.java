package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} when the database fails a request outside Spring MVC (the session filter and
 * the security filters read PostgreSQL too) or on a page: problem+json on the API, the error page otherwise. That error
 * page is shown as to a visitor without a session, since reading or saving one would fail again.
 */
@Component
@Order(DatabaseOutageFilter.ORDER)
class DatabaseOutageFilter extends OncePerRequestFilter {

    /** Around every filter that may use the database, Spring Session's first among them (-2147483598). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final String OUTAGE = DatabaseOutageFilter.class.getName() + ".outage";

    private final ProblemWriter problemWriter;
    private final String sessionCookie;

    DatabaseOutageFilter(
            ProblemWriter problemWriter, @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        this.problemWriter = problemWriter;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            boolean outage = request.getAttribute(OUTAGE) != null
                    || DatabaseOutages.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            chain.doFilter(outage ? new WithoutSession(request, sessionCookie) : request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutages.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Database unavailable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getMessage());
            request.setAttribute(OUTAGE, Boolean.TRUE);
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutages.RETRY_AFTER_SECONDS));
            if (ApiPaths.isApi(request)) {
                // Spring's RequestContextFilter, inside this one, has already forgotten the caller's language.
                LocaleContextHolder.setLocale(request.getLocale());
                try {
                    problemWriter.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.detail.503");
                } finally {
                    LocaleContextHolder.resetLocaleContext();
                }
            } else {
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        }
    }

    /**
     * The request without its session cookie and CSRF token, so that its error page neither loads a session from the
     * database nor creates one (the layout's CSRF token would) that Spring Session would then try to save there.
     */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        private static final Set<String> CSRF_ATTRIBUTES = Set.of(CsrfToken.class.getName(), "_csrf");

        private final String sessionCookie;

        WithoutSession(HttpServletRequest request, String sessionCookie) {
            super(request);
            this.sessionCookie = sessionCookie;
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            if (cookies == null) {
                return null;
            }
            Cookie[] others = Arrays.stream(cookies)
                    .filter(cookie -> !cookie.getName().equals(sessionCookie))
                    .toArray(Cookie[]::new);
            return others.length == 0 ? null : others;
        }

        @Override
        public Object getAttribute(String name) {
            return CSRF_ATTRIBUTES.contains(name) ? null : super.getAttribute(name);
        }
    }
}
