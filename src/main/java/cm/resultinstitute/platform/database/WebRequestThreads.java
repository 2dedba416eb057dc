package cm.resultinstitute.platform.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the thread serving a web request, before any filter reads the database (Spring Session's is among the
 * first), so that {@link RequestAwarePool} makes it wait a request's time for a connection, not a background job's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebRequestThreads extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestAwarePool.startServingARequest();
        try {
            chain.doFilter(request, response);
        } finally {
            RequestAwarePool.stopServingARequest();
        }
    }
}
