package cm.resultinstitute.platform.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The home page, the catalogue and the public trainings API ({@code /api/v1/trainings} and one training) as an
 * anonymous visitor sees them are the same for every visitor asking the same way (address, language, colours,
 * {@code Accept}): drawn once, they are served again for a moment ({@code app.page-cache-ttl}, two seconds by default)
 * instead of being drawn anew for each of the many. A write on this instance empties the cache at once; another
 * instance's write shows within the moment. Nothing is kept for a signed-in visitor, nor an answer that sets a cookie
 * or is not a 200 page or JSON document.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 5)
class AnonymousReadCache extends OncePerRequestFilter {

    static final Set<String> PAGES = Set.of("/", "/trainings");
    private static final String TRAININGS_API = "/api/v1/trainings";
    private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/json");
    private static final Set<String> KEPT_HEADERS =
            Set.of(HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.VARY, HttpHeaders.CACHE_CONTROL);

    /** {@code locale}: a page's, which the servlet container sends as its {@code Content-Language}; none for JSON. */
    record Page(int status, String contentType, Locale locale, Map<String, String> headers, byte[] body) {}

    private final String sessionCookie;
    private final Cache<String, Page> pages;
    private final boolean enabled;

    AnonymousReadCache(
            @Value("${app.page-cache-ttl:2s}") Duration ttl,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
        this.enabled = !ttl.isZero() && !ttl.isNegative();
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? ttl : Duration.ofMillis(1))
                .maximumSize(1_000)
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            try {
                chain.doFilter(request, response);
            } finally {
                pages.invalidateAll();
            }
            return;
        }
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Page cached = pages.getIfPresent(key);
        if (cached != null) {
            replay(cached, request, response);
            return;
        }
        ContentCachingResponseWrapper drawn = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, drawn);
        if (drawn.getStatus() == HttpServletResponse.SC_OK
                && !drawn.containsHeader(HttpHeaders.SET_COOKIE)
                && drawn.getContentType() != null
                && KEPT_TYPES.stream().anyMatch(drawn.getContentType()::startsWith)) {
            Map<String, String> headers = new LinkedHashMap<>();
            KEPT_HEADERS.forEach(name -> {
                if (drawn.getHeader(name) != null) {
                    headers.put(name, String.join(", ", drawn.getHeaders(name)));
                }
            });
            Locale locale = drawn.getContentType().startsWith("text/html") ? drawn.getLocale() : null;
            pages.put(
                    key,
                    new Page(
                            drawn.getStatus(), drawn.getContentType(), locale, headers, drawn.getContentAsByteArray()));
        }
        drawn.copyBodyToResponse();
    }

    /** What makes two anonymous requests see the same page; {@code null} when this one is not to be cached. */
    private String key(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!kept(path)
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || cookie(request, sessionCookie) != null) {
            return null;
        }
        return String.join(
                "\n",
                request.getMethod(),
                path + "?" + request.getQueryString(),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                String.valueOf(request.getHeader("HX-Request")),
                String.valueOf(cookie(request, Languages.COOKIE)),
                String.valueOf(cookie(request, ColourSchemes.COOKIE)));
    }

    /** The pages, the trainings list and one training; not a training's sessions, calendar or anything below. */
    private static boolean kept(String path) {
        if (PAGES.contains(path) || path.equals(TRAININGS_API)) {
            return true;
        }
        String below = path.startsWith(TRAININGS_API + "/") ? path.substring(TRAININGS_API.length() + 1) : "";
        return !below.isEmpty() && below.indexOf('/') < 0;
    }

    private static void replay(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(page.status());
        response.setContentType(page.contentType());
        if (page.locale() != null) {
            response.setLocale(page.locale());
        }
        page.headers().forEach(response::setHeader);
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(cookie -> cookie.getName().equals(name))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
