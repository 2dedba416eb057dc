package cm.resultinstitute.platform.reports;

import java.time.LocalDate;

/**
 * A row of {@code v_training_summary}: a training with its enrolment and session counts, as the view gives them
 * ({@code createdByName} a blank for a training whose creator is gone).
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
