package cm.resultinstitute.platform.projects;

import jakarta.persistence.EnumeratedValue;

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

    public String value() {
        return value;
    }
}
