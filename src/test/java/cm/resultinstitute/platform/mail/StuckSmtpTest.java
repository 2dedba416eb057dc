package cm.resultinstitute.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cm.resultinstitute.platform.test.SharedPostgres;
import cm.resultinstitute.platform.test.TestData;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An SMTP server that accepts connections and never answers: each send gives up after the mail timeout and is
 * retried later, no database connection waits with it, and the other scheduled jobs go on meanwhile.
 */
class StuckSmtpTest {

    static final String DATABASE = "mail_stuck_smtp";
    static final int WAITING = 10;

    @Test
    void aSilentSmtpServerHoldsNeitherTheDatabaseNorTheOtherJobs() throws Exception {
        SharedPostgres.createDatabase(DATABASE);
        List<String> heldWhileSending = new CopyOnWriteArrayList<>();
        OwnPlatform.SendHooks watch = new OwnPlatform.SendHooks(
                message -> {
                    if (TransactionSynchronizationManager.isActualTransactionActive()
                            || !TransactionSynchronizationManager.getResourceMap()
                                    .isEmpty()) {
                        heldWhileSending.add(TransactionSynchronizationManager.getResourceMap()
                                .toString());
                    }
                },
                message -> {});
        try (BlackholeSmtp smtp = new BlackholeSmtp();
                ConfigurableApplicationContext platform = OwnPlatform.start(
                        SharedPostgres.jdbcUrl(DATABASE),
                        smtp.port(),
                        watch,
                        "--APP_MAIL_TIMEOUT=1000",
                        "--app.reminders.cron=* * * * * *")) {
            JdbcClient jdbc = JdbcClient.create(SharedPostgres.dataSource(DATABASE));
            HikariDataSource pool = platform.getBean(HikariDataSource.class);
            for (int i = 0; i < WAITING; i++) {
                jdbc.sql("""
                                INSERT INTO mail_outbox (recipient, subject, body_text, template, language)
                                VALUES (?, 'Stuck', 'Text', 'verify-email', 'en')""").param("silent-" + i + "@example.com").update();
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> smtp.connections() >= 1);

            // While the sender waits for an answer that never comes, the pool is (nearly always) idle.
            AtomicBoolean sampling = new AtomicBoolean(true);
            List<Integer> active = new CopyOnWriteArrayList<>();
            Thread sampler = new Thread(() -> {
                while (sampling.get() && smtp.connections() < WAITING) {
                    active.add(pool.getHikariPoolMXBean().getActiveConnections());
                    pause(Duration.ofMillis(10));
                }
            });
            sampler.start();

            // A session within 24 hours: the reminders job, every second, queues its reminder while the sender is
            // stuck.
            TestData data = new TestData(SharedPostgres.dataSource(DATABASE));
            int trainer = data.user("stuck-trainer@example.com", "trainer");
            int participant = data.user("stuck-participant@example.com", "participant");
            int training = data.training("Patience", "published", null, null, trainer);
            data.session(training, "Tomorrow", Instant.now().plus(Duration.ofHours(20)), 60);
            data.enrol(participant, training, "active");
            await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> jdbc.sql("SELECT count(*) FROM mail_outbox WHERE template = 'session-reminder'")
                                    .query(Long.class)
                                    .single()
                            == 1);
            assertThat(untried(jdbc))
                    .as("the sender is still working through the silent server")
                    .isPositive();

            Instant started = Instant.now();
            await().atMost(Duration.ofSeconds(WAITING * 3L))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> untried(jdbc) == 0);
            sampling.set(false);
            sampler.join();

            List<Map<String, Object>> tried = jdbc.sql("""
                            SELECT status, attempts, last_error, next_attempt_at FROM mail_outbox
                            WHERE recipient LIKE 'silent-%@example.com' ORDER BY id""").query().listOfRows();
            assertThat(tried).hasSize(WAITING).allSatisfy(row -> {
                assertThat(row.get("status")).isEqualTo("queued");
                assertThat(row.get("attempts")).isEqualTo(1);
                assertThat((String) row.get("last_error")).containsIgnoringCase("timed out");
                assertThat(((Timestamp) row.get("next_attempt_at")).toInstant())
                        .isAfter(started.plus(Duration.ofSeconds(30)));
            });
            List<Instant> connections = smtp.acceptedAt();
            for (int i = 1; i < WAITING; i++) {
                assertThat(Duration.between(connections.get(i - 1), connections.get(i)))
                        .as("the sender gave up on a silent server after the 1 s timeout")
                        .isLessThan(Duration.ofSeconds(3));
            }
            assertThat(heldWhileSending)
                    .as("transaction or connection bound while SMTP works")
                    .isEmpty();
            assertThat(active).isNotEmpty();
            assertThat(active.stream().filter(count -> count == 0).count())
                    .as("samples of an idle pool while the sender waited, out of %s", active.size())
                    .isGreaterThan(active.size() / 2);
        }
    }

    private static long untried(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient LIKE 'silent-%@example.com' AND attempts = 0")
                .query(Long.class)
                .single();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
