package cm.resultinstitute.platform.enrollments;

import java.time.LocalDate;

/** What anyone learns by verifying a certificate's code: whose, for what, and whether it still holds. */
public record CertificateCheck(
        String participantName, String trainingTitle, LocalDate completionDate, Integer durationHours, boolean valid) {}
