package cm.resultinstitute.platform.site;

import cm.resultinstitute.platform.shared.web.ClientAddress;
import cm.resultinstitute.platform.shared.web.MissingFiles;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every anonymous visitor asking the same way (address, language, colours, {@code Accept}, HTTPS) is answered
 * alike: the home page, the catalogue, the public trainings API ({@code /api/v1/trainings} and one training), and the
 * 404 of a missing file. Drawn once through every filter, such an answer, headers and all, is given again from here,
 * second of the filters, for a moment ({@code app.page-cache-ttl}, two seconds by default). A write on this instance
 * empties the cache at once; another instance's write shows within the moment. A request with credentials, a session,
 * an origin or a condition ({@code If-None-Match}) always goes the whole way, and nothing is kept that sets a cookie.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AnonymousReadCache extends OncePerRequestFilter {

    static final Set<String> PAGES = Set.of("/", "/trainings");
    private static final String TRAININGS_API = "/api/v1/trainings";
    private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/json");
    private static final List<String> ASKED_OF_THE_WHOLE_WAY = List.of(
            HttpHeaders.AUTHORIZATION,
            HttpHeaders.ORIGIN,
            HttpHeaders.IF_NONE_MATCH,
            HttpHeaders.IF_MODIFIED_SINCE,
            HttpHeaders.RANGE);
    private static final long KEPT_BYTES = 8L * 1024 * 1024;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Predicate<HttpServletRequest> overHttps;
    private final String sessionCookie;
    private final Cache<String, KeptAnswer> answers;
    private final AtomicLong writes = new AtomicLong();
    private final boolean enabled;

    @Autowired
    AnonymousReadCache(
            ClientAddress clientAddress,
            @Value("${app.page-cache-ttl:2s}") Duration ttl,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        this(clientAddress::cameOverHttps, ttl, sessionCookie);
    }

    AnonymousReadCache(Predicate<HttpServletRequest> overHttps, Duration ttl, String sessionCookie) {
        this.overHttps = overHttps;
        this.sessionCookie = sessionCookie;
        this.enabled = !ttl.isZero() && !ttl.isNegative();
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? ttl : Duration.ofMillis(1))
                // By size, not count: a caller varying the query of a page must not fill the heap with copies of it.
                .maximumWeight(KEPT_BYTES)
                .weigher((String key, KeptAnswer answer) -> key.length() + answer.weight())
                .executor(Runnable::run)
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        if (!READS.contains(request.getMethod())) {
            try {
                chain.doFilter(request, response);
            } finally {
                writes.incrementAndGet();
                answers.invalidateAll();
            }
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String key = key(request, path);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        KeptAnswer kept = answers.getIfPresent(key);
        if (kept != null) {
            kept.replay(response);
            return;
        }
        long writesBefore = writes.get();
        KeptAnswer drawn = KeptAnswer.draw(request, response, chain, answer -> keeps(path, answer));
        if (drawn != null) {
            answers.put(key, drawn);
            // A write that ended while this answer was drawn may have emptied the cache before it was put.
            if (writes.get() != writesBefore) {
                answers.invalidate(key);
            }
        }
    }

    /** What makes two anonymous requests get the same answer; {@code null} when this one must go the whole way. */
    private String key(HttpServletRequest request, String path) {
        if (!"GET".equals(request.getMethod())
                || !(kept(path) || MissingFiles.namesAFile(path))
                || ASKED_OF_THE_WHOLE_WAY.stream().anyMatch(header -> request.getHeader(header) != null)
                || cookie(request, sessionCookie) != null) {
            return null;
        }
        return String.join(
                "\n",
                path + "?" + request.getQueryString(),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                String.valueOf(request.getHeader("HX-Request")),
                String.valueOf(cookie(request, Languages.COOKIE)),
                String.valueOf(cookie(request, ColourSchemes.COOKIE)),
                String.valueOf(overHttps.test(request)));
    }

    private static boolean keeps(String path, HttpServletResponse drawn) {
        String type = drawn.getContentType();
        if (drawn.containsHeader(HttpHeaders.SET_COOKIE) || type == null) {
            return false;
        }
        if (drawn.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            return MissingFiles.namesAFile(path);
        }
        return drawn.getStatus() == HttpServletResponse.SC_OK
                && kept(path)
                && KEPT_TYPES.stream().anyMatch(type::startsWith);
    }

    /** The pages, the trainings list and one training; not a training's sessions, calendar or anything below. */
    private static boolean kept(String path) {
        if (PAGES.contains(path) || path.equals(TRAININGS_API)) {
            return true;
        }
        String below = path.startsWith(TRAININGS_API + "/") ? path.substring(TRAININGS_API.length() + 1) : "";
        return !below.isEmpty() && below.indexOf('/') < 0;
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
