package cm.resultinstitute.platform.database.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code GET /api/v1/admin/database}: the schema document's table sizes, for admins only. */
@PlatformTest
class TableSizesApiTest {

    static Cast cast;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        cast = Cast.create(mvc);
    }

    @Test
    void adminReadsEveryTableOfTheSchemaLargestFirst() {
        MvcTestResult result = sizes(cast.admin());

        assertThat(result).hasStatusOk();
        List<Map<String, Object>> tables = JsonPath.read(Logins.body(result), "$");
        List<String> expected = jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                .query(String.class)
                .list();
        assertThat(tables).extracting(table -> table.get("tableName")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tables).extracting(table -> table.get("tableName")).contains("users", "attendance", "enrollments");
        assertThat(tables).allSatisfy(table -> {
            assertThat(table.get("schemaName")).isEqualTo("public");
            assertThat(((Number) table.get("bytes")).longValue()).isNotNegative();
            assertThat((String) table.get("size")).matches("\\d+ (bytes|kB|MB|GB|TB)");
        });
        List<Long> bytes = tables.stream()
                .map(table -> ((Number) table.get("bytes")).longValue())
                .toList();
        assertThat(bytes).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"participant", "otherParticipant", "trainer", "otherTrainer"})
    void nobodyButAnAdminReadsThem(String role) {
        assertThat(sizes(cast.as(role))).hasStatus(403);
    }

    @Test
    void anonymousIsAskedToSignIn() {
        MvcTestResult result = sizes(null);
        assertThat(result).hasStatus(401);
        assertThat(result).headers().containsHeader(HttpHeaders.WWW_AUTHENTICATE);
    }

    private MvcTestResult sizes(SignedIn caller) {
        var request = mvc.get().uri("/api/v1/admin/database");
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.exchange();
    }
}
