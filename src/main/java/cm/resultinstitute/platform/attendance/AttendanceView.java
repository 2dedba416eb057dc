package cm.resultinstitute.platform.attendance;

import java.time.Instant;

/** An attendance row as the API shows it. */
public record AttendanceView(
        Integer id,
        Integer sessionId,
        Integer userId,
        AttendanceStatus status,
        Instant checkedInAt,
        Instant checkedOutAt,
        String notes,
        Integer markedBy,
        Instant createdAt,
        Instant updatedAt) {}
