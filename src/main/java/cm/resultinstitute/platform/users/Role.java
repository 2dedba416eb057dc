package cm.resultinstitute.platform.users;

import jakarta.persistence.EnumeratedValue;

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

    public String value() {
        return value;
    }
}
