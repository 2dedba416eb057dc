package cm.resultinstitute.platform.reports;

import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.persistence.SqlWhere;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@code v_participant_progress}: every row for admins, the rows of their own trainings for trainers, their
 * own rows for participants. Filters narrow the scope and never widen it.
 */
@Service
public class ParticipantProgressReport {

    /**
     * Sorting by the session counts or the attendance rate reads every row before the first page (no index orders
     * them): allowed, since every field of the row may order the list, but the default order is served by an index.
     */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("userId", "v.user_id"),
            Map.entry("participantName", "v.participant_name"),
            Map.entry("email", "v.email"),
            Map.entry("trainingId", "v.training_id"),
            Map.entry("trainingTitle", "v.training_title"),
            Map.entry("enrollmentDate", "v.enrollment_date"),
            Map.entry("enrollmentStatus", "v.enrollment_status"),
            Map.entry("progress", "v.progress"),
            Map.entry("totalSessions", "v.total_sessions"),
            Map.entry("attendedSessions", "v.attended_sessions"),
            Map.entry("attendanceRate", "v.attendance_rate"));

    static final String TIEBREAKER = "v.user_id, v.training_id";

    private static final String SELECT = """
            SELECT v.user_id, v.participant_name, v.email, v.training_id, v.training_title, v.enrollment_date,
                   v.enrollment_status, v.progress, v.total_sessions, v.attended_sessions, v.attendance_rate
            FROM\s""";

    /** The view, and the same rows stored (V16, in training order since V22), read while no change is waiting. */
    private static final String VIEW = "v_participant_progress v";

    private static final String SUMMARY = "report_participant_progress v";

    private static final String TRAINERS_TRAININGS =
            "v.training_id IN (SELECT t.id FROM trainings t WHERE t.created_by = :creatorId)";

    /**
     * A trainer's stored rows, read before they are ordered: left to itself, PostgreSQL walks the latest-first index
     * through everyone's rows in search of theirs (4,000 rows from the heap for a page of 20, 45 ms on the large
     * institute), where their trainings' rows, stored together, take a few pages. {@code OFFSET 0} keeps the subquery
     * apart. Not for the live view: there it would compute the counts of every one of their rows, not of a page's.
     */
    private static final String TRAINERS_STORED_ROWS =
            "(SELECT * FROM report_participant_progress v WHERE " + TRAINERS_TRAININGS + " OFFSET 0) v";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final ReportSummaries summaries;

    ParticipantProgressReport(JdbcClient jdbc, DataSource dataSource, ReportSummaries summaries) {
        this.jdbc = jdbc;
        this.streaming = ReportExport.streaming(dataSource);
        this.summaries = summaries;
    }

    @Transactional(readOnly = true)
    public Page<ParticipantProgress> page(ProgressReportFilter filter, ReportScope scope, Pageable page) {
        ReportSummaries.State summary = summaries.state();
        String source = source(summary.fresh(), scope);
        SqlWhere where = where(filter, scope, summary.fresh());
        List<ParticipantProgress> content = jdbc.sql(
                        SELECT + source + where.clause() + SqlPage.clause(page, COLUMNS, TIEBREAKER))
                .params(where.params())
                .query(ParticipantProgressReport::row)
                .list();
        long total = summary.fresh() && where.clause().isEmpty() && scope.creatorId() == null
                ? summary.progressRows()
                : jdbc.sql("SELECT count(*) FROM " + source + where.clause())
                        .params(where.params())
                        .query(Long.class)
                        .single();
        return new PageImpl<>(content, page, total);
    }

    /** Every row the scope allows (up to {@link ReportExport#MAX_ROWS}), in order, handed over one by one. */
    @Transactional(readOnly = true)
    public void export(ProgressReportFilter filter, ReportScope scope, Sort sort, Consumer<ParticipantProgress> rows) {
        boolean fresh = summaries.state().fresh();
        String source = source(fresh, scope);
        SqlWhere where = where(filter, scope, fresh);
        Pageable all = PageRequest.of(0, ReportExport.MAX_ROWS, sort);
        streaming
                .sql(SELECT + source + where.clause() + SqlPage.clause(all, COLUMNS, TIEBREAKER))
                .params(where.params())
                .query((RowCallbackHandler) rs -> rows.accept(row(rs, 0)));
    }

    private static String source(boolean fresh, ReportScope scope) {
        if (!fresh) {
            return VIEW;
        }
        return scope.creatorId() == null ? SUMMARY : TRAINERS_STORED_ROWS;
    }

    private static SqlWhere where(ProgressReportFilter filter, ReportScope scope, boolean fresh) {
        SqlWhere where = new SqlWhere()
                .andIfPresent(scope.participantId(), "v.user_id = :participantId", "participantId")
                .andIfPresent(filter.trainingId(), "v.training_id = :trainingId", "trainingId")
                .andIfPresent(filter.userId(), "v.user_id = :userId", "userId");
        if (scope.creatorId() == null) {
            return where;
        }
        // The trainer's stored rows hold their condition already: only its parameter is bound.
        return fresh
                ? where.bind("creatorId", scope.creatorId())
                : where.and(TRAINERS_TRAININGS, "creatorId", scope.creatorId());
    }

    private static ParticipantProgress row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime enrolled = rs.getObject("enrollment_date", OffsetDateTime.class);
        return new ParticipantProgress(
                rs.getInt("user_id"),
                rs.getString("participant_name"),
                rs.getString("email"),
                rs.getInt("training_id"),
                rs.getString("training_title"),
                enrolled == null ? null : enrolled.toInstant(),
                rs.getString("enrollment_status"),
                rs.getObject("progress", Integer.class),
                rs.getLong("total_sessions"),
                rs.getLong("attended_sessions"),
                rs.getBigDecimal("attendance_rate"));
    }
}
