package cm.resultinstitute.platform.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import java.util.Arrays;

/** Where a project is in its life. */
public enum ProjectStatus {
    PLANNING("planning"),
    ACTIVE("active"),
    ON_HOLD("on_hold"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    @EnumeratedValue
    private final String value;

    ProjectStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant stored as {@code value} in the database. */
    public static ProjectStatus of(String value) {
        return Arrays.stream(values())
                .filter(constant -> constant.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such value: " + value));
    }
}
