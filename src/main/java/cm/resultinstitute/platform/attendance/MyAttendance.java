package cm.resultinstitute.platform.attendance;

import cm.resultinstitute.platform.shared.text.Language;
import java.time.Instant;

/**
 * One of the caller's attendance rows (every field of an attendance row), with its session and training:
 * {@code sessionTitle} in {@code language} (the reader's where the session is translated into it, else its training's
 * original), {@code trainingTitle} in the reader's language where the training is translated into it.
 */
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
        String trainingTitle,
        Language language) {}
