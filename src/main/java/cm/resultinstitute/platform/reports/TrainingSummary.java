package cm.resultinstitute.platform.reports;

import java.time.LocalDate;

/**
 * A row of {@code v_training_summary}: a training with its enrolment and session counts. {@code createdByName} is
 * {@code null} for a training without creator (where the view gives a blank).
 */
public record TrainingSummary(
        int id,
        String title,
        String category,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        Integer maxParticipants,
        long totalEnrollments,
        long completedEnrollments,
        long totalSessions,
        long completedSessions,
        String createdByName) {}
