package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.NotNullWhenSent;
import cm.resultinstitute.platform.shared.web.PatchField;
import cm.resultinstitute.platform.trainings.SessionDetails;
import cm.resultinstitute.platform.trainings.SessionSeries;
import cm.resultinstitute.platform.trainings.SessionStatus;
import cm.resultinstitute.platform.trainings.TrainingDetails;
import cm.resultinstitute.platform.trainings.TrainingLevel;
import cm.resultinstitute.platform.trainings.TrainingStatus;
import cm.resultinstitute.platform.trainings.TranslatedText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The request bodies of the catalogue's API, validated at the edge. */
final class TrainingRequests {

    static final String URL = "^$|^https?://\\S+$";

    private TrainingRequests() {}

    /** {@code POST /trainings}. */
    record CreateTraining(
            @NotBlank @Size(max = 255) String title,
            @Size(max = 20000) String description,
            @Size(max = 100) String category,
            @Size(max = 255) String slug,
            TrainingStatus status,
            TrainingLevel level,
            @Positive @Max(10000) Integer durationHours,
            @Positive @Max(100000) Integer maxParticipants,
            LocalDate startDate,
            LocalDate endDate,
            @Size(max = 255) String location,

            @Size(max = 500) @Pattern(regexp = URL, message = "{validation.url}")
            String imageUrl,

            Language originalLanguage,
            Map<String, @Valid Translation> translations) {

        TrainingDetails details() {
            return new TrainingDetails(
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
                    originalLanguage,
                    Translation.texts(translations),
                    Set.of());
        }
    }

    /** {@code PATCH /trainings/{id}}: only the fields to change. */
    record UpdateTraining(
            @Size(min = 1, max = 255) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}") @NotNullWhenSent
            String title,

            @Size(max = 20000) String description,
            @Size(max = 100) String category,
            @Size(min = 1, max = 255) @NotNullWhenSent String slug,
            @NotNullWhenSent TrainingStatus status,
            @NotNullWhenSent TrainingLevel level,
            // Absent keeps the value, null clears it (no limit, no dates), a value sets it.
            @Schema(maximum = "10000") Optional<@Positive @Max(10000) Integer> durationHours,
            @Schema(maximum = "100000") Optional<@Positive @Max(100000) Integer> maxParticipants,
            Optional<LocalDate> startDate,
            Optional<LocalDate> endDate,
            @Size(max = 255) String location,

            @Size(max = 500) @Pattern(regexp = URL, message = "{validation.url}")
            String imageUrl,

            @NotNullWhenSent Language originalLanguage,
            Map<String, @Valid Translation> translations) {

        TrainingDetails details() {
            Set<String> cleared = new HashSet<>();
            if (PatchField.cleared(durationHours)) {
                cleared.add("durationHours");
            }
            if (PatchField.cleared(maxParticipants)) {
                cleared.add("maxParticipants");
            }
            if (PatchField.cleared(startDate)) {
                cleared.add("startDate");
            }
            if (PatchField.cleared(endDate)) {
                cleared.add("endDate");
            }
            return new TrainingDetails(
                    title,
                    description,
                    category,
                    slug,
                    status,
                    level,
                    PatchField.value(durationHours),
                    PatchField.value(maxParticipants),
                    PatchField.value(startDate),
                    PatchField.value(endDate),
                    location,
                    imageUrl,
                    originalLanguage,
                    Translation.texts(translations),
                    cleared);
        }
    }

    /** A title and description in the language other than the original; {@code null} removes it. */
    record Translation(
            @NotBlank @Size(max = 255) String title,
            @Size(max = 20000) String description) {

        static Map<String, TranslatedText> texts(Map<String, Translation> translations) {
            if (translations == null) {
                return null;
            }
            Map<String, TranslatedText> texts = new LinkedHashMap<>();
            translations.forEach((language, translation) -> texts.put(
                    language,
                    translation == null ? null : new TranslatedText(translation.title, translation.description)));
            return texts;
        }
    }

    /** {@code POST /trainings/{id}/sessions}. */
    record CreateSession(
            @NotBlank @Size(max = 255) String title,
            @Size(max = 20000) String description,
            @NotNull Instant sessionDate,
            @Size(max = 255) String location,
            @Positive @Max(1440) Integer durationMinutes,
            @Positive @Max(100000) Integer maxAttendees,
            @Size(max = 20000) String notes,
            Map<String, @Valid Translation> translations) {

        SessionDetails details() {
            return new SessionDetails(
                    title,
                    description,
                    sessionDate,
                    location,
                    durationMinutes,
                    maxAttendees,
                    notes,
                    null,
                    Translation.texts(translations));
        }
    }

    /** {@code PATCH /sessions/{id}}. */
    record UpdateSession(
            @Size(min = 1, max = 255) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}") @NotNullWhenSent
            String title,

            // A text sent as null is cleared, as an empty one is; left out, it stays.
            @Schema(maxLength = 20000) Optional<@Size(max = 20000) String> description,
            @NotNullWhenSent Instant sessionDate,
            @Schema(maxLength = 255) Optional<@Size(max = 255) String> location,
            @Positive @Max(1440) Integer durationMinutes,
            @Positive @Max(100000) Integer maxAttendees,
            @Schema(maxLength = 20000) Optional<@Size(max = 20000) String> notes,
            @NotNullWhenSent SessionStatus status,
            Map<String, @Valid Translation> translations) {

        SessionDetails details() {
            return new SessionDetails(
                    title,
                    PatchField.text(description),
                    sessionDate,
                    PatchField.text(location),
                    durationMinutes,
                    maxAttendees,
                    PatchField.text(notes),
                    status,
                    Translation.texts(translations));
        }
    }

    /** {@code POST /trainings/{id}/sessions/series}: e.g. every Tuesday and Thursday at 09:00 in Douala. */
    record CreateSeries(
            @NotBlank @Size(max = 255) String title,
            @NotNull LocalDate firstDate,
            @NotNull LocalDate until,
            @NotEmpty Set<DayOfWeek> daysOfWeek,
            @NotNull LocalTime time,
            @NotNull ZoneId timeZone,
            @Positive @Max(1440) Integer durationMinutes,
            @Size(max = 255) String location) {

        SessionSeries series() {
            return new SessionSeries(title, firstDate, until, daysOfWeek, time, timeZone, durationMinutes, location);
        }
    }
}
