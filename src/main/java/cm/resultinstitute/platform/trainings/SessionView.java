package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.text.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * A session as the API shows it: its title and description in {@code language}, the reader's if translated into it,
 * else its training's original; {@code translations} (every language but the original) only for its writer.
 */
public record SessionView(
        Integer id,
        Integer trainingId,
        String title,
        String description,
        Instant sessionDate,
        String location,
        Integer durationMinutes,
        SessionStatus status,
        Integer maxAttendees,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        Language language,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, TranslatedText> translations) {

    SessionView in(Language served, TranslatedText text) {
        return new SessionView(
                id,
                trainingId,
                text == null ? title : text.title(),
                text == null ? description : text.description(),
                sessionDate,
                location,
                durationMinutes,
                status,
                maxAttendees,
                notes,
                createdAt,
                updatedAt,
                served,
                translations);
    }

    SessionView withTranslations(Map<String, TranslatedText> all) {
        return new SessionView(
                id,
                trainingId,
                title,
                description,
                sessionDate,
                location,
                durationMinutes,
                status,
                maxAttendees,
                notes,
                createdAt,
                updatedAt,
                language,
                all);
    }
}
