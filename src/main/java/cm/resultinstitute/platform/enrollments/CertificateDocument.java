package cm.resultinstitute.platform.enrollments;

import java.time.LocalDate;

/** What a certificate's PDF shows. */
public record CertificateDocument(
        String participantName,
        String trainingTitle,
        Integer durationHours,
        LocalDate startDate,
        LocalDate completionDate,
        String code,
        String verificationUrl) {}
