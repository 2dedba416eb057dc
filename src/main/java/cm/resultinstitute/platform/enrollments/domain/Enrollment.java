package cm.resultinstitute.platform.enrollments.domain;

import cm.resultinstitute.platform.enrollments.EnrollmentStatus;
import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A participant's place in a training, with their progress and certificate. */
@Entity
@Table(name = "enrollments")
public class Enrollment extends TimestampedEntity {

    @Column(name = "user_id", nullable = false)
    private Integer userId;

    @Column(name = "training_id", nullable = false)
    private Integer trainingId;

    @Column(name = "enrollment_date")
    private Instant enrollmentDate = Instant.now();

    @Enumerated(EnumType.STRING)
    private EnrollmentStatus status = EnrollmentStatus.ACTIVE;

    private Integer progress = 0;

    @Column(name = "completion_date")
    private LocalDate completionDate;

    @Column(name = "certificate_issued")
    private Boolean certificateIssued = false;

    @Column(columnDefinition = "text")
    private String notes;

    protected Enrollment() {}

    public Enrollment(Integer userId, Integer trainingId) {
        this.userId = userId;
        this.trainingId = trainingId;
    }

    public Integer getUserId() {
        return userId;
    }

    public Integer getTrainingId() {
        return trainingId;
    }

    public Instant getEnrollmentDate() {
        return enrollmentDate;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public Integer getProgress() {
        return progress;
    }

    public LocalDate getCompletionDate() {
        return completionDate;
    }

    public boolean isCertificateIssued() {
        return Boolean.TRUE.equals(certificateIssued);
    }

    public String getNotes() {
        return notes;
    }
}
