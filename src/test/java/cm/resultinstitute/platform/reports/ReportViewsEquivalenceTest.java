package cm.resultinstitute.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.SharedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report views as V9 redefines them give exactly the rows (and the columns) of the schema document's
 * definitions, on generated data full of edge cases, in a database of their own.
 */
class ReportViewsEquivalenceTest {

    /** The schema document's definitions, verbatim but for their names. */
    static final String ORIGINAL_VIEWS = """
            CREATE VIEW v_training_summary_original AS
            SELECT
                t.id,
                t.title,
                t.category,
                t.status,
                t.start_date,
                t.end_date,
                t.max_participants,
                COUNT(DISTINCT e.id) as total_enrollments,
                COUNT(DISTINCT CASE WHEN e.status = 'completed' THEN e.id END) as completed_enrollments,
                COUNT(DISTINCT s.id) as total_sessions,
                COUNT(DISTINCT CASE WHEN s.status = 'completed' THEN s.id END) as completed_sessions,
                CONCAT(u.first_name, ' ', u.last_name) as created_by_name
            FROM trainings t
            LEFT JOIN enrollments e ON t.id = e.training_id
            LEFT JOIN sessions s ON t.id = s.training_id
            LEFT JOIN users u ON t.created_by = u.id
            GROUP BY t.id, u.first_name, u.last_name;

            CREATE VIEW v_participant_progress_original AS
            SELECT
                u.id as user_id,
                CONCAT(u.first_name, ' ', u.last_name) as participant_name,
                u.email,
                t.id as training_id,
                t.title as training_title,
                e.enrollment_date,
                e.status as enrollment_status,
                e.progress,
                COUNT(DISTINCT s.id) as total_sessions,
                COUNT(DISTINCT a.id) as attended_sessions,
                CASE
                    WHEN COUNT(DISTINCT s.id) > 0
                    THEN ROUND((COUNT(DISTINCT a.id)::numeric / COUNT(DISTINCT s.id)::numeric) * 100, 2)
                    ELSE 0
                END as attendance_rate
            FROM users u
            INNER JOIN enrollments e ON u.id = e.user_id
            INNER JOIN trainings t ON e.training_id = t.id
            LEFT JOIN sessions s ON t.id = s.training_id
            LEFT JOIN attendance a ON s.id = a.session_id AND u.id = a.user_id AND a.status = 'present'
            WHERE u.role = 'participant'
            GROUP BY u.id, u.first_name, u.last_name, u.email, t.id, t.title, e.enrollment_date, e.status, e.progress;
            """;

    /**
     * A small institute with every case the views must agree on: users of every role and status enrolled, null
     * creators, trainings without sessions, sessions without attendance, attendance of people not enrolled,
     * every status (and none) for enrolments, sessions and attendance, missing dates and progress.
     */
    static final String GENERATED_DATA = """
            SELECT setseed(0.42);
            INSERT INTO users (email, password_hash, first_name, last_name, role, status)
            SELECT 'u' || i || '@equivalence.test', 'x', 'First' || i,
                   CASE WHEN i % 17 = 0 THEN 'Nàme, "quoted"' ELSE 'Last' || i END,
                   CASE WHEN i <= 5 THEN 'admin' WHEN i <= 35 THEN 'trainer' ELSE 'participant' END,
                   (ARRAY['active', 'inactive', 'suspended'])[1 + i % 3]
            FROM generate_series(1, 300) i;
            INSERT INTO trainings (title, slug, category, status, max_participants, start_date, end_date, created_by)
            SELECT 'Training ' || i, 'equivalence-' || i,
                   CASE WHEN i % 7 = 0 THEN NULL ELSE 'Category ' || i % 4 END,
                   (ARRAY['draft', 'published', 'archived'])[1 + i % 3],
                   CASE WHEN i % 5 = 0 THEN NULL ELSE 10 + i END,
                   CASE WHEN i % 6 = 0 THEN NULL ELSE DATE '2026-01-01' + i END,
                   CASE WHEN i % 6 = 0 THEN NULL ELSE DATE '2026-03-01' + i END,
                   CASE WHEN i % 8 = 0 THEN NULL ELSE 1 + i % 35 END
            FROM generate_series(1, 40) i;
            INSERT INTO sessions (training_id, title, session_date, status)
            SELECT t.id, 'Session ' || k, TIMESTAMPTZ '2026-02-01 09:00+01' + k * interval '1 day',
                   (ARRAY['scheduled', 'ongoing', 'completed', 'cancelled', NULL])[1 + floor(random() * 5)::int]
            FROM trainings t CROSS JOIN generate_series(1, 8) k
            WHERE k <= t.id % 9;
            INSERT INTO enrollments (user_id, training_id, status, progress, enrollment_date)
            SELECT u.id, t.id,
                   (ARRAY['active', 'completed', 'dropped', 'suspended', NULL])[1 + floor(random() * 5)::int],
                   CASE WHEN random() < 0.1 THEN NULL ELSE floor(random() * 101)::int END,
                   CASE WHEN random() < 0.05 THEN NULL
                        ELSE TIMESTAMPTZ '2025-06-01 00:00+00' + random() * interval '300 days' END
            FROM users u CROSS JOIN trainings t
            WHERE random() < 0.12;
            INSERT INTO attendance (session_id, user_id, status)
            SELECT s.id, u.id, (ARRAY['present', 'absent', 'excused', 'late'])[1 + floor(random() * 4)::int]
            FROM sessions s CROSS JOIN users u
            WHERE (EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = u.id AND e.training_id = s.training_id)
                   AND random() < 0.7)
               OR random() < 0.01;
            DELETE FROM attendance WHERE session_id % 10 = 0;
            ANALYZE;
            """;

