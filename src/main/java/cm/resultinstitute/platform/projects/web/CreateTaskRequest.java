package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.NewTask;
import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.TaskStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /projects/{id}/tasks}: a new card, placed last in its column. */
record CreateTaskRequest(
        @NotBlank @Size(max = 255) String title,
        @Size(max = 10000) String description,
        Integer assignedTo,
        TaskStatus status,
        Priority priority,
        LocalDate dueDate) {

    NewTask task() {
        return new NewTask(title, description, assignedTo, status, priority, dueDate);
    }
}
