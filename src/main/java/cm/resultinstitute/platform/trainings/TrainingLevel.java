package cm.resultinstitute.platform.trainings;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;

/** How much a training expects of its participants. */
public enum TrainingLevel {
    BEGINNER("beginner"),
    INTERMEDIATE("intermediate"),
    ADVANCED("advanced");

    @EnumeratedValue
    private final String value;

    TrainingLevel(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
