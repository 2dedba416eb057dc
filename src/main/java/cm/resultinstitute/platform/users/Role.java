package cm.resultinstitute.platform.users;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.EnumeratedValue;
import java.util.Arrays;
import java.util.Optional;

/** What a user may do on the platform; stored in lower case as the schema's check constraint says. */
public enum Role {
    ADMIN("admin"),
    TRAINER("trainer"),
    PARTICIPANT("participant");

    @EnumeratedValue
    private final String value;

    Role(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant stored or sent as {@code value}, if there is one. */
    public static Optional<Role> of(String value) {
        return Arrays.stream(values())
                .filter(constant -> constant.value.equals(value))
                .findFirst();
    }
}
