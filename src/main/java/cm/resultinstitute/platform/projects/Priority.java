package cm.resultinstitute.platform.projects;

import jakarta.persistence.EnumeratedValue;

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

    public String value() {
        return value;
    }
}
