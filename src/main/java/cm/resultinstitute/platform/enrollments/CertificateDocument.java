package cm.resultinstitute.platform.enrollments;

import java.time.LocalDate;
import java.util.Locale;

/** What a certificate's PDF shows, in the participant's language (the training's title too). */
public record CertificateDocument(
        String participantName,
        String language,
        String trainingTitle,
        Integer durationHours,
        LocalDate startDate,
        LocalDate completionDate,
        String code,
        String verificationUrl) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
