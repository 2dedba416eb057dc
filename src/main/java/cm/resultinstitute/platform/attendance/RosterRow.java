package cm.resultinstitute.platform.attendance;

import java.time.Instant;

/**
 * One enrolled participant of a session's roster, with their attendance if it has been recorded ({@code id} and
 * {@code status} are {@code null} until then).
 */
public record RosterRow(
        Integer id,
        Integer sessionId,
        Integer userId,
        String participantName,
        String email,
        AttendanceStatus status,
        Instant checkedInAt,
        Instant checkedOutAt,
        String notes,
        Integer markedBy,
        Instant createdAt,
        Instant updatedAt) {}
