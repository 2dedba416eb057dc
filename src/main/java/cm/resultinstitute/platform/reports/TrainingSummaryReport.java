package cm.resultinstitute.platform.reports;

import cm.resultinstitute.platform.shared.persistence.SqlPage;
import cm.resultinstitute.platform.shared.persistence.SqlWhere;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@code v_training_summary} for admins (every training) and trainers (the trainings they created): its rows
 * stored (V21) while no change waits for a refresh, the view itself otherwise.
 */
@Service
public class TrainingSummaryReport {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("id", "v.id"),
            Map.entry("title", "v.title"),
            Map.entry("category", "v.category"),
            Map.entry("status", "v.status"),
            Map.entry("startDate", "v.start_date"),
            Map.entry("endDate", "v.end_date"),
            Map.entry("maxParticipants", "v.max_participants"),
            Map.entry("totalEnrollments", "v.total_enrollments"),
            Map.entry("completedEnrollments", "v.completed_enrollments"),
            Map.entry("totalSessions", "v.total_sessions"),
            Map.entry("completedSessions", "v.completed_sessions"),
            Map.entry("createdByName", "v.created_by_name"));

    private static final String SELECT = """
            SELECT v.id, v.title, v.category, v.status, v.start_date, v.end_date, v.max_participants,
                   v.total_enrollments, v.completed_enrollments, v.total_sessions, v.completed_sessions,
                   v.created_by_name
            FROM\s""";

    private static final String VIEW = "v_training_summary v";

    private static final String SUMMARY = "report_training_summary v";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final ReportSummaries summaries;

    TrainingSummaryReport(JdbcClient jdbc, DataSource dataSource, ReportSummaries summaries) {
        this.jdbc = jdbc;
        this.streaming = ReportExport.streaming(dataSource);
        this.summaries = summaries;
    }

    /** One page of the rows the scope allows; a participant's scope is refused. */
    @Transactional(readOnly = true)
    public Page<TrainingSummary> page(TrainingReportFilter filter, ReportScope scope, Pageable page) {
        SqlWhere where = where(filter, scope);
        ReportSummaries.State summary = summaries.state();
        String source = summary.fresh() ? SUMMARY : VIEW;
        List<TrainingSummary> content = jdbc.sql(
                        SELECT + source + where.clause() + SqlPage.clause(page, COLUMNS, "v.id"))
                .params(where.params())
                .query(TrainingSummaryReport::row)
                .list();
        long total = summary.fresh() && where.clause().isEmpty()
                ? summary.trainingRows()
                : jdbc.sql("SELECT count(*) FROM " + source + where.clause())
                        .params(where.params())
                        .query(Long.class)
                        .single();
        return new PageImpl<>(content, page, total);
    }

    /** Every row the scope allows (up to {@link ReportExport#MAX_ROWS}), in order, handed over one by one. */
    @Transactional(readOnly = true)
    public void export(TrainingReportFilter filter, ReportScope scope, Sort sort, Consumer<TrainingSummary> rows) {
        SqlWhere where = where(filter, scope);
        Pageable all = PageRequest.of(0, ReportExport.MAX_ROWS, sort);
        String source = summaries.state().fresh() ? SUMMARY : VIEW;
        streaming
                .sql(SELECT + source + where.clause() + SqlPage.clause(all, COLUMNS, "v.id"))
                .params(where.params())
                .query((RowCallbackHandler) rs -> rows.accept(row(rs, 0)));
    }

    private static SqlWhere where(TrainingReportFilter filter, ReportScope scope) {
        if (scope.participantId() != null) {
            throw new AccessDeniedException("The training report is for trainers and admins");
        }
        return new SqlWhere()
                // The view does not show the creator's id: the trainings table tells which rows are theirs.
                .andIfPresent(
                        scope.creatorId(),
                        "v.id IN (SELECT t.id FROM trainings t WHERE t.created_by = :creatorId)",
                        "creatorId")
                .andIfPresent(filter.status(), "v.status = :status", "status")
                .andIfPresent(filter.category(), "v.category = :category", "category");
    }

    private static TrainingSummary row(ResultSet rs, int row) throws SQLException {
        return new TrainingSummary(
                rs.getInt("id"),
                rs.getString("title"),
                rs.getString("category"),
                rs.getString("status"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getObject("max_participants", Integer.class),
                rs.getLong("total_enrollments"),
                rs.getLong("completed_enrollments"),
                rs.getLong("total_sessions"),
                rs.getLong("completed_sessions"),
                rs.getString("created_by_name"));
    }
}
