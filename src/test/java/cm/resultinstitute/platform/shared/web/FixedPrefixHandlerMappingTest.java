package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

/** The shortcut skips only mappings that could never match: it must never hide one that could. */
class FixedPrefixHandlerMappingTest {

    @Test
    void aRequestPathIsCutIntoItsSegmentsUnlessAPatternWouldReadItDifferently() {
        assertThat(FixedPrefixHandlerMapping.segments("/api/v1/trainings/3"))
                .containsExactly("api", "v1", "trainings", "3");
        assertThat(FixedPrefixHandlerMapping.segments("/trainings/")).containsExactly("trainings", "");
        assertThat(FixedPrefixHandlerMapping.segments("/")).containsExactly("");
        for (String unusual : List.of("/api/v1/trainings/caf%C3%A9", "/trainings;jsessionid=1", "//trainings", "")) {
            assertThat(FixedPrefixHandlerMapping.segments(unusual)).as(unusual).isNull();
        }
    }

    @Test
    void eachPatternKeepsTheFixedSegmentsItBeginsWith() {
        assertThat(prefixes("/api/v1/trainings/{idOrSlug}/sessions"))
                .containsExactly(List.of("api", "v1", "trainings"));
        assertThat(prefixes("/api/v1/trainings")).containsExactly(List.of("api", "v1", "trainings"));
        assertThat(prefixes("/assets/**")).containsExactly(List.of("assets"));
        assertThat(prefixes("/{slug}", "/blog")).containsExactlyInAnyOrder(List.of(), List.of("blog"));
        assertThat(prefixes("/")).containsExactly(List.of(""));
        assertThat(prefixes("/api/v1/{id:\\d+}/x")).containsExactly(List.of("api", "v1"));
        assertThat(prefixes("/{area:admin|trainer}/reports/{id}"))
                .containsExactly(List.of("admin", "reports"), List.of("trainer", "reports"));
        assertThat(prefixes("/{area:admin}/reports"))
                .as("one word is a regex Spring reads, not an alternative")
                .containsExactly(List.of());
    }

    @Test
    void aMappingWithoutPatternsMayMatchAnyPath() {
        RequestMappingInfo anyPath = RequestMappingInfo.paths().build();
        assertThat(FixedPrefixHandlerMapping.fixedPrefixes(anyPath))
                .singleElement()
                .satisfies(prefix -> assertThat(prefix).isEmpty());
    }

    private static List<List<String>> prefixes(String... patterns) {
        RequestMappingInfo.BuilderConfiguration parsing = new RequestMappingInfo.BuilderConfiguration();
        parsing.setPatternParser(PathPatternParser.defaultInstance);
        RequestMappingInfo info =
                RequestMappingInfo.paths(patterns).options(parsing).build();
        return FixedPrefixHandlerMapping.fixedPrefixes(info).stream()
                .map(List::of)
                .toList();
    }
}
