package cm.resultinstitute.platform.attendance;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;

/** How a participant attended one session. */
public enum AttendanceStatus {
    PRESENT("present"),
    ABSENT("absent"),
    EXCUSED("excused"),
    LATE("late");

    @EnumeratedValue
    private final String value;

    AttendanceStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
