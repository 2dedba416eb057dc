package cm.resultinstitute.platform.trainings;

import java.time.Instant;
import java.time.LocalDate;

/** A training as the API shows it, with its seats: taken by active and completed enrolments, left if limited. */
public record TrainingView(
        Integer id,
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
        String imageUrl,
        Integer createdBy,
        Instant createdAt,
        Instant updatedAt,
        int seatsTaken,
        Integer seatsLeft) {}
