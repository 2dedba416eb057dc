package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The indexed lookup of {@link FixedPrefixHandlerMapping} must choose what Spring's own lookup (every mapping tried)
 * chooses, for every mapping of the application, every method and the usual kinds of request.
 */
@PlatformTest
class HandlerLookupTest {

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private static final List<Consumer<MockHttpServletRequest>> KINDS = List.of(
            request -> {},
            request -> request.addHeader(HttpHeaders.ACCEPT, "application/json"),
            request -> request.addHeader(HttpHeaders.ACCEPT, "text/csv"),
            request -> request.addHeader(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8"),
            request -> request.addHeader(HttpHeaders.ACCEPT, "image/png"),
            request -> {
                request.setContentType("application/json");
                request.setContent("{}".getBytes());
            },
            request -> request.setContentType("application/x-www-form-urlencoded"),
            request -> request.setContentType("multipart/form-data; boundary=x"),
            request -> request.addHeader("HX-Request", "true"),
            request -> {
                request.addHeader(HttpHeaders.ORIGIN, "https://elsewhere.example");
                request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET");
            });

    private static final List<String> ACTUATOR_PATHS = List.of(
            "/actuator",
            "/actuator/",
            "/actuator/health",
            "/actuator/health/liveness",
            "/actuator/health/readiness",
            "/actuator/info",
            "/actuator/prometheus",
            "/actuator/metrics/http.server.requests");

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyMappingIsFoundAsSpringFindsIt() throws Exception {
        FixedPrefixHandlerMapping mapping = (FixedPrefixHandlerMapping) handlerMapping;
        Set<String> paths = samplePaths(mapping.getHandlerMethods());
        assertThat(paths).hasSizeGreaterThan(100);
        int compared = 0;
        for (String path : paths) {
            for (String method : METHODS) {
                for (Consumer<MockHttpServletRequest> kind : KINDS) {
                    String what = method + " " + path + " (kind " + KINDS.indexOf(kind) + ")";
                    assertThat(lookup(mapping, method, path, kind, true))
                            .as(what)
                            .isEqualTo(lookup(mapping, method, path, kind, false));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(paths.size() * METHODS.size() * KINDS.size());
    }

    @Test
    void aReadByIdIsFoundThroughTheIndex() throws Exception {
        FixedPrefixHandlerMapping mapping = (FixedPrefixHandlerMapping) handlerMapping;
        assertThat(mapping.isFoundByIndex(request("GET", "/api/v1/trainings/12", request -> {})))
                .isTrue();
        assertThat(mapping.isFoundByIndex(request("GET", "/api/v1/sessions/7/attendance", request -> {})))
                .isTrue();
        // An exact path is Spring's own shortcut; a missing one is Spring's 404.
        assertThat(mapping.isFoundByIndex(request("GET", "/api/v1/me", request -> {})))
                .isFalse();
        assertThat(mapping.isFoundByIndex(request("GET", "/api/v1/nothing/here", request -> {})))
                .isFalse();
    }

    @Test
    void controllersAreAskedFirstAndNoneOfThemTakesAnActuatorPath() throws Exception {
        List<HandlerMapping> mappings =
                new ArrayList<>(context.getBeansOfType(HandlerMapping.class).values());
        AnnotationAwareOrderComparator.sort(mappings);
        assertThat(mappings.get(0)).isSameAs(handlerMapping);
        assertThat(mappings).anyMatch(mapping -> mapping.getClass().getName().contains("Endpoint"));

        FixedPrefixHandlerMapping mapping = (FixedPrefixHandlerMapping) handlerMapping;
        for (String path : ACTUATOR_PATHS) {
            for (String method : METHODS) {
                MockHttpServletRequest request = request(method, path, r -> {});
                assertThat(mapping.isRuledOutByIndex(request))
                        .as(method + " " + path)
                        .isTrue();
                assertThat(mapping.lookup(request)).as(method + " " + path).isNull();
            }
        }
        assertThat(mapping.isRuledOutByIndex(request("GET", "/api/v1/nothing", r -> {})))
                .isTrue();
        assertThat(mapping.isRuledOutByIndex(request("GET", "/api/v1/trainings/12/nothing", r -> {})))
                .as("under /api/v1/trainings some patterns could match: Spring decides (its 404 or 405)")
                .isFalse();
    }

    @Test
    void aMappingAddedOrRemovedWhileRunningIsSeenByTheIndex() throws Exception {
        FixedPrefixHandlerMapping mapping = (FixedPrefixHandlerMapping) handlerMapping;
        assertThat(mapping.lookup(request("GET", "/api/v1/lookup-probe/5", request -> {})))
                .as("warms the index up before the change")
                .isNull();
        RequestMappingInfo probe = RequestMappingInfo.paths("/api/v1/lookup-probe/{id}")
                .methods(RequestMethod.GET)
                .options(mapping.getBuilderConfiguration())
                .build();
        mapping.registerMapping(probe, new Probe(), Probe.class.getMethod("answer"));
        try {
            MockHttpServletRequest request = request("GET", "/api/v1/lookup-probe/5", r -> {});
            assertThat(mapping.isFoundByIndex(request)).isTrue();
            assertThat(mapping.lookup(request).getMethod().getName()).isEqualTo("answer");
        } finally {
            mapping.unregisterMapping(probe);
        }
        assertThat(mapping.lookup(request("GET", "/api/v1/lookup-probe/5", request -> {})))
                .isNull();
    }

    static class Probe {
        public String answer() {
            return "probe";
        }
    }

    /** What a lookup decided: the method chosen, the variables and pattern it read, or the refusal. */
    private static String lookup(
            FixedPrefixHandlerMapping mapping,
            String method,
            String path,
            Consumer<MockHttpServletRequest> kind,
            boolean indexed) {
        MockHttpServletRequest request = request(method, path, kind);
        try {
            HandlerMethod found = indexed ? mapping.lookup(request) : mapping.lookupAsSpringDoes(request);
            return Objects.toString(found == null ? null : found.getMethod()) + " "
                    + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
                    + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) + " "
                    + request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        } catch (Exception refused) {
            return refused.getClass().getSimpleName() + ": " + refused.getMessage();
        }
    }

    private static MockHttpServletRequest request(String method, String path, Consumer<MockHttpServletRequest> kind) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        kind.accept(request);
        return request;
    }

    /** Each pattern with its variables filled in, and a few paths no mapping has. */
    private static Set<String> samplePaths(Map<RequestMappingInfo, HandlerMethod> mappings) {
        Set<String> paths = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String sample = pattern.getPatternString()
                        .replaceAll("\\{\\*[^}]+}", "a/b")
                        .replaceAll("\\{\\w+:([\\w-]+)\\|[^}]*}", "$1")
                        .replaceAll("\\{[^}:]+(:[^}]*)?}", "12")
                        .replace("**", "a/b")
                        .replace("*", "x");
                paths.add(sample);
                paths.add(sample + "/");
                paths.add(sample + "/extra");
            }
        }
        paths.addAll(new ArrayList<>(List.of("/", "/nothing", "/api/v1/nothing/here", "/api/v1/trainings/a%20b")));
        paths.addAll(ACTUATOR_PATHS);
        return paths;
    }
}
