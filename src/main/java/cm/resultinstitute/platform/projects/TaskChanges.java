package cm.resultinstitute.platform.projects;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The fields of a task to change: {@code null} leaves one as it is; an empty text, or an empty {@link Optional},
 * clears it. An assignee may change the status alone.
 */
public record TaskChanges(
        String title,
        String description,
        Optional<Integer> assignedTo,
        TaskStatus status,
        Priority priority,
        Optional<LocalDate> dueDate) {

    public static TaskChanges status(TaskStatus status) {
        return new TaskChanges(null, null, null, status, null, null);
    }

    boolean onlyStatus() {
        return title == null && description == null && assignedTo == null && priority == null && dueDate == null;
    }
}
