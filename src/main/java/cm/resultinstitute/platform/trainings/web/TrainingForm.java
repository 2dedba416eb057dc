package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.trainings.TrainingDetails;
import cm.resultinstitute.platform.trainings.TrainingLevel;
import cm.resultinstitute.platform.trainings.TrainingStatus;
import cm.resultinstitute.platform.trainings.TrainingView;
import cm.resultinstitute.platform.trainings.TranslatedText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a training, new or changed. Empty texts clear optional fields; an empty number or date keeps the
 * current value (the catalogue's rule for changes).
 */
class TrainingForm {

    @NotBlank
    @Size(max = 255)
    private String title;

    @Size(max = 20000)
    private String description;

    @Size(max = 100)
    private String category;

    private TrainingLevel level;

    @Positive
    @Max(10000)
    private Integer durationHours;

    @Positive
    @Max(100000)
    private Integer maxParticipants;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @Size(max = 255)
    private String location;

    @Size(max = 500)
    @Pattern(regexp = TrainingRequests.URL, message = "{validation.url}")
    private String imageUrl;

    @Size(max = 255)
    private String slug;

    @NotNull
    private TrainingStatus status = TrainingStatus.DRAFT;

    /** The language of {@code title} and {@code description}; the translation is in the other one. */
    @NotNull
    private Language originalLanguage = Language.EN;

    @Size(max = 255)
    private String translatedTitle;

    @Size(max = 20000)
    private String translatedDescription;

    static TrainingForm of(TrainingView training) {
        TrainingForm form = new TrainingForm();
        form.title = training.title();
        form.description = training.description();
        form.category = training.category();
        form.level = training.level();
        form.durationHours = training.durationHours();
        form.maxParticipants = training.maxParticipants();
        form.startDate = training.startDate();
        form.endDate = training.endDate();
        form.location = training.location();
        form.imageUrl = training.imageUrl();
        form.slug = training.slug();
        form.status = training.status();
        form.originalLanguage = training.originalLanguage();
        TranslatedText translation = training.translations() == null
                ? null
                : training.translations()
                        .get(training.originalLanguage().other().code());
        if (translation != null) {
            form.translatedTitle = translation.title();
            form.translatedDescription = translation.description();
        }
        return form;
    }

    /** The form for a new training, written in the writer's language. */
    static TrainingForm empty(Language writer) {
        TrainingForm form = new TrainingForm();
        form.originalLanguage = writer;
        return form;
    }

    /** Whether the form has a translation: an empty title removes it; a description alone is refused. */
    boolean hasTranslation() {
        return translatedTitle != null && !translatedTitle.isBlank();
    }

    boolean describesWithoutTitle() {
        return !hasTranslation() && translatedDescription != null && !translatedDescription.isBlank();
    }

    /** An empty slug is derived from the title when creating, and left as it is when changing. */
    TrainingDetails details() {
        return new TrainingDetails(
                title,
                emptyIfNull(description),
                emptyIfNull(category),
                slug == null || slug.isBlank() ? null : slug,
                status,
                level,
                durationHours,
                maxParticipants,
                startDate,
                endDate,
                emptyIfNull(location),
                emptyIfNull(imageUrl),
                originalLanguage,
                translation(),
                emptied());
    }

    /** The form shows every field: one left empty is cleared (no limit, no dates). */
    private Set<String> emptied() {
        Set<String> emptied = new HashSet<>();
        if (durationHours == null) {
            emptied.add("durationHours");
        }
        if (maxParticipants == null) {
            emptied.add("maxParticipants");
        }
        if (startDate == null) {
            emptied.add("startDate");
        }
        if (endDate == null) {
            emptied.add("endDate");
        }
        return emptied;
    }

    private Map<String, TranslatedText> translation() {
        Map<String, TranslatedText> translation = new HashMap<>();
        translation.put(
                originalLanguage.other().code(),
                hasTranslation() ? new TranslatedText(translatedTitle, translatedDescription) : null);
        return translation;
    }

    private static String emptyIfNull(String value) {
        return value == null ? "" : value;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public void setLevel(TrainingLevel level) {
        this.level = level;
    }

    public Integer getDurationHours() {
        return durationHours;
    }

    public void setDurationHours(Integer durationHours) {
        this.durationHours = durationHours;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(Integer maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(Language originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    public String getTranslatedTitle() {
        return translatedTitle;
    }

    public void setTranslatedTitle(String translatedTitle) {
        this.translatedTitle = translatedTitle;
    }

    public String getTranslatedDescription() {
        return translatedDescription;
    }

    public void setTranslatedDescription(String translatedDescription) {
        this.translatedDescription = translatedDescription;
    }

    public TrainingStatus getStatus() {
        return status;
    }

    public void setStatus(TrainingStatus status) {
        this.status = status;
    }
}
