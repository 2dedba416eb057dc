package cm.resultinstitute.platform.trainings;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;

/** Where a session is: scheduled, ongoing, then completed; or cancelled. Completed and cancelled are final. */
public enum SessionStatus {
    SCHEDULED("scheduled"),
    ONGOING("ongoing"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    @EnumeratedValue
    private final String value;

    SessionStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
