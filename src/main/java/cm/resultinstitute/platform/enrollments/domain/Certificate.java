package cm.resultinstitute.platform.enrollments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The certificate of a completed enrolment, found by its random public verification code. */
@Entity
@Table(name = "certificates")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "enrollment_id", nullable = false)
    private Integer enrollmentId;

    @Column(nullable = false)
    private String code;

    @Column(name = "attendance_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal attendanceRate;

    @Column(name = "threshold_overridden", nullable = false)
    private boolean thresholdOverridden;

    @Column(name = "issued_by")
    private Integer issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Certificate() {}

    public Certificate(
            Integer enrollmentId,
            String code,
            BigDecimal attendanceRate,
            boolean thresholdOverridden,
            Integer issuedBy,
            Instant issuedAt) {
        this.enrollmentId = enrollmentId;
        this.code = code;
        this.attendanceRate = attendanceRate;
        this.thresholdOverridden = thresholdOverridden;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public Integer getId() {
        return id;
    }

    public Integer getEnrollmentId() {
        return enrollmentId;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getAttendanceRate() {
        return attendanceRate;
    }

    public boolean isThresholdOverridden() {
        return thresholdOverridden;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
