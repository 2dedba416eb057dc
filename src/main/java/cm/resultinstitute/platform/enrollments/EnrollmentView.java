package cm.resultinstitute.platform.enrollments;

import java.time.Instant;
import java.time.LocalDate;

/** An enrolment as the API shows it. */
public record EnrollmentView(
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
        Instant updatedAt) {}
