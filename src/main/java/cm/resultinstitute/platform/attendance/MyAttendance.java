package cm.resultinstitute.platform.attendance;

import java.time.Instant;

/** One of the caller's attendance rows (every field of an attendance row), with its session and training. */
public record MyAttendance(
        Integer id,
        Integer sessionId,
        Integer userId,
        AttendanceStatus status,
        Instant checkedInAt,
        Instant checkedOutAt,
        String notes,
        Integer markedBy,
        Instant createdAt,
        Instant updatedAt,
        String sessionTitle,
        Instant sessionDate,
        Integer trainingId,
        String trainingTitle) {}
