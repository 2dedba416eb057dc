package cm.resultinstitute.platform.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Admins read the audit trail, newest first, filtered by user, action, record and time. */
@PlatformTest
class ActivityApiTest {

    static Cast cast;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void trail(@Autowired MockMvcTester mvc, @Autowired JdbcClient jdbc) {
        cast = Cast.create(mvc);
        jdbc.sql("""
                        INSERT INTO activity_logs (user_id, action, entity_type, entity_id, description, metadata, ip_address,
                            created_at)
                        VALUES (?, 'training_created', 'training', 7, 'Old one', '{"title": "Leadership"}', '10.1.2.3',
                            '2026-01-10T10:00:00Z'),
                               (?, 'training_updated', 'training', 7, 'Newer one', NULL, NULL, '2026-02-10T10:00:00Z')""").params(cast.trainer().id(), cast.trainer().id()).update();
    }

    @Test
    void newestFirstWithWhoAndFromWhere() {
        MvcTestResult page = get(cast.admin(), "/api/v1/activity?size=100");
        assertThat(page).hasStatusOk();
        assertThat(page).bodyJson().extractingPath("$.content[0].action").isEqualTo("user_login");
        assertThat(page).bodyJson().extractingPath("$.content[-1].description").isEqualTo("Old one");
        assertThat(page)
                .bodyJson()
                .extractingPath("$.content[-1].metadata.title")
                .isEqualTo("Leadership");
        assertThat(page).bodyJson().extractingPath("$.content[-1].ipAddress").isEqualTo("10.1.2.3");
        assertThat(page).bodyJson().extractingPath("$.content[-1].userName").isEqualTo("Test trainer");
    }

    @Test
    void filtersByUserActionEntityAndTime() {
        assertThat(total("userId=" + cast.trainer().id() + "&action=training_created"))
                .isEqualTo(1);
        assertThat(total("entityType=training&entityId=7")).isEqualTo(2);
        assertThat(total("entityType=training&from=2026-02-01")).isEqualTo(1);
        assertThat(total("entityType=training&to=2026-01-10"))
                .as("a date means the whole day")
                .isEqualTo(1);
        assertThat(total("entityType=training&from=2026-01-10T10:00:01Z&to=2026-03-01T00:00:00Z"))
                .isEqualTo(1);
        assertThat(get(cast.admin(), "/api/v1/activity?from=yesterday")).hasStatus(400);
        assertThat(get(cast.admin(), "/api/v1/activity?userId=me")).hasStatus(400);
    }

    @Test
    void readingAPageTakesTwoQueries() {
        QueryCounting.reset();
        assertThat(get(cast.admin(), "/api/v1/activity?size=50")).hasStatusOk();
        assertThat(QueryCounting.selects()).isBetween(1L, 2L);
    }

    @Test
    void onlyAdminsReadTheTrail() {
        assertThat(get(null, "/api/v1/activity")).hasStatus(401);
        assertThat(get(cast.participant(), "/api/v1/activity")).hasStatus(403);
        assertThat(get(cast.trainer(), "/api/v1/activity")).hasStatus(403);
    }

    private long total(String query) {
        MvcTestResult result = get(cast.admin(), "/api/v1/activity?" + query);
        assertThat(result).hasStatusOk();
        Number total = com.jayway.jsonpath.JsonPath.read(
                cm.resultinstitute.platform.test.Logins.body(result), "$.page.totalElements");
        return total.longValue();
    }

    private MvcTestResult get(SignedIn caller, String uri) {
        var request = mvc.get().uri(uri);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.exchange();
    }
}
