package cm.resultinstitute.platform.enrollments.domain;

import cm.resultinstitute.platform.enrollments.EnrollmentStatus;
import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import cm.resultinstitute.platform.shared.web.ConflictException;
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
    private Instant enrollmentDate;

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

    public Enrollment(Integer userId, Integer trainingId, Instant when) {
        this.userId = userId;
        this.trainingId = trainingId;
        this.enrollmentDate = when;
    }

    /** Whether the enrolment holds a seat: active and completed ones do. */
    public boolean takesSeat() {
        return status != null && status.takesSeat();
    }

    /** A dropped participant enrols again: the same row becomes active, with a fresh start. */
    public void reenrol(Instant when) {
        if (status != EnrollmentStatus.DROPPED) {
            throw new ConflictException("already-enrolled", "enrollment.already");
        }
        status = EnrollmentStatus.ACTIVE;
        enrollmentDate = when;
        completionDate = null;
    }

    /**
     * active ↔ suspended; active → completed (progress 100, completion date set) or dropped. Anything else is
     * refused.
     */
    public void changeStatus(EnrollmentStatus next, LocalDate today) {
        if (next == status) {
            return;
        }
        boolean allowed =
                switch (next) {
                    case ACTIVE -> status == EnrollmentStatus.SUSPENDED;
                    case SUSPENDED, COMPLETED, DROPPED -> status == EnrollmentStatus.ACTIVE;
                };
        if (!allowed) {
            throw new ConflictException(
                    "illegal-status-change", "enrollment.status.illegal", status.value(), next.value());
        }
        status = next;
        if (next == EnrollmentStatus.COMPLETED) {
            progress = 100;
            completionDate = today;
        }
    }

    public void recordProgress(int progress) {
        this.progress = progress;
    }

    public void note(String notes) {
        this.notes = notes;
    }

    public void markCertificateIssued() {
        this.certificateIssued = true;
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
