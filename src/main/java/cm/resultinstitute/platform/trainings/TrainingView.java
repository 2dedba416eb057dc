package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.text.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A training as the API shows it, with its seats: taken by active and completed enrolments, left if limited. Its
 * title and description are in {@code language}: the reader's if it is translated into it, else its original;
 * {@code categoryName} is in the reader's language. {@code translations} (every language but the original) only
 * when asked for.
 */
public record TrainingView(
        Integer id,
        String title,
        String description,
        String category,
        String slug,
        TrainingStatus status,
        TrainingLevel level,
        Integer durationHours,
        Integer maxParticipants,
        LocalDate startDate,
        LocalDate endDate,
        String location,
        String imageUrl,
        Integer createdBy,
        Instant createdAt,
        Instant updatedAt,
        int seatsTaken,
        Integer seatsLeft,
        Language language,
        Language originalLanguage,
        String categoryName,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, TranslatedText> translations) {

    /** Whether it is read with its translations and has none into the language other than its original. */
    public boolean awaitsTranslation() {
        return translations != null
                && !translations.containsKey(originalLanguage.other().code());
    }

    TrainingView withTranslations(Map<String, TranslatedText> all) {
        return new TrainingView(
                id,
                title,
                description,
                category,
                slug,
                status,
                level,
                durationHours,
                maxParticipants,
                startDate,
                endDate,
                location,
                imageUrl,
                createdBy,
                createdAt,
                updatedAt,
                seatsTaken,
                seatsLeft,
                language,
                originalLanguage,
                categoryName,
                all);
    }
}
