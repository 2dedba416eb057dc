package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class PagingTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsComeInThePageEnvelope() {
        MvcTestResult result =
                mvc.get().uri("/api/v1/test-probe/items?page=0&size=2").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.content[*].title")
                .asArray()
                .containsExactly("alpha", "beta");
        assertThat(result).bodyJson().extractingPath("$.page.size").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.page.number").isEqualTo(0);
        assertThat(result).bodyJson().extractingPath("$.page.totalElements").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.page.totalPages").isEqualTo(2);
    }

    @Test
    void defaultsArePageZeroOfTwenty() {
        MvcTestResult result = mvc.get().uri("/api/v1/test-probe/items").exchange();
        assertThat(result).bodyJson().extractingPath("$.page.size").isEqualTo(20);
        assertThat(result).bodyJson().extractingPath("$.page.number").isEqualTo(0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"title,desc|gamma", "title,asc|alpha", "rank,desc|gamma", "rank|alpha", "title|alpha"})
    void sortsByAllowedFields(String sort, String first) {
        MvcTestResult result =
                mvc.get().uri("/api/v1/test-probe/items?sort=" + sort).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.content[0].title").isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "page=-1|page",
                "page=x|page",
                "size=0|size",
                "size=101|size",
                "sort=passwordHash|sort",
                "sort=title,sideways|sort",
                "sort=,|sort",
                "sort=,,|sort",
                "sort=title&sort=,|sort"
            })
    void outOfRangePagingIs400NamingTheParameter(String query, String field) {
        MvcTestResult result =
                mvc.get().uri("/api/v1/test-probe/items?" + query).exchange();
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void hundredIsTheLargestPage() {
        assertThat(mvc.get().uri("/api/v1/test-probe/items?size=100").exchange())
                .hasStatusOk();
    }
}
