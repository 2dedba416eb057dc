package cm.resultinstitute.platform.reports;

import cm.resultinstitute.platform.shared.AppProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the admin dashboard in four statements, whatever the size of the institute. */
@Service
public class InstituteDashboard {

    /** How many trainings the attendance chart shows: those that held the most sessions. */
    public static final int TOP_TRAININGS = 20;

    static final int MONTHS = 12;

    /** Table, column, and the values counted one by one: fixed here, never taken from a request. */
    private record Breakdown(String table, String column, List<String> values) {}

    private static final List<Breakdown> BREAKDOWNS = List.of(
            new Breakdown("users", "role", List.of("admin", "trainer", "participant")),
            new Breakdown("trainings", "status", List.of("draft", "published", "archived")),
            new Breakdown("enrollments", "status", List.of("active", "completed", "dropped", "suspended")),
            new Breakdown("sessions", "status", List.of("scheduled", "ongoing", "completed", "cancelled")));

    private static final String TOTALS = BREAKDOWNS.stream()
                    .map(InstituteDashboard::countsOf)
                    .collect(Collectors.joining(" CROSS JOIN ", "SELECT * FROM ", " CROSS JOIN "))
            + """
            (SELECT count(*) AS attendance_marked,
                    count(*) FILTER (WHERE status = 'present') AS attendance_present,
                    ROUND(100.0 * count(*) FILTER (WHERE status = 'present') / NULLIF(count(*), 0), 2)
                        AS attendance_rate
             FROM attendance) a""";

    /** Every month of the chart, with the enrolments the inner query counts in it (none: 0). */
    private static final String EVERY_MONTH = """
            SELECT to_char(m.month, 'YYYY-MM') AS month, COALESCE(c.enrollments, 0) AS enrollments
            FROM generate_series(CAST(:first AS timestamp), CAST(:last AS timestamp), interval '1 month') AS m(month)
            LEFT JOIN (%s) c ON c.month = m.month
            ORDER BY m.month""";

    private static final String PER_MONTH = EVERY_MONTH.formatted("""
            SELECT date_trunc('month', e.enrollment_date AT TIME ZONE :zone) AS month, count(*) AS enrollments
            FROM enrollments e
            WHERE e.enrollment_date >= :since AND e.enrollment_date < :until
            GROUP BY 1""");

    private static final String PER_MONTH_SUMMARY = EVERY_MONTH.formatted("""
            SELECT date_trunc('month', h.hour AT TIME ZONE :zone) AS month, sum(h.enrollments)::bigint AS enrollments
            FROM report_enrollments_per_hour h
            WHERE h.hour >= :since AND h.hour < :until
            GROUP BY 1""");

    private static final String PER_TRAINING_SUMMARY = """
            SELECT t.id, t.title, r.sessions_held, r.marked, r.present,
                   ROUND(100.0 * r.present / NULLIF(r.marked, 0), 2) AS attendance_rate
            FROM report_training_attendance r
            JOIN trainings t ON t.id = r.training_id
            ORDER BY r.sessions_held DESC, r.training_id
            LIMIT :limit""";

    // The trainings are chosen on the small sessions table first; attendance is then read for those alone.
    private static final String PER_TRAINING = """
            WITH held AS (
                SELECT s.training_id, count(*) AS sessions_held
                FROM sessions s
                WHERE s.status = 'completed'
                GROUP BY s.training_id
                ORDER BY sessions_held DESC, s.training_id
                LIMIT :limit
            )
            SELECT t.id, t.title, h.sessions_held, a.marked, a.present,
                   ROUND(100.0 * a.present / NULLIF(a.marked, 0), 2) AS attendance_rate
            FROM held h
            JOIN trainings t ON t.id = h.training_id
            CROSS JOIN LATERAL (
                SELECT count(*) AS marked, count(*) FILTER (WHERE a.status = 'present') AS present
                FROM sessions s
                JOIN attendance a ON a.session_id = s.id
                WHERE s.training_id = t.id
            ) a
            ORDER BY h.sessions_held DESC, t.id""";

    private final JdbcClient jdbc;
    private final ReportSummaries summaries;
    private final Clock clock;
    private final ZoneId zone;

    InstituteDashboard(JdbcClient jdbc, ReportSummaries summaries, Clock clock, AppProperties properties) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** From the summaries of V16 when they are current (a few index reads), else from the tables themselves. */
    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        boolean fresh = summaries.state().fresh();
        Dashboard.Totals totals = jdbc.sql(fresh ? "SELECT * FROM report_totals" : TOTALS)
                .query(InstituteDashboard::totals)
                .single();
        return new Dashboard(totals, perMonth(fresh), perTraining(fresh));
    }

    private List<Dashboard.MonthCount> perMonth(boolean fresh) {
        YearMonth current = YearMonth.from(clock.instant().atZone(zone));
        YearMonth first = current.minusMonths(MONTHS - 1);
        return jdbc.sql(fresh ? PER_MONTH_SUMMARY : PER_MONTH)
                .param("first", first.atDay(1).atStartOfDay())
                .param("last", current.atDay(1).atStartOfDay())
                .param("zone", zone.getId())
                .param("since", startOf(first))
                .param("until", startOf(current.plusMonths(1)))
                .query((rs, row) -> new Dashboard.MonthCount(rs.getString("month"), rs.getLong("enrollments")))
                .list();
    }

    private List<Dashboard.TrainingAttendance> perTraining(boolean fresh) {
        return jdbc.sql(fresh ? PER_TRAINING_SUMMARY : PER_TRAINING)
                .param("limit", TOP_TRAININGS)
                .query((rs, row) -> new Dashboard.TrainingAttendance(
                        rs.getInt("id"),
                        rs.getString("title"),
                        rs.getLong("sessions_held"),
                        rs.getLong("marked"),
                        rs.getLong("present"),
                        rs.getBigDecimal("attendance_rate")))
                .list();
    }

    private OffsetDateTime startOf(YearMonth month) {
        LocalDateTime start = month.atDay(1).atStartOfDay();
        return start.atZone(zone).toOffsetDateTime();
    }

    private static String countsOf(Breakdown breakdown) {
        String counts = breakdown.values().stream()
                .map(value -> "count(*) FILTER (WHERE %s = '%s') AS %s_%s"
                        .formatted(breakdown.column(), value, breakdown.table(), value))
                .collect(Collectors.joining(", "));
        return "(SELECT count(*) AS %s, %s FROM %s) %s"
                .formatted(breakdown.table(), counts, breakdown.table(), breakdown.table());
    }

    private static Dashboard.Totals totals(ResultSet rs, int row) throws SQLException {
        return new Dashboard.Totals(
                rs.getLong("users"),
                counts(rs, BREAKDOWNS.get(0)),
                rs.getLong("trainings"),
                counts(rs, BREAKDOWNS.get(1)),
                rs.getLong("enrollments"),
                counts(rs, BREAKDOWNS.get(2)),
                rs.getLong("sessions"),
                counts(rs, BREAKDOWNS.get(3)),
                rs.getLong("attendance_marked"),
                rs.getLong("attendance_present"),
                rs.getBigDecimal("attendance_rate"));
    }

    private static Map<String, Long> counts(ResultSet rs, Breakdown breakdown) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String value : breakdown.values()) {
            counts.put(value, rs.getLong(breakdown.table() + "_" + value));
        }
        return counts;
    }
}
