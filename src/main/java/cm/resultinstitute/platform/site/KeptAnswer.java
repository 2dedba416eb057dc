package cm.resultinstitute.platform.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An answer as the filters behind a first filter drew it, headers and all, to be given again without them. The
 * {@code locale} is a page's, which the servlet container sends as its {@code Content-Language}.
 */
record KeptAnswer(int status, String contentType, Locale locale, Map<String, List<String>> headers, byte[] body) {

    private static final Set<String> SET_ON_REPLAY = caseless(
            List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.DATE, HttpHeaders.SET_COOKIE));

    /**
     * Lets a request through the filters behind and gives its answer to the caller; returns that answer, to be kept,
     * when {@code worthKeeping} says so, or else {@code null}.
     */
    static KeptAnswer draw(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            Predicate<HttpServletResponse> worthKeeping)
            throws ServletException, IOException {
        ContentCachingResponseWrapper drawn = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, drawn);
        KeptAnswer answer = worthKeeping.test(drawn) ? of(drawn) : null;
        drawn.copyBodyToResponse();
        return answer;
    }

    static KeptAnswer of(ContentCachingResponseWrapper drawn) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : caseless(drawn.getHeaderNames())) {
            List<String> values = List.copyOf(drawn.getHeaders(name));
            if (!SET_ON_REPLAY.contains(name) && !values.isEmpty()) {
                headers.put(name, values);
            }
        }
        String type = drawn.getContentType();
        Locale locale = type != null && type.startsWith("text/html") ? drawn.getLocale() : null;
        return new KeptAnswer(drawn.getStatus(), type, locale, headers, drawn.getContentAsByteArray());
    }

    void replay(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (locale != null) {
            response.setLocale(locale);
        }
        headers.forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The bytes an answer holds, to bound what a cache of answers keeps. */
    int weight() {
        return body.length + 64 * headers.size();
    }

    private static Set<String> caseless(Collection<String> names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(names);
        return set;
    }
}
