package cm.resultinstitute.platform.enrollments;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;

/** Where a participant stands in a training; active and completed enrolments take a seat. */
public enum EnrollmentStatus {
    ACTIVE("active"),
    COMPLETED("completed"),
    DROPPED("dropped"),
    SUSPENDED("suspended");

    @EnumeratedValue
    private final String value;

    EnrollmentStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public boolean takesSeat() {
        return this == ACTIVE || this == COMPLETED;
    }
}
