package cm.resultinstitute.platform.users;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import java.util.Arrays;
import java.util.Optional;

/** Whether an account may sign in: only {@code active} ones can. */
public enum UserStatus {
    ACTIVE("active"),
    INACTIVE("inactive"),
    SUSPENDED("suspended");

    @EnumeratedValue
    private final String value;

    UserStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant stored or sent as {@code value}, if there is one. */
    public static Optional<UserStatus> of(String value) {
        return Arrays.stream(values())
                .filter(constant -> constant.value.equals(value))
                .findFirst();
    }
}
