package cm.resultinstitute.platform.enrollments;

import java.math.BigDecimal;
import java.time.Instant;

/** An issued certificate, for the people who may see the enrolment. */
public record CertificateView(
        Integer enrollmentId,
        String code,
        Instant issuedAt,
        BigDecimal attendanceRate,
        boolean thresholdOverridden,
        String verificationUrl) {}
