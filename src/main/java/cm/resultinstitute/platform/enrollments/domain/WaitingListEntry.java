package cm.resultinstitute.platform.enrollments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participant waiting for a seat in a full training; the earliest entry is first in line. */
@Entity
@Table(name = "waiting_list")
public class WaitingListEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "training_id", nullable = false)
    private Integer trainingId;

    @Column(name = "user_id", nullable = false)
    private Integer userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WaitingListEntry() {}

    public WaitingListEntry(Integer trainingId, Integer userId, Instant createdAt) {
        this.trainingId = trainingId;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    public Integer getId() {
        return id;
    }

    public Integer getTrainingId() {
        return trainingId;
    }

    public Integer getUserId() {
        return userId;
    }
}
