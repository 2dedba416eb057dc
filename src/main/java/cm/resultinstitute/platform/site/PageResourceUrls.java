package cm.resultinstitute.platform.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's filter that lets a page link its assets by their hashed URLs, for pages only: it wraps every request it
 * sees, and the API, the probes and the assets draw no page to link from.
 */
class PageResourceUrls extends ResourceUrlEncodingFilter {

    static final List<String> NOT_PAGES = List.of("/api/", "/actuator/", "/assets/", "/webjars/");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && !drawsPages(http)) {
            chain.doFilter(request, response);
            return;
        }
        super.doFilter(request, response, chain);
    }

    private static boolean drawsPages(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }
}
