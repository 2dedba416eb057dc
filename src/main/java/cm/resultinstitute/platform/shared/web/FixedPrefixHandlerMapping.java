package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to controller methods, minus its most expensive habit: a path with a variable
 * ({@code /api/v1/trainings/{id}}) is tried against every mapping of the application, each checking the method,
 * the headers and the patterns, which cost more than the database read behind it.
 *
 * <p>Here the mappings are indexed by the fixed segments their patterns begin with ({@code api/v1/trainings} for
 * {@code /api/v1/trainings/{id}}), and a request tries only those along its own path. When exactly one of them
 * matches, it is the one Spring would have chosen, since no other mapping could match. Anything else (an exact path
 * Spring looks up directly, several candidates to rank, none at all and its 404, 405 or 415) is left to Spring,
 * which still skips at once the mappings that begin with other segments. A path that no mapping's fixed segments
 * begin is no controller's, and is passed on at once: this mapping is asked first, before the actuator's.
 */
class FixedPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private static final ThreadLocal<String[]> REQUEST_SEGMENTS = new ThreadLocal<>();

    /** A variable matching one of a few words and nothing else, {@code {area:admin|trainer}}. */
    private static final Pattern WORD_ALTERNATIVES = Pattern.compile("\\{\\w+:([\\w-]+(?:\\|[\\w-]+)+)}");

    /** Counts the mappings added or removed since the start: an index built before the last change is built again. */
    private final AtomicLong changes = new AtomicLong();

    private volatile MappingIndex index;

    /**
     * Asked before the actuator's mapping (order -100), which otherwise tries each of its endpoints, their
     * {@code Accept} negotiation first, on every request to a page or the API before this mapping is asked. None of
     * the application's patterns can match an actuator path, so the actuator still gets its own (tested).
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String[] segments = segments(lookupPath);
        if (segments != null && index().noneCouldMatch(segments)) {
            // Spring would try every mapping and find none, nor any whose pattern matches (no 405 or 415): no handler.
            return null;
        }
        Match only = indexedMatch(segments, lookupPath, request);
        if (only != null) {
            request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, only.handler());
            handleMatch(only.mapping(), lookupPath, request);
            return only.handler();
        }
        REQUEST_SEGMENTS.set(segments);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            REQUEST_SEGMENTS.remove();
        }
    }

    private Match indexedMatch(String[] segments, String lookupPath, HttpServletRequest request) {
        MappingIndex mappings = index();
        if (segments == null || mappings.directPaths.contains(lookupPath)) {
            return null;
        }
        return mappings.onlyMatch(segments, request);
    }

    /** Spring's own lookup, every mapping tried: what the index must always agree with (tests). */
    HandlerMethod lookupAsSpringDoes(HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(initLookupPath(request), request);
    }

    boolean isFoundByIndex(HttpServletRequest request) {
        String lookupPath = initLookupPath(request);
        return indexedMatch(segments(lookupPath), lookupPath, request) != null;
    }

    boolean isRuledOutByIndex(HttpServletRequest request) {
        String[] segments = segments(initLookupPath(request));
        return segments != null && index().noneCouldMatch(segments);
    }

    HandlerMethod lookup(HttpServletRequest request) throws Exception {
        return lookupHandlerMethod(initLookupPath(request), request);
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String[] segments = REQUEST_SEGMENTS.get();
        if (segments != null && !index().couldMatch(info, segments)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        changes.incrementAndGet();
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        changes.incrementAndGet();
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        changes.incrementAndGet();
    }

    private MappingIndex index() {
        MappingIndex current = index;
        long version = changes.get();
        if (current == null || current.version != version) {
            current = new MappingIndex(getHandlerMethods(), version);
            index = current;
        }
        return current;
    }

    private record Match(RequestMappingInfo mapping, HandlerMethod handler) {}

    /** The mappings by the fixed segments their patterns begin with: a tree with one level per segment. */
    private final class MappingIndex {

        private final Map<RequestMappingInfo, HandlerMethod> handlers;
        private final Map<RequestMappingInfo, List<String[]>> prefixes = new IdentityHashMap<>();
        private final Set<String> directPaths = new HashSet<>();
        private final Node root = new Node();
        private final long version;

        MappingIndex(Map<RequestMappingInfo, HandlerMethod> handlers, long version) {
            this.handlers = new IdentityHashMap<>(handlers);
            this.version = version;
            handlers.keySet().forEach(this::add);
        }

        private void add(RequestMappingInfo mapping) {
            List<String[]> fixed = fixedPrefixes(mapping);
            prefixes.put(mapping, fixed);
            directPaths.addAll(getDirectPaths(mapping));
            for (String[] prefix : fixed) {
                Node node = root;
                for (String segment : prefix) {
                    node = node.children.computeIfAbsent(segment, s -> new Node());
                }
                if (!node.mappings.contains(mapping)) {
                    node.mappings.add(mapping);
                }
            }
        }

        /** The one mapping that matches the request, or {@code null} when none or several do. */
        Match onlyMatch(String[] segments, HttpServletRequest request) {
            RequestMappingInfo found = null;
            RequestMappingInfo foundMatching = null;
            Node node = root;
            for (int depth = 0; node != null; depth++) {
                for (RequestMappingInfo candidate : node.mappings) {
                    // A mapping with two patterns sits at two places of the tree and may be met twice on one path.
                    if (candidate == found || !acceptsMethod(candidate, request.getMethod())) {
                        continue;
                    }
                    RequestMappingInfo matching =
                            FixedPrefixHandlerMapping.super.getMatchingMapping(candidate, request);
                    if (matching != null) {
                        if (found != null) {
                            return null;
                        }
                        found = candidate;
                        foundMatching = matching;
                    }
                }
                node = depth < segments.length ? node.children.get(segments[depth]) : null;
            }
            return found == null ? null : new Match(foundMatching, handlers.get(found));
        }

        /** Whether no mapping's fixed segments begin the path: then no pattern can match it, whatever the request. */
        boolean noneCouldMatch(String[] segments) {
            Node node = root;
            for (int depth = 0; node != null; depth++) {
                if (!node.mappings.isEmpty()) {
                    return false;
                }
                node = depth < segments.length ? node.children.get(segments[depth]) : null;
            }
            return true;
        }

        /**
         * Whether the mapping takes the request's method, as Spring decides it for anything but {@code OPTIONS}
         * (which may be a CORS pre-flight): the cheap refusal comes before Spring reads the request's headers.
         */
        private static boolean acceptsMethod(RequestMappingInfo mapping, String method) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            if (methods.isEmpty() || "OPTIONS".equals(method)) {
                return true;
            }
            RequestMethod requested = RequestMethod.resolve(method);
            return requested != null
                    && (methods.contains(requested)
                            || (requested == RequestMethod.HEAD && methods.contains(RequestMethod.GET)));
        }

        boolean couldMatch(RequestMappingInfo mapping, String[] segments) {
            List<String[]> fixed = prefixes.get(mapping);
            if (fixed == null) {
                return true;
            }
            for (String[] prefix : fixed) {
                if (startsWith(segments, prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Node {
        final List<RequestMappingInfo> mappings = new ArrayList<>(1);
        final Map<String, Node> children = new HashMap<>();
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
     * pattern only if its path begins with them. A segment that may be one of a few words
     * ({@code /{area:admin|trainer}/reports}) gives one prefix per word. A mapping without patterns may match any path.
     */
    static List<String[]> fixedPrefixes(RequestMappingInfo info) {
        PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
        if (patterns == null || patterns.getPatterns().isEmpty()) {
            return List.<String[]>of(new String[0]);
        }
        return patterns.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .flatMap(pattern -> fixedPrefixes(pattern).stream())
                .toList();
    }

    private static List<String[]> fixedPrefixes(String pattern) {
        String[] segments = segments(pattern);
        if (segments == null) {
            return List.<String[]>of(new String[0]);
        }
        if (segments.length == 1 && segments[0].isEmpty()) {
            return List.<String[]>of(segments); // "/" matches the request "/" only, whose one segment is empty
        }
        List<String[]> prefixes = List.<String[]>of(new String[0]);
        for (String segment : segments) {
            List<String> words = fixedWords(segment);
            if (words.isEmpty()) {
                break;
            }
            prefixes = prefixes.stream()
                    .flatMap(prefix -> words.stream().map(word -> append(prefix, word)))
                    .toList();
        }
        return prefixes;
    }

    /** The words a pattern's segment matches when there are only a few ({@code trainings}, {@code {a:x|y}}). */
    private static List<String> fixedWords(String segment) {
        if (!segment.isEmpty() && segment.chars().noneMatch(c -> "{}*?".indexOf(c) >= 0)) {
            return List.of(segment);
        }
        Matcher alternatives = WORD_ALTERNATIVES.matcher(segment);
        return alternatives.matches() ? List.of(alternatives.group(1).split("\\|")) : List.of();
    }

    private static String[] append(String[] prefix, String word) {
        String[] longer = Arrays.copyOf(prefix, prefix.length + 1);
        longer[prefix.length] = word;
        return longer;
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
