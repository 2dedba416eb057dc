package cm.resultinstitute.platform.enrollments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An enrolment in a training's list, with who the participant is and how much they attended. */
public record ParticipantEnrollment(
        Integer id,
        Integer userId,
        Integer trainingId,
        Instant enrollmentDate,
        EnrollmentStatus status,
        Integer progress,
        LocalDate completionDate,
        boolean certificateIssued,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        String participantName,
        String email,
        long totalSessions,
        long attendedSessions,
        BigDecimal attendanceRate) {}
