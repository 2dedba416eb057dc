package cm.resultinstitute.platform.trainings;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;

/** Where a training is in its life: only published ones are public and open for enrolment. */
public enum TrainingStatus {
    DRAFT("draft"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    @EnumeratedValue
    private final String value;

    TrainingStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
