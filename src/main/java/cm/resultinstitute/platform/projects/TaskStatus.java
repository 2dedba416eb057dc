package cm.resultinstitute.platform.projects;

import jakarta.persistence.EnumeratedValue;

/** The kanban column a task is in; done sets its completion time. */
public enum TaskStatus {
    TODO("todo"),
    IN_PROGRESS("in_progress"),
    REVIEW("review"),
    DONE("done");

    @EnumeratedValue
    private final String value;

    TaskStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
