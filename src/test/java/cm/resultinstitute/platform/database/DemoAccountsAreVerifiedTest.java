package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.CleanState;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
import cm.resultinstitute.platform.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The demo works as the README tells: its accounts' addresses are verified, so its participant can enrol. */
@PlatformTest
class DemoAccountsAreVerifiedTest {

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void theDemo() throws Exception {
        CleanState.truncateAll(SharedPostgres.DATABASE);
        assertThat(demoData.loadIntoEmptySchema()).isTrue();
    }

    @Test
    void everyDemoAccountIsVerifiedAndItsParticipantEnrols() {
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email_verified IS NOT TRUE")
                        .query(Long.class)
                        .single())
                .isZero();

        SignedIn jane = Logins.signIn(mvc, "participant1@example.com", "Result-Learner-2026");
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header(HttpHeaders.AUTHORIZATION, jane.bearer())
                        .exchange())
                .bodyJson()
                .extractingPath("$.emailVerified")
                .isEqualTo(true);
        int open = jdbc.sql("""
                        SELECT t.id FROM trainings t
                        WHERE t.status = 'published' AND (t.end_date IS NULL OR t.end_date >= CURRENT_DATE)
                          AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.training_id = t.id AND e.user_id = ?)
                          AND (t.max_participants IS NULL OR t.max_participants > (SELECT count(*) FROM enrollments e
                               WHERE e.training_id = t.id AND e.status IN ('active', 'completed')))
                        ORDER BY t.id LIMIT 1""").param(jane.id()).query(Integer.class).single();

        MvcTestResult enrolled = mvc.post()
                .uri("/api/v1/trainings/" + open + "/enrollments")
                .header(HttpHeaders.AUTHORIZATION, jane.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();

        assertThat(enrolled).hasStatus(201);
    }
}
