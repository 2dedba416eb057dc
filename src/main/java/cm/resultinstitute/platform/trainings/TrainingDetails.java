package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.text.Language;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a training to create or change; in a change, {@code null} keeps the current value, an empty text
 * clears an optional one, and {@code cleared} names the optional numbers and dates to clear ({@code maxParticipants}:
 * no limit any more). {@code translations} by language code: a text adds or replaces that language's, a {@code null}
 * removes it, a language not named is kept.
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
        Map<String, TranslatedText> translations,
        Set<String> cleared) {

    public TrainingDetails {
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
    }

    /** Whether the change empties this optional field. */
    public boolean clears(String field) {
        return cleared.contains(field);
    }
}