    static JdbcClient jdbc;

    @BeforeAll
    static void generatedInstitute() throws SQLException {
        jdbc = JdbcClient.create(generatedInstitute("reports_views_equivalence"));
    }

    /** A database of its own, migrated, with the generated institute and the document's views beside the platform's. */
    static DataSource generatedInstitute(String name) throws SQLException {
        DataSource database = SharedPostgres.dataSource(SharedPostgres.createDatabase(name));
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            // One connection for the whole script: setseed() makes random() repeat the same data on every run.
            statement.execute(GENERATED_DATA);
            statement.execute(ORIGINAL_VIEWS);
        }
        return database;
    }

    @ParameterizedTest
    @ValueSource(strings = {"v_training_summary", "v_participant_progress"})
    void theRedefinedViewGivesExactlyTheRowsOfTheDocumentsDefinition(String view) {
        long rows = count("SELECT count(*) FROM " + view);
        assertThat(rows)
                .isEqualTo(count("SELECT count(*) FROM " + view + "_original"))
                .isGreaterThan(30);
        assertThat(count("SELECT count(*) FROM (SELECT * FROM %s_original EXCEPT ALL SELECT * FROM %s) missing"
                        .formatted(view, view)))
                .as("rows of the document's definition missing from " + view)
                .isZero();
        assertThat(count("SELECT count(*) FROM (SELECT * FROM %s EXCEPT ALL SELECT * FROM %s_original) extra"
                        .formatted(view, view)))
                .as("rows of " + view + " the document's definition does not give")
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v_training_summary", "v_participant_progress"})
    void theRedefinedViewHasTheSameColumnsInTheSameOrder(String view) {
        assertThat(columns(view)).hasSizeGreaterThan(10).isEqualTo(columns(view + "_original"));
    }

    @Test
    void theGeneratedDataHoldsEveryEdgeCase() {
        assertThat(count("SELECT count(*) FROM trainings WHERE created_by IS NULL"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM trainings t WHERE NOT EXISTS"
                        + " (SELECT 1 FROM sessions s WHERE s.training_id = t.id)"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM sessions s WHERE NOT EXISTS"
                        + " (SELECT 1 FROM attendance a WHERE a.session_id = s.id)"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM enrollments e JOIN users u ON u.id = e.user_id"
                        + " WHERE u.role <> 'participant'"))
                .isPositive();
        assertThat(
                        count(
                                "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE NOT EXISTS"
                                        + " (SELECT 1 FROM enrollments e WHERE e.user_id = a.user_id AND e.training_id = s.training_id)"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM (SELECT user_id, training_id FROM attendance a"
                        + " JOIN sessions s ON s.id = a.session_id WHERE a.status = 'present'"
                        + " GROUP BY 1, 2 HAVING count(*) > 1) repeated"))
                .isPositive();
        assertThat(count("SELECT count(DISTINCT status) FROM enrollments")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM enrollments WHERE status IS NULL"))
                .isPositive();
        assertThat(count("SELECT count(DISTINCT status) FROM sessions")).isEqualTo(4);
        assertThat(count("SELECT count(DISTINCT status) FROM attendance")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM enrollments WHERE progress IS NULL OR enrollment_date IS NULL"))
                .isPositive();
    }

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static List<String> columns(String view) {
        return jdbc.sql("""
                        SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                        FROM pg_attribute a
                        WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped
                        ORDER BY a.attnum""").param(view).query(String.class).list();
    }
}
