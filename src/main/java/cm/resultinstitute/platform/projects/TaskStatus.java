package cm.resultinstitute.platform.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import java.util.Arrays;

/** The kanban column a task is in; done sets its completion time. */
public enum TaskStatus {
    TO_DO("todo"),
    IN_PROGRESS("in_progress"),
    REVIEW("review"),
    DONE("done");

    @EnumeratedValue
    private final String value;

    TaskStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant stored as {@code value} in the database. */
    public static TaskStatus of(String value) {
        return Arrays.stream(values())
                .filter(constant -> constant.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such value: " + value));
    }
}
