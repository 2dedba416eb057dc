package cm.resultinstitute.platform.users;

import jakarta.persistence.EnumeratedValue;

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

    public String value() {
        return value;
    }
}
