package cm.resultinstitute.platform.trainings;

import java.time.Instant;
import java.util.Map;

/**
 * The fields of a session to create or change; in a change, {@code null} keeps the current value. {@code translations}
 * as a training's: by language code, {@code null} removes one, a language not named is kept.
 */
public record SessionDetails(
        String title,
        String description,
        Instant sessionDate,
        String location,
        Integer durationMinutes,
        Integer maxAttendees,
        String notes,
        SessionStatus status,
        Map<String, TranslatedText> translations) {

    public SessionDetails(
            String title,
            String description,
            Instant sessionDate,
            String location,
            Integer durationMinutes,
            Integer maxAttendees,
            String notes,
            SessionStatus status) {
        this(title, description, sessionDate, location, durationMinutes, maxAttendees, notes, status, null);
    }
}
