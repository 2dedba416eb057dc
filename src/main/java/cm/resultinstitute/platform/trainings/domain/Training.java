package cm.resultinstitute.platform.trainings.domain;

import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
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
