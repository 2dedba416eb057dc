package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to controller methods, minus its most expensive habit: a path with a variable
 * ({@code /api/v1/trainings/{id}}) is tried against every mapping of the application, each checking the method
 * and matching the patterns, which cost more than the database read behind it. Here a mapping is skipped at once
 * when none of its patterns begins with the request's own fixed segments ({@code /api/v1/trainings/…} for
 * {@code /api/v1/trainings/3}); everything else (which mapping wins, the 404, 405 and 415 answers, CORS) is Spring's.
 */
class FixedPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private static final ThreadLocal<String[]> REQUEST_SEGMENTS = new ThreadLocal<>();

    /** Per mapping, the fixed leading segments of each pattern; a mapping with a pattern without any is not here. */
    private final Map<RequestMappingInfo, List<String[]>> fixedPrefixes = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        REQUEST_SEGMENTS.set(segments(lookupPath));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            REQUEST_SEGMENTS.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String[] segments = REQUEST_SEGMENTS.get();
        if (segments != null
                && !couldMatch(
                        segments, fixedPrefixes.computeIfAbsent(info, FixedPrefixHandlerMapping::fixedPrefixes))) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean couldMatch(String[] segments, List<String[]> prefixes) {
        for (String[] prefix : prefixes) {
            if (startsWith(segments, prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The request path's segments as the patterns compare them; {@code null} (no shortcut) for a path with anything
     * a pattern reads differently from the raw text: an escape, a matrix parameter, an empty segment.
     */
    static String[] segments(String path) {
        if (!path.startsWith("/") || path.contains("%") || path.contains(";") || path.contains("//")) {
            return null;
        }
        return path.substring(1).split("/", -1);
    }

    /**
     * The fixed segments each pattern begins with (none for {@code /{id}} or {@code /**}): a request can match the
     * pattern only if its path begins with them. A mapping without patterns may match any path.
     */
    static List<String[]> fixedPrefixes(RequestMappingInfo info) {
        PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
        if (patterns == null || patterns.getPatterns().isEmpty()) {
            return List.<String[]>of(new String[0]);
        }
        return patterns.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(FixedPrefixHandlerMapping::fixedPrefix)
                .toList();
    }

    private static String[] fixedPrefix(String pattern) {
        String[] segments = segments(pattern);
        if (segments == null) {
            return new String[0];
        }
        int fixed = 0;
        while (fixed < segments.length && isFixed(segments[fixed])) {
            fixed++;
        }
        return Arrays.copyOf(segments, fixed);
    }

    private static boolean isFixed(String segment) {
        return !segment.isEmpty() && segment.chars().noneMatch(c -> "{}*?".indexOf(c) >= 0);
    }

    private static boolean startsWith(String[] segments, String[] prefix) {
        if (segments.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!prefix[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }
}
