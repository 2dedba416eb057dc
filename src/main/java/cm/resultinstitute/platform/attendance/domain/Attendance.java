package cm.resultinstitute.platform.attendance.domain;

import cm.resultinstitute.platform.attendance.AttendanceStatus;
import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** How one participant attended one session; one row per session and user, updated in place. */
@Entity
@Table(name = "attendance")
public class Attendance extends TimestampedEntity {

    @Column(name = "session_id", nullable = false)
    private Integer sessionId;

    @Column(name = "user_id", nullable = false)
    private Integer userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(columnDefinition = "text")
    private String notes;

    @Column(name = "marked_by")
    private Integer markedBy;

    protected Attendance() {}

    public Attendance(Integer sessionId, Integer userId, AttendanceStatus status, Integer markedBy) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.status = status;
        this.markedBy = markedBy;
    }

    /** The trainer's (or admin's) mark, which replaces whatever was recorded before. */
    public void mark(AttendanceStatus status, String notes, Integer markedBy) {
        this.status = status;
        this.notes = notes;
        this.markedBy = markedBy;
    }

    /** The participant checked in themself: present, or late past the grace period. */
    public void checkIn(Instant at, boolean late) {
        this.status = late ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        this.checkedInAt = at;
        this.checkedOutAt = null;
        this.markedBy = userId;
    }

    public void checkOut(Instant at) {
        this.checkedOutAt = at;
    }

    public Integer getSessionId() {
        return sessionId;
    }

    public Integer getUserId() {
        return userId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Instant getCheckedOutAt() {
        return checkedOutAt;
    }

    public String getNotes() {
        return notes;
    }

    public Integer getMarkedBy() {
        return markedBy;
    }
}
