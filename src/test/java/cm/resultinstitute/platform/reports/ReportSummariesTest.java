package cm.resultinstitute.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.persistence.SqlPage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summaries of V16 give the reports exactly what the live views give, and are read only while nothing they
 * summarise has changed since their refresh: a change through the application is read live at once, a write that
 * bypassed the triggers (a bulk load) is caught by the scheduled check. In a database of its own, with the
 * equivalence test's generated institute.
 */
class ReportSummariesTest {

    private static final Pageable LATEST_FIRST =
            PageRequest.of(0, 25, Sort.by("enrollmentDate").descending());
    private static final ProgressReportFilter NO_FILTER = new ProgressReportFilter(null, null);
    private static final TrainingReportFilter ALL_TRAININGS = new TrainingReportFilter(null, null);
    private static final Pageable MOST_ENROLLED_FIRST =
            PageRequest.of(0, 10, Sort.by("totalEnrollments").descending());

    static DataSource database;
    static JdbcClient jdbc;
    static ReportSummaries summaries;
    static ParticipantProgressReport progress;
    static TrainingSummaryReport trainings;
    static InstituteDashboard dashboard;

    @BeforeAll
    static void generatedInstitute() throws SQLException {
        database = ReportViewsEquivalenceTest.generatedInstitute("report_summaries");
        jdbc = JdbcClient.create(database);
        summaries = new ReportSummaries(jdbc);
        progress = new ParticipantProgressReport(jdbc, database, summaries);
        trainings = new TrainingSummaryReport(jdbc, database, summaries);
        AppProperties properties = new AppProperties(
                null, ZoneId.of("Africa/Douala"), null, null, null, null, null, null, null, null, null, 75);
        // The generated enrolments span June 2025 to March 2026: every month of the chart has some.
        dashboard = new InstituteDashboard(
                jdbc, summaries, Clock.fixed(Instant.parse("2026-04-15T10:00:00Z"), ZoneId.of("UTC")), properties);
    }

    @BeforeEach
    void upToDate() {
        summaries.refreshIfChanged();
        assertThat(summaries.state().fresh()).isTrue();
    }

    @Test
    void theStoredProgressIsExactlyTheDocumentsView() {
        assertThat(count("SELECT count(*) FROM report_participant_progress")).isGreaterThan(30);
        assertThat(count("SELECT count(*) FROM (SELECT * FROM v_participant_progress_original"
                        + " EXCEPT ALL SELECT * FROM report_participant_progress) missing"))
                .isZero();
        assertThat(count("SELECT count(*) FROM (SELECT * FROM report_participant_progress"
                        + " EXCEPT ALL SELECT * FROM v_participant_progress_original) extra"))
                .isZero();
        assertThat(columns("report_participant_progress")).isEqualTo(columns("v_participant_progress_original"));
        assertThat(summaries.state().progressRows()).isEqualTo(count("SELECT count(*) FROM v_participant_progress"));
    }

    @Test
    void theStoredProgressKeepsEachTrainingsRowsTogether() {
        List<Integer> stored = jdbc.sql("SELECT training_id FROM report_participant_progress ORDER BY ctid")
                .query(Integer.class)
                .list();
        assertThat(stored).hasSizeGreaterThan(30).isSorted();
    }

    @Test
    void aProgressPageSortedByNameIsReadInTheOrderOfAnIndex() throws SQLException {
        String page = "SELECT v.user_id FROM report_participant_progress v"
                + SqlPage.clause(
                        PageRequest.of(2, 20, Sort.by("participantName")),
                        ParticipantProgressReport.COLUMNS,
                        ParticipantProgressReport.TIEBREAKER);
        assertThat(plan("EXPLAIN " + page))
                .contains("idx_report_participant_progress_name")
                .doesNotContain("Sort");
    }

    @Test
    void theStoredTrainingSummaryIsExactlyTheDocumentsView() {
        assertThat(count("SELECT count(*) FROM report_training_summary")).isEqualTo(40);
        assertThat(count("SELECT count(*) FROM (SELECT * FROM v_training_summary_original"
                        + " EXCEPT ALL SELECT * FROM report_training_summary) missing"))
                .isZero();
        assertThat(count("SELECT count(*) FROM (SELECT * FROM report_training_summary"
                        + " EXCEPT ALL SELECT * FROM v_training_summary_original) extra"))
                .isZero();
        assertThat(columns("report_training_summary")).isEqualTo(columns("v_training_summary_original"));
        assertThat(summaries.state().trainingRows()).isEqualTo(40);
    }

