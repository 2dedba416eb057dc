package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The catalogue and the blog, read through the API: an {@code ETag} on every answer, so that a phone asking again
 * with {@code If-None-Match} gets a bodiless 304 when nothing changed. Any cache may keep what an anonymous caller
 * reads, a signed-in caller's answers (drafts among them) only that caller's; both are checked on each use, so an
 * edit shows at once and an error is never served from a cache.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class PublicReadCaching extends ShallowEtagHeaderFilter {

    static final String PUBLIC = CacheControl.noCache().cachePublic().getHeaderValue();

    static final String PRIVATE = CacheControl.noCache().cachePrivate().getHeaderValue();

    private static final String[] PREFIXES = {"/api/v1/trainings", "/api/v1/sessions/", "/api/v1/blog/"};

    PublicReadCaching() {
        // Weak: Tomcat may compress the body after the tag is computed.
        setWriteWeakETag(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Set before Spring Security's headers, which otherwise forbid any cache ("no-store") and any ETag with it.
        boolean signedIn = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.CACHE_CONTROL, signedIn ? PRIVATE : PUBLIC);
        // The same address reads in the language of the header: a cache keeps each language apart.
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        super.doFilterInternal(request, response, chain);
    }
}
