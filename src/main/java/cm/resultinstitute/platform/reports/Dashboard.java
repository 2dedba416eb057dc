package cm.resultinstitute.platform.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The admin dashboard: the institute's totals, enrolments per month over the last twelve months (months without
 * any included), and the attendance of the trainings that held the most sessions.
 */
public record Dashboard(
        Totals totals, List<MonthCount> enrollmentsPerMonth, List<TrainingAttendance> attendanceByTraining) {

    /**
     * Counts of the whole institute. The maps hold every role or status, zeros included; {@code attendanceRate} is
     * the share of marked attendance that is {@code present} (as the progress view counts it), {@code null} when
     * nothing is marked.
     */
    public record Totals(
            long users,
            Map<String, Long> usersByRole,
            long trainings,
            Map<String, Long> trainingsByStatus,
            long enrollments,
            Map<String, Long> enrollmentsByStatus,
            long sessions,
            Map<String, Long> sessionsByStatus,
            long attendanceMarked,
            long attendancePresent,
            BigDecimal attendanceRate) {}

    /** Enrolments made in one month ({@code 2026-03}) of the institute's time zone. */
    public record MonthCount(String month, long enrollments) {}

    /**
     * A training's attendance: sessions held ({@code completed}), attendance marked in its sessions, how much of it
     * is {@code present}, and that share in percent ({@code null} when nothing is marked).
     */
    public record TrainingAttendance(
            int trainingId, String title, long sessionsHeld, long marked, long present, BigDecimal attendanceRate) {}
}