    @Test
    void reportsReadFromTheSummariesAnswerWhatTheTablesAnswer() {
        int trainer = (int) count("SELECT min(created_by) FROM trainings");
        ReportScope trainersScope = new ReportScope(trainer, null);
        Dashboard fromSummaries = dashboard.dashboard();
        Page<ParticipantProgress> everything = progress.page(NO_FILTER, ReportScope.EVERYTHING, LATEST_FIRST);
        Page<ParticipantProgress> trainers = progress.page(NO_FILTER, trainersScope, LATEST_FIRST);
        Page<TrainingSummary> mostEnrolled = trainings.page(ALL_TRAININGS, ReportScope.EVERYTHING, MOST_ENROLLED_FIRST);
        Page<TrainingSummary> trainersTrainings = trainings.page(ALL_TRAININGS, trainersScope, MOST_ENROLLED_FIRST);
        TrainingReportFilter published = new TrainingReportFilter("published", null);
        Page<TrainingSummary> publishedLast =
                trainings.page(published, ReportScope.EVERYTHING, PageRequest.of(1, 10, Sort.by("endDate")));

        noteAChange();
        assertThat(summaries.state().fresh()).isFalse();

        assertThat(dashboard.dashboard()).isEqualTo(fromSummaries);
        assertThat(fromSummaries.enrollmentsPerMonth()).anyMatch(month -> month.enrollments() > 0);
        assertThat(fromSummaries.attendanceByTraining()).isNotEmpty();
        Page<ParticipantProgress> everythingLive = progress.page(NO_FILTER, ReportScope.EVERYTHING, LATEST_FIRST);
        assertThat(everythingLive.getContent()).hasSize(25).isEqualTo(everything.getContent());
        assertThat(everythingLive.getTotalElements()).isEqualTo(everything.getTotalElements());
        Page<ParticipantProgress> trainersLive = progress.page(NO_FILTER, trainersScope, LATEST_FIRST);
        assertThat(trainersLive.getContent()).isNotEmpty().isEqualTo(trainers.getContent());
        assertThat(trainersLive.getTotalElements()).isEqualTo(trainers.getTotalElements());
        Page<TrainingSummary> mostEnrolledLive =
                trainings.page(ALL_TRAININGS, ReportScope.EVERYTHING, MOST_ENROLLED_FIRST);
        assertThat(mostEnrolledLive.getContent()).hasSize(10).isEqualTo(mostEnrolled.getContent());
        assertThat(mostEnrolledLive.getTotalElements())
                .isEqualTo(mostEnrolled.getTotalElements())
                .isEqualTo(40);
        Page<TrainingSummary> trainersTrainingsLive = trainings.page(ALL_TRAININGS, trainersScope, MOST_ENROLLED_FIRST);
        assertThat(trainersTrainingsLive.getContent()).isNotEmpty().isEqualTo(trainersTrainings.getContent());
        assertThat(trainersTrainingsLive.getTotalElements()).isEqualTo(trainersTrainings.getTotalElements());
        Page<TrainingSummary> publishedLastLive =
                trainings.page(published, ReportScope.EVERYTHING, PageRequest.of(1, 10, Sort.by("endDate")));
        assertThat(publishedLastLive.getContent()).isNotEmpty().isEqualTo(publishedLast.getContent());
        assertThat(publishedLastLive.getTotalElements()).isEqualTo(publishedLast.getTotalElements());
    }

