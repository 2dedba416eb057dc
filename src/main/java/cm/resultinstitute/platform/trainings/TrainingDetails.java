package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.text.Language;
import java.time.LocalDate;
import java.util.Map;

/**
 * The fields of a training to create or change; in a change, {@code null} keeps the current value, and an empty text
 * clears an optional one. {@code translations} by language code: a text adds or replaces that language's, a
 * {@code null} removes it, a language not named is kept.
 */
public record TrainingDetails(
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
        Language originalLanguage,
        Map<String, TranslatedText> translations) {

    public TrainingDetails(
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
            String imageUrl) {
        this(
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
                null,
                null);
    }
}
