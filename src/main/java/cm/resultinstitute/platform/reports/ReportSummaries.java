package cm.resultinstitute.platform.reports;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The materialised summaries of the reports (migrations V16, V21, V22): whether they may be read, and their refresh. A
 * write to the summarised tables notes a change in its own transaction; while a change is noted the reports read the
 * live views (exact, slower), and a scheduled job refreshes the summaries, on one instance at a time.
 */
@Service
public class ReportSummaries {

    private static final Logger log = LoggerFactory.getLogger(ReportSummaries.class);

    /** Rows inserted and deleted in the summarised tables, as PostgreSQL counts them, triggers or not. */
    private static final String ROWS_WRITTEN = """
            SELECT COALESCE(sum(n_tup_ins + n_tup_del), 0) FROM pg_stat_user_tables
            WHERE schemaname = current_schema()
              AND relname IN ('users', 'trainings', 'enrollments', 'sessions', 'attendance')""";

    /** What the refresh saw, kept in the database: every instance compares with the same number. */
    private static final String REMEMBER = """
            INSERT INTO report_refreshes (rows_written, refreshed_at) VALUES (:written, now())
            ON CONFLICT (singleton) DO UPDATE SET rows_written = :written, refreshed_at = now()""";

    /** Whether the summaries are current and, if so, how many rows the whole progress and training reports have. */
    public record State(boolean fresh, long progressRows, long trainingRows) {}

    private final JdbcClient jdbc;

    ReportSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public State state() {
        return jdbc.sql("""
                        SELECT NOT EXISTS (SELECT 1 FROM report_changes) AS fresh, r.progress_rows, r.trainings
                        FROM report_totals r""")
                .query((rs, row) ->
                        new State(rs.getBoolean("fresh"), rs.getLong("progress_rows"), rs.getLong("trainings")))
                .single();
    }

    @Scheduled(
            initialDelayString = "${app.reports.refresh-delay:5s}",
            fixedDelayString = "${app.reports.refresh-interval:30s}")
    @SchedulerLock(name = "report-summaries", lockAtMostFor = "PT30M")
    public void refreshIfChanged() {
        long written = jdbc.sql(ROWS_WRITTEN).query(Long.class).single();
        long seen = jdbc.sql("SELECT COALESCE((SELECT rows_written FROM report_refreshes), -1)")
                .query(Long.class)
                .single();
        if (state().fresh() && written == seen) {
            return;
        }
        refresh();
        remember(written);
    }

    private void remember(long rowsWritten) {
        jdbc.sql(REMEMBER).param("written", rowsWritten).update();
    }

    /** Recomputes every summary; a few seconds at 2 million attendance marks, in the database's own transaction. */
    public void refresh() {
        long started = System.nanoTime();
        jdbc.sql("SELECT refresh_report_summaries()").query().singleRow();
        log.debug("Report summaries refreshed in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
