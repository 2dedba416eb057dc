package cm.resultinstitute.platform.reports;

import cm.resultinstitute.platform.test.SharedPostgres;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows the report tests need, inserted as the other modules would store them: people, trainings and their life. */
final class ReportFixtures {

    private final JdbcClient jdbc;

    ReportFixtures(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    static ReportFixtures shared() {
        return new ReportFixtures(SharedPostgres.dataSource(SharedPostgres.DATABASE));
    }

    int person(String email, String firstName, String lastName, String role) {
        return jdbc.sql("""
                        INSERT INTO users (email, password_hash, first_name, last_name, role, email_verified)
                        VALUES (?, 'not-a-login', ?, ?, ?, TRUE) RETURNING id""")
                .params(email, firstName, lastName, role)
                .query(Integer.class)
                .single();
    }

    int training(String title, String category, String status, Integer createdBy) {
        return jdbc.sql("""
                        INSERT INTO trainings (title, slug, category, status, max_participants, start_date, end_date,
                            created_by)
                        VALUES (?, ?, ?, ?, 30, DATE '2026-03-01', DATE '2026-06-30', ?) RETURNING id""")
                .params(title, "t-" + System.nanoTime(), category, status, createdBy)
                .query(Integer.class)
                .single();
    }

    int session(int trainingId, String status) {
        return jdbc.sql("""
                        INSERT INTO sessions (training_id, title, session_date, status)
                        VALUES (?, 'Session', TIMESTAMPTZ '2026-03-10 09:00:00+01', ?) RETURNING id""").params(trainingId, status).query(Integer.class).single();
    }

    int enrol(int userId, int trainingId, String status, Instant enrolledAt, int progress) {
        return jdbc.sql("""
                        INSERT INTO enrollments (user_id, training_id, status, enrollment_date, progress)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(userId, trainingId, status, OffsetDateTime.ofInstant(enrolledAt, ZoneOffset.UTC), progress)
                .query(Integer.class)
                .single();
    }

    int enrol(int userId, int trainingId, String status) {
        return enrol(userId, trainingId, status, Instant.parse("2026-03-02T08:00:00Z"), 0);
    }

    void attend(int sessionId, int userId, String status) {
        jdbc.sql("INSERT INTO attendance (session_id, user_id, status) VALUES (?, ?, ?)")
                .params(sessionId, userId, status)
                .update();
    }

    void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }
}
