package cm.resultinstitute.platform.attendance;

import java.time.Instant;

/** One of the caller's attendance rows, with the session and training it belongs to. */
public record MyAttendance(
        Integer id,
        Integer sessionId,
        String sessionTitle,
        Instant sessionDate,
        Integer trainingId,
        String trainingTitle,
        AttendanceStatus status,
        Instant checkedInAt,
        Instant checkedOutAt,
        String notes) {}
