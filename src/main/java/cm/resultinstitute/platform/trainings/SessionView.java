package cm.resultinstitute.platform.trainings;

import java.time.Instant;

/** A session as the API shows it. */
public record SessionView(
        Integer id,
        Integer trainingId,
        String title,
        String description,
        Instant sessionDate,
        String location,
        Integer durationMinutes,
        SessionStatus status,
        Integer maxAttendees,
        String notes,
        Instant createdAt,
        Instant updatedAt) {}
