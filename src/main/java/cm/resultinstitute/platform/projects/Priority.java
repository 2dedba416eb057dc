package cm.resultinstitute.platform.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import java.util.Arrays;

/** How urgent a project or a task is. */
public enum Priority {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    URGENT("urgent");

    @EnumeratedValue
    private final String value;

    Priority(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant stored as {@code value} in the database. */
    public static Priority of(String value) {
        return Arrays.stream(values())
                .filter(constant -> constant.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such value: " + value));
    }
}
