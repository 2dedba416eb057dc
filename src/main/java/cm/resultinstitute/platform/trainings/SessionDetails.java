package cm.resultinstitute.platform.trainings;

import java.time.Instant;

/** The fields of a session to create or change; in a change, {@code null} keeps the current value. */
public record SessionDetails(
        String title,
        String description,
        Instant sessionDate,
        String location,
        Integer durationMinutes,
        Integer maxAttendees,
        String notes,
        SessionStatus status) {}
