package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.CleanState;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCrypt;

@PlatformTest
class DemoDataTest {

    /** The passwords the README gives for the demo accounts. */
    static final Map<String, String> README_PASSWORDS = Map.of(
            "abba@resultinstitute.cm", "Result-Admin-2026",
            "trainer1@resultinstitute.cm", "Result-Trainer-2026",
            "participant1@example.com", "Result-Learner-2026");

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptySchema() throws Exception {
        CleanState.truncateAll(SharedPostgres.DATABASE);
    }

    @Test
    void loadsARealisticInstituteOnceIntoAnEmptySchema() {
        assertThat(demoData.loadIntoEmptySchema()).isTrue();

        assertThat(jdbc.sql("SELECT email || ' ' || role FROM users WHERE email IN (?, ?, ?) ORDER BY id")
                        .params(List.copyOf(README_PASSWORDS.keySet()))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "abba@resultinstitute.cm admin",
                        "trainer1@resultinstitute.cm trainer",
                        "participant1@example.com participant");
        assertThat(jdbc.sql("SELECT DISTINCT category FROM trainings")
                        .query(String.class)
                        .list())
                .contains(
                        "Personal Development",
                        "Executive Development",
                        "Leadership Training",
                        "Youth Empowerment",
                        "Entrepreneurship Coaching");
        assertThat(count("sessions")).isGreaterThanOrEqualTo(10);
        assertThat(count("enrollments")).isGreaterThanOrEqualTo(5);
        assertThat(count("attendance")).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM blog_posts WHERE status = 'published' AND youtube_video_id ~ '^[A-Za-z0-9_-]{11}$'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM tasks t JOIN projects p ON p.id = t.project_id")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);

        assertThat(jdbc.sql("""
                                SELECT count(*) FROM trainings t WHERE t.status = 'published' AND NOT EXISTS (
                                    SELECT 1 FROM training_translations x WHERE x.training_id = t.id)""").query(Long.class).single())
                .as("every published demo training in both languages")
                .isZero();
        assertThat(jdbc.sql("""
                                SELECT count(*) FROM sessions s WHERE NOT EXISTS (
                                    SELECT 1 FROM session_translations x WHERE x.session_id = s.id)""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                                SELECT count(*) FROM blog_posts p WHERE p.status = 'published' AND NOT EXISTS (
                                    SELECT 1 FROM blog_post_translations x WHERE x.post_id = p.id)""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT original FROM training_languages")
                        .query(String.class)
                        .list())
                .as("the French draft is written in French")
                .containsExactly("fr");

        assertThat(demoData.loadIntoEmptySchema()).as("never twice").isFalse();
    }

    @Test
    void demoAccountsHaveRealCost12HashesOfTheReadmePasswords() {
        assertThat(demoData.loadIntoEmptySchema()).isTrue();
        README_PASSWORDS.forEach((email, password) -> {
            String hash = jdbc.sql("SELECT password_hash FROM users WHERE email = ?")
                    .param(email)
                    .query(String.class)
                    .single();
            assertThat(hash).startsWith("$2b$12$");
            assertThat(BCrypt.checkpw(password, hash)).as(email).isTrue();
        });
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
