package cm.resultinstitute.platform.trainings.domain;

import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.trainings.SessionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One dated meeting of a training (the {@code sessions} table). */
@Entity
@Table(name = "sessions")
public class TrainingSession extends TimestampedEntity {

    // Read with the session (a join): every use of a session needs its training's dates, status or owner, and no
    // lazy association means no proxy class to generate (NoRuntimeBytecode).
    @ManyToOne(optional = false)
    @JoinColumn(name = "training_id", nullable = false)
    private Training training;

    @Column(nullable = false)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "session_date", nullable = false)
    private Instant sessionDate;

    private String location;

    @Column(name = "duration_minutes")
    private Integer durationMinutes = 120;

    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "max_attendees")
    private Integer maxAttendees;

    @Column(columnDefinition = "text")
    private String notes;

    protected TrainingSession() {}

    public TrainingSession(Training training, String title, Instant sessionDate) {
        this.training = training;
        this.title = title;
        this.sessionDate = sessionDate;
    }

    /** scheduled → ongoing → completed, or scheduled/ongoing → cancelled; completed and cancelled are final. */
    public void changeStatus(SessionStatus next) {
        if (next == status) {
            return;
        }
        boolean allowed =
                switch (next) {
                    case SCHEDULED -> false;
                    case ONGOING -> status == SessionStatus.SCHEDULED;
                    case COMPLETED -> status == SessionStatus.ONGOING;
                    case CANCELLED -> status == SessionStatus.SCHEDULED || status == SessionStatus.ONGOING;
                };
        if (!allowed) {
            throw new ConflictException(
                    "illegal-status-change", "session.status.illegal", status.value(), next.value());
        }
        status = next;
    }

    public void reschedule(String title, Instant sessionDate, Integer durationMinutes) {
        this.title = title;
        this.sessionDate = sessionDate;
        this.durationMinutes = durationMinutes;
    }

    public void describe(String description, String location, Integer maxAttendees, String notes) {
        this.description = description;
        this.location = location;
        this.maxAttendees = maxAttendees;
        this.notes = notes;
    }

    public Instant getEndsAt() {
        return sessionDate.plus(Duration.ofMinutes(durationMinutes == null ? 0 : durationMinutes));
    }

    public Training getTraining() {
        return training;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getSessionDate() {
        return sessionDate;
    }

    public String getLocation() {
        return location;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Integer getMaxAttendees() {
        return maxAttendees;
    }

    public String getNotes() {
        return notes;
    }
}
