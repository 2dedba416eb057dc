package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.trainings.SessionDetails;
import cm.resultinstitute.platform.trainings.SessionView;
import cm.resultinstitute.platform.trainings.TranslatedText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** A session's title, start (the institute's local time, to the minute) and duration, as its trainer changes them. */
class SessionChangeForm {

    @NotBlank
    @Size(max = 255)
    private String title;

    // Shown to the minute, as a datetime-local input has it; a browser that adds seconds is understood too.
    @NotNull
    @DateTimeFormat(
            pattern = "yyyy-MM-dd'T'HH:mm",
            fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSS"})
    private LocalDateTime startsAt;

    @NotNull
    @Positive
    @Max(1440)
    private Integer durationMinutes;

    /** The title in the language other than the training's original; empty: no translation. */
    @Size(max = 255)
    private String translatedTitle;

    /** The session as its trainer edits it: in its original language, with its translations. */
    static SessionChangeForm of(SessionView session, ZoneId zone) {
        SessionChangeForm form = new SessionChangeForm();
        form.title = session.title();
        form.startsAt = localMinute(session.sessionDate(), zone);
        form.durationMinutes = session.durationMinutes();
        TranslatedText translation = session.translations() == null
                ? null
                : session.translations().get(session.language().other().code());
        form.translatedTitle = translation == null ? null : translation.title();
        return form;
    }

    /**
     * The changes for the service. A start left as the form showed it is no change: the session keeps its exact
     * instant (seconds included), and a session that the training's new dates no longer cover may still be renamed.
     */
    SessionDetails changes(Instant currentStart, ZoneId zone, SessionView current) {
        Instant start = startsAt.equals(localMinute(currentStart, zone))
                ? null
                : startsAt.atZone(zone).toInstant();
        return new SessionDetails(title, null, start, null, durationMinutes, null, null, null, translation(current));
    }

    /** The form changes the translated title only: a translated description (set through the API) is kept. */
    private Map<String, TranslatedText> translation(SessionView current) {
        String other = current.language().other().code();
        TranslatedText before =
                current.translations() == null ? null : current.translations().get(other);
        Map<String, TranslatedText> translation = new HashMap<>();
        translation.put(
                other,
                translatedTitle == null || translatedTitle.isBlank()
                        ? null
                        : new TranslatedText(translatedTitle, before == null ? null : before.description()));
        return translation;
    }

    public String getTranslatedTitle() {
        return translatedTitle;
    }

    public void setTranslatedTitle(String translatedTitle) {
        this.translatedTitle = translatedTitle;
    }

    private static LocalDateTime localMinute(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }
}
