package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.shared.text.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the caller's enrolments, with the training and how much of it they attended: {@code attendanceRate} over the
 * whole programme, as the seed's view computes it, and {@code heldSessions}, those that have taken place so far.
 * {@code trainingTitle} is in {@code language}: the reader's where the training is translated into it, else its
 * original.
 */
public record MyEnrollment(
        Integer id,
        Integer userId,
        Integer trainingId,
        String trainingTitle,
        String trainingSlug,
        Instant enrollmentDate,
        EnrollmentStatus status,
        Integer progress,
        LocalDate completionDate,
        boolean certificateIssued,
        long totalSessions,
        long attendedSessions,
        BigDecimal attendanceRate,
        long heldSessions,
        Language language) {}
