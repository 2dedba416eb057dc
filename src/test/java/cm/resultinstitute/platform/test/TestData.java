package cm.resultinstitute.platform.test;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Small factories for the rows a test needs, each inserted as the application would store it. */
public final class TestData {

    /** Cost 4 keeps tests fast; the application's own hashes are checked for cost 12 elsewhere. */
    private static final String PASSWORD_HASH = new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD);

    private final JdbcClient jdbc;

    public TestData(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public static TestData shared() {
        return new TestData(SharedPostgres.dataSource(SharedPostgres.DATABASE));
    }

    public int user(String email, String role) {
        return jdbc.sql("""
                        INSERT INTO users (email, password_hash, first_name, last_name, role, email_verified)
                        VALUES (?, ?, 'Test', ?, ?, TRUE) RETURNING id""")
                .params(email, PASSWORD_HASH, role, role)
                .query(Integer.class)
                .single();
    }

    public int training(String title, String status, LocalDate start, LocalDate end, Integer createdBy) {
        return jdbc.sql("""
                        INSERT INTO trainings (title, slug, category, status, level, start_date, end_date, created_by)
                        VALUES (?, ?, 'Leadership Training', ?, 'beginner', ?, ?, ?) RETURNING id""")
                .params(title, slug(title), status, start, end, createdBy)
                .query(Integer.class)
                .single();
    }

    public int post(String title, String status, int authorId, String youtubeVideoId) {
        return jdbc.sql("""
                        INSERT INTO blog_posts (title, slug, content, excerpt, author_id, tags, youtube_video_id, status,
                            published_at)
                        VALUES (?, ?, 'Content', ?, ?, ?, ?, ?,
                            CASE WHEN ? = 'published' THEN CURRENT_TIMESTAMP END)
                        RETURNING id""")
                .params(
                        title,
                        slug(title),
                        "Excerpt of " + title,
                        authorId,
                        List.of("leadership").toArray(new String[0]),
                        youtubeVideoId,
                        status,
                        status)
                .query(Integer.class)
                .single();
    }

    /**
     * A message of the outbox in the given state: due at {@code nextAttemptAt}, sent now if {@code sent}, leased to
     * some sender until {@code leaseUntil} if that is given.
     */
    public int outboxMail(
            String recipient,
            String subject,
            String status,
            int attempts,
            String error,
            java.time.Instant nextAttemptAt,
            java.time.Instant leaseUntil) {
        return jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body_text, template, language, status, attempts,
                            last_error, next_attempt_at, sent_at, lease_id, lease_until)
                        VALUES (?, ?, 'Text', 'verify-email', 'en', ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        recipient,
                        subject,
                        status,
                        attempts,
                        error,
                        java.sql.Timestamp.from(nextAttemptAt),
                        status.equals("sent") ? java.sql.Timestamp.from(java.time.Instant.now()) : null,
                        leaseUntil == null ? null : java.util.UUID.randomUUID(),
                        leaseUntil == null ? null : java.sql.Timestamp.from(leaseUntil))
                .query(Integer.class)
                .single();
    }

    public void limitSeats(int trainingId, Integer seats) {
        jdbc.sql("UPDATE trainings SET max_participants = ? WHERE id = ?")
                .params(seats, trainingId)
                .update();
    }

    public int session(int trainingId, String title, java.time.Instant start, int minutes) {
        return jdbc.sql("""
                        INSERT INTO sessions (training_id, title, session_date, duration_minutes)
                        VALUES (?, ?, ?, ?) RETURNING id""")
                .params(trainingId, title, java.sql.Timestamp.from(start), minutes)
                .query(Integer.class)
                .single();
    }

    public int enrol(int userId, int trainingId, String status) {
        return jdbc.sql("""
                        INSERT INTO enrollments (user_id, training_id, status, completion_date)
                        VALUES (?, ?, ?, CASE WHEN ? = 'completed' THEN CURRENT_DATE END) RETURNING id""")
                .params(userId, trainingId, status, status)
                .query(Integer.class)
                .single();
    }

    /** Puts the user in the training's waiting list, as having joined it at that moment (the line is join order). */
    public void waiting(int trainingId, int userId, java.time.Instant since) {
        jdbc.sql("INSERT INTO waiting_list (training_id, user_id, created_at) VALUES (?, ?, ?)")
                .params(trainingId, userId, java.sql.Timestamp.from(since))
                .update();
    }

    public void attended(int sessionId, int userId, String status) {
        jdbc.sql("INSERT INTO attendance (session_id, user_id, status) VALUES (?, ?, ?)")
                .params(sessionId, userId, status)
                .update();
    }

    public long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