    @Test
    void aChangeIsReadLiveAtOnceAndStoredByTheNextRefresh() {
        Object[] mark = jdbc.sql("""
                        SELECT a.id, a.user_id, s.training_id FROM attendance a
                        JOIN sessions s ON s.id = a.session_id
                        JOIN enrollments e ON e.user_id = a.user_id AND e.training_id = s.training_id
                        JOIN users u ON u.id = a.user_id
                        WHERE a.status = 'present' AND u.role = 'participant'
                        ORDER BY a.id LIMIT 1""")
                .query((rs, row) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
                .single();
        ProgressReportFilter theirs = new ProgressReportFilter((Integer) mark[2], (Integer) mark[1]);
        long attended = progress.page(theirs, ReportScope.EVERYTHING, LATEST_FIRST)
                .getContent()
                .get(0)
                .attendedSessions();

        jdbc.sql("UPDATE attendance SET status = 'absent' WHERE id = ?")
                .param(mark[0])
                .update();

        assertThat(summaries.state().fresh()).isFalse();
        assertThat(progress.page(theirs, ReportScope.EVERYTHING, LATEST_FIRST)
                        .getContent()
                        .get(0)
                        .attendedSessions())
                .isEqualTo(attended - 1);
        summaries.refreshIfChanged();
        assertThat(summaries.state().fresh()).isTrue();
        assertThat(count("SELECT attended_sessions FROM report_participant_progress WHERE user_id = " + mark[1]
                        + " AND training_id = " + mark[2]))
                .isEqualTo(attended - 1);
    }

    @Test
    void aTrainingsChangeIsReadLiveAtOnceAndStoredByTheNextRefresh() {
        int training = (int) count("SELECT min(id) FROM trainings WHERE status = 'published'");
        TrainingReportFilter published = new TrainingReportFilter("published", null);
        Pageable firstById = PageRequest.of(0, 1, Sort.by("id"));
        TrainingSummary before = trainings
                .page(published, ReportScope.EVERYTHING, firstById)
                .getContent()
                .get(0);
        assertThat(before.id()).isEqualTo(training);

        jdbc.sql("UPDATE trainings SET max_participants = 7 WHERE id = ?")
                .param(training)
                .update();

        assertThat(summaries.state().fresh()).isFalse();
        TrainingSummary live = trainings
                .page(published, ReportScope.EVERYTHING, firstById)
                .getContent()
                .get(0);
        assertThat(live.maxParticipants()).isEqualTo(7).isNotEqualTo(before.maxParticipants());
        summaries.refreshIfChanged();
        assertThat(summaries.state().fresh()).isTrue();
        assertThat(count("SELECT max_participants FROM report_training_summary WHERE id = " + training))
                .isEqualTo(7);
        assertThat(trainings.page(published, ReportScope.EVERYTHING, firstById).getContent())
                .containsExactly(live);
    }

    @Test
    void whatTheReportsDoNotShowChangesNothing() {
        jdbc.sql("UPDATE users SET last_login_at = now(), password_hash = 'y'").update();
        jdbc.sql("UPDATE trainings SET description = 'Rewritten', updated_at = now()")
                .update();
        jdbc.sql("UPDATE sessions SET location = 'Douala'").update();
        assertThat(summaries.state().fresh()).isTrue();

        jdbc.sql("UPDATE users SET last_name = 'Renamed' WHERE id = (SELECT min(user_id) FROM enrollments)")
                .update();
        assertThat(summaries.state().fresh()).isFalse();
    }

    @Test
    void everyColumnOfTheTrainingReportIsNotedWhenItChanges() {
        for (String change : List.of(
                "category = 'Changed'",
                "start_date = DATE '2027-01-01'",
                "end_date = DATE '2027-02-01'",
                "max_participants = 99",
                "created_by = (SELECT min(id) FROM users)",
                "title = 'Renamed'",
                "status = 'archived'")) {
            summaries.refreshIfChanged();
            assertThat(summaries.state().fresh()).isTrue();
            jdbc.sql("UPDATE trainings SET " + change + " WHERE id = (SELECT max(id) FROM trainings)")
                    .update();
            assertThat(summaries.state().fresh()).as(change).isFalse();
        }
    }

    @Test
    void rowsWrittenWithTheTriggersOffAreCaughtByTheScheduledCheck() throws Exception {
        long before = count("SELECT count(*) FROM report_participant_progress");
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("""
                    INSERT INTO enrollments (user_id, training_id, status)
                    SELECT u.id, t.id, 'active' FROM users u CROSS JOIN trainings t
                    WHERE u.role = 'participant'
                      AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = u.id AND e.training_id = t.id)
                    ORDER BY u.id, t.id LIMIT 3""");
            statement.execute("SELECT pg_stat_force_next_flush()");
        }
        assertThat(summaries.state().fresh()).as("no trigger noted it").isTrue();

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (count("SELECT count(*) FROM report_participant_progress") == before && System.nanoTime() < deadline) {
            // PostgreSQL publishes a session's counts of written rows within about a second.
            Thread.sleep(200);
            summaries.refreshIfChanged();
        }
        assertThat(count("SELECT count(*) FROM report_participant_progress")).isEqualTo(before + 3);
    }

    private static void noteAChange() {
        jdbc.sql("UPDATE enrollments SET progress = progress WHERE false").update();
    }

    /** The plan as a large summary would get it: the generated one is small enough to be read whole and sorted. */
    private static String plan(String explain) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            statement.execute("SET enable_sort = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery(explain)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static List<String> columns(String relation) {
        return jdbc.sql("""
                        SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                        FROM pg_attribute a
                        WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped
                        ORDER BY a.attnum""").param(relation).query(String.class).list();
    }
}
