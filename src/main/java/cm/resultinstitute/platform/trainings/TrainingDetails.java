package cm.resultinstitute.platform.trainings;

import java.time.LocalDate;

/**
 * The fields of a training to create or change; in a change, {@code null} keeps the current value, and an empty text
 * clears an optional one.
 */
public record TrainingDetails(
        String title,
        String description,
        String category,
        String slug,
        TrainingStatus status,
        TrainingLevel level,
        Integer durationHours,
        Integer maxParticipants,
        LocalDate startDate,
        LocalDate endDate,
        String location,
        String imageUrl) {}
