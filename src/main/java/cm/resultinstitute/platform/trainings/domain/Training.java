package cm.resultinstitute.platform.trainings.domain;

import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.trainings.TrainingLevel;
import cm.resultinstitute.platform.trainings.TrainingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A training programme of the institute, made of sessions and open to enrolment once published. */
@Entity
@Table(name = "trainings")
public class Training extends TimestampedEntity {

    @Column(nullable = false)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    private String category;

    @Column(nullable = false)
    private String slug;

    @Enumerated(EnumType.STRING)
    private TrainingStatus status = TrainingStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    private TrainingLevel level;

    @Column(name = "duration_hours")
    private Integer durationHours;

    @Column(name = "max_participants")
    private Integer maxParticipants;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String location;

    @Column(name = "image_url")
    private String imageUrl;

    @Column(name = "created_by")
    private Integer createdBy;

    protected Training() {}

    public Training(String title, String slug, Integer createdBy) {
        this.title = title;
        this.slug = slug;
        this.createdBy = createdBy;
    }

    /**
     * Moves the training along its life: draft → published → archived, archived → published again, and back to draft
     * only while nobody is enrolled. Anything else is refused.
     */
    public void changeStatus(TrainingStatus next, boolean hasEnrolments) {
        if (next == status) {
            return;
        }
        boolean allowed =
                switch (next) {
                    case PUBLISHED -> true;
                    case ARCHIVED -> status == TrainingStatus.PUBLISHED;
                    case DRAFT -> !hasEnrolments;
                };
        if (!allowed) {
            throw new ConflictException(
                    "illegal-status-change", "training.status.illegal", status.value(), next.value());
        }
        status = next;
    }

    public void rename(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    public void describe(String description, String category, TrainingLevel level, String location, String imageUrl) {
        this.description = description;
        this.category = category;
        this.level = level;
        this.location = location;
        this.imageUrl = imageUrl;
    }

    public void plan(Integer durationHours, Integer maxParticipants, LocalDate startDate, LocalDate endDate) {
        this.durationHours = durationHours;
        this.maxParticipants = maxParticipants;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /** Whether a day lies within the training's dates (open ends accept anything). */
    public boolean covers(LocalDate day) {
        return (startDate == null || !day.isBefore(startDate)) && (endDate == null || !day.isAfter(endDate));
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public String getSlug() {
        return slug;
    }

    public TrainingStatus getStatus() {
        return status;
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public Integer getDurationHours() {
        return durationHours;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getLocation() {
        return location;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public Integer getCreatedBy() {
        return createdBy;
    }
}
