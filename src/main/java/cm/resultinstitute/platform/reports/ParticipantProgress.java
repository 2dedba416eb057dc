package cm.resultinstitute.platform.reports;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code v_participant_progress}: one participant's enrolment in one training, with attendance. */
public record ParticipantProgress(
        int userId,
        String participantName,
        String email,
        int trainingId,
        String trainingTitle,
        Instant enrollmentDate,
        String enrollmentStatus,
        Integer progress,
        long totalSessions,
        long attendedSessions,
        BigDecimal attendanceRate) {}
