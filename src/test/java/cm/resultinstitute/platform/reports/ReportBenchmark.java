package cm.resultinstitute.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.test.SharedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One report page on a large institute (100k users, 2k trainings, 20k sessions, 200k enrolments, 2M attendance rows)
 * answers in under 100 ms: the median of repeated runs of each report's first page, with and without filters. Not
 * part of the build: {@code ./mvnw test -Dbenchmark=true -Dtest=ReportBenchmark}. It also prints, without asserting,
 * slower cases and the schema document's original views for comparison.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportBenchmark {

    static final int WARM_UP = 3;
    static final int RUNS = 21;
    static final Duration BUDGET = Duration.ofMillis(100);

    static final String LARGE_INSTITUTE = """
            INSERT INTO users (email, password_hash, first_name, last_name, role, status, email_verified)
            SELECT 'user' || i || '@benchmark.test', 'x', 'First' || i, 'Last' || i % 5000,
                   CASE WHEN i = 1 THEN 'admin' WHEN i <= 201 THEN 'trainer' ELSE 'participant' END, 'active', TRUE
            FROM generate_series(1, 100000) i;
            INSERT INTO trainings (title, slug, category, status, level, max_participants, start_date, end_date,
                created_by)
            SELECT 'Training ' || i, 'training-' || i,
                   (ARRAY['Personal Development', 'Executive Development', 'Leadership Training',
                          'Youth Empowerment', 'Entrepreneurship Coaching'])[1 + i % 5],
                   (ARRAY['draft', 'published', 'published', 'archived'])[1 + i % 4], 'beginner', 120,
                   DATE '2024-01-01' + i % 700, DATE '2024-01-01' + i % 700 + 60, 2 + i % 200
            FROM generate_series(1, 2000) i;
            INSERT INTO sessions (training_id, title, session_date, status)
            SELECT t, 'Session ' || k, TIMESTAMPTZ '2024-01-01 09:00+01' + (t % 700) * interval '1 day'
                       + k * interval '1 week',
                   CASE WHEN k <= 6 THEN 'completed' WHEN k = 10 THEN 'cancelled' ELSE 'scheduled' END
            FROM generate_series(1, 2000) t CROSS JOIN generate_series(1, 10) k;
            INSERT INTO enrollments (user_id, training_id, enrollment_date, status, progress)
            SELECT 202 + ((t - 1) * 100 + k - 1) % 99799, t,
                   TIMESTAMPTZ '2024-01-01 00:00+00' + ((t * 100 + k) % 900) * interval '1 day' + k * interval '1 minute',
                   (ARRAY['active', 'active', 'completed', 'dropped', 'suspended'])[1 + (t + k) % 5], (t * k) % 101
            FROM generate_series(1, 2000) t CROSS JOIN generate_series(1, 100) k;
            INSERT INTO attendance (session_id, user_id, status)
            SELECT s.id, e.user_id,
                   (ARRAY['present', 'present', 'present', 'absent', 'late', 'excused', 'present'])[1 + (s.id + e.user_id) % 7]
            FROM enrollments e JOIN sessions s ON s.training_id = e.training_id;
            """;

    static SingleConnectionDataSource database;
    static TrainingSummaryReport trainings;
    static ParticipantProgressReport progress;
    static InstituteDashboard dashboard;
    static JdbcClient jdbc;
    static final Map<String, Duration> results = new LinkedHashMap<>();

    @BeforeAll
    static void largeInstitute() throws SQLException {
        String name = SharedPostgres.createDatabase("reports_benchmark");
        DataSource scratch = SharedPostgres.dataSource(name);
        Flyway.configure()
                .dataSource(scratch)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        long start = System.nanoTime();
        try (Connection connection = scratch.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(LARGE_INSTITUTE);
            // As autovacuum would leave it: statistics, and visibility maps for index-only scans.
            statement.execute("VACUUM ANALYZE");
            statement.execute(ReportViewsEquivalenceTest.ORIGINAL_VIEWS);
        }
        System.out.printf(
                "Large institute generated in %d s%n",
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
        // One open connection, as a pool would hand out: the time measured is the queries'.
        database = new SingleConnectionDataSource(SharedPostgres.jdbcUrl(name), SharedPostgres.SUPERUSER, "", true);
        jdbc = JdbcClient.create(database);
        // The summaries as the scheduled job leaves them once the data stops changing.
        ReportSummaries summaries = new ReportSummaries(jdbc);
        summaries.refresh();
        trainings = new TrainingSummaryReport(jdbc, database, summaries);
        progress = new ParticipantProgressReport(jdbc, database, summaries);
        AppProperties properties = new AppProperties(
                null, ZoneId.of("Africa/Douala"), null, null, null, null, null, null, null, null, null, 75);
        dashboard = new InstituteDashboard(jdbc, summaries, Clock.systemUTC(), properties);
    }

    @AfterAll
    static void report() {
        System.out.println("Median of " + RUNS + " runs (after " + WARM_UP + " to warm up):");
        results.forEach((name, median) -> System.out.printf("  %-75s %8.1f ms%n", name, median.toNanos() / 1e6));
        if (database != null) {
            database.destroy();
        }
    }

    @Test
    void trainingReportPagesAnswerInUnder100Milliseconds() {
        int trainer = id("SELECT created_by FROM trainings WHERE id = 1");
        Pageable first = PageRequest.of(0, 20, Sort.by("startDate").descending());
        TrainingReportFilter none = TrainingReportFilter.of(null, null);
        within("trainings, admin, first page", () -> trainings.page(none, ReportScope.EVERYTHING, first));
        within(
                "trainings, admin, status and category",
                () -> trainings.page(
                        TrainingReportFilter.of("published", "Leadership Training"), ReportScope.EVERYTHING, first));
        within("trainings, trainer's own", () -> trainings.page(none, new ReportScope(trainer, null), first));
        within(
                "trainings, admin, page 50",
                () -> trainings.page(none, ReportScope.EVERYTHING, PageRequest.of(50, 20, first.getSort())));
        within(
                "trainings, admin, sorted by total enrolments",
                () -> trainings.page(
                        none,
                        ReportScope.EVERYTHING,
                        PageRequest.of(0, 20, Sort.by("totalEnrollments").descending())));
    }

    @Test
    void progressReportPagesAnswerInUnder100Milliseconds() {
        int trainer = id("SELECT created_by FROM trainings WHERE id = 1");
        int participant = id("SELECT user_id FROM enrollments ORDER BY id LIMIT 1");
        Pageable first = PageRequest.of(0, 20, Sort.by("enrollmentDate").descending());
        ProgressReportFilter none = new ProgressReportFilter(null, null);
        within("progress, admin, first page", () -> progress.page(none, ReportScope.EVERYTHING, first));
        within(
                "progress, admin, one training",
                () -> progress.page(new ProgressReportFilter(77, null), ReportScope.EVERYTHING, first));
        within(
                "progress, admin, one participant",
                () -> progress.page(new ProgressReportFilter(null, participant), ReportScope.EVERYTHING, first));
        within("progress, trainer's own trainings", () -> progress.page(none, new ReportScope(trainer, null), first));
        within(
                "progress, admin, sorted by participant name",
                () -> progress.page(none, ReportScope.EVERYTHING, PageRequest.of(0, 20, Sort.by("participantName"))));
        within(
                "progress, participant's own rows",
                () -> progress.page(none, new ReportScope(null, participant), first));
    }

    @Test
    void slowerCasesAndTheOriginalViewsForComparison() {
        measure(
                "(no budget) progress, admin, sorted by participant name, Z to A",
                3,
                () -> progress.page(
                        new ProgressReportFilter(null, null),
                        ReportScope.EVERYTHING,
                        PageRequest.of(0, 20, Sort.by("participantName").descending())));
        measure("(no budget) dashboard", 3, () -> dashboard.dashboard());
        measure(
                "(no budget) CSV rows of one trainer (1,000 rows)",
                3,
                () -> progress.export(
                        new ProgressReportFilter(null, null),
                        new ReportScope(id("SELECT created_by FROM trainings WHERE id = 1"), null),
                        Sort.by("enrollmentDate").descending(),
                        row -> {}));
        measure("(before) original v_training_summary, first page and count", 1, () -> {
            jdbc.sql("SELECT * FROM v_training_summary_original ORDER BY start_date DESC NULLS LAST, id LIMIT 20")
                    .query()
                    .listOfRows();
            jdbc.sql("SELECT count(*) FROM v_training_summary_original")
                    .query(Long.class)
                    .single();
        });
        measure("(before) original v_participant_progress, first page and count", 1, () -> {
            jdbc.sql("SELECT * FROM v_participant_progress_original"
                            + " ORDER BY enrollment_date DESC NULLS LAST, user_id, training_id LIMIT 20")
                    .query()
                    .listOfRows();
            jdbc.sql("SELECT count(*) FROM v_participant_progress_original")
                    .query(Long.class)
                    .single();
        });
    }

    private static void within(String name, Runnable page) {
        Duration median = measure(name, RUNS, page);
        assertThat(median).as(name).isLessThan(BUDGET);
    }

    private static Duration measure(String name, int runs, Runnable work) {
        for (int i = 0; i < Math.min(WARM_UP, runs); i++) {
            work.run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add(System.nanoTime() - start);
        }
        times.sort(Long::compare);
        Duration median = Duration.ofNanos(times.get(times.size() / 2));
        results.put(name, median);
        return median;
    }

    private static int id(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
