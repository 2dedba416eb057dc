package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.TaskChanges;
import cm.resultinstitute.platform.projects.TaskStatus;
import cm.resultinstitute.platform.shared.web.NotNullWhenSent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PATCH /tasks/{id}}: only the fields to change. A class with setters rather than a record, because
 * {@code "assignedTo": null} (unassign) must differ from no assignee at all (keep it), and an assignee may send the
 * status alone.
 * Its fields are visible to JSON readers so that the API document shows their rules ({@code given} is transient:
 * no client sends it).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class UpdateTaskRequest {

    private final transient Set<String> given = new HashSet<>();

    @Size(min = 1, max = 255)
    @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}")
    @NotNullWhenSent
    private String title;

    @Size(max = 10000)
    private String description;

    private Integer assignedTo;

    @NotNullWhenSent
    private TaskStatus status;

    @NotNullWhenSent
    private Priority priority;

    private LocalDate dueDate;

    TaskChanges changes() {
        return new TaskChanges(
                title,
                description,
                given.contains("assignedTo") ? Optional.ofNullable(assignedTo) : null,
                status,
                priority,
                given.contains("dueDate") ? Optional.ofNullable(dueDate) : null);
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setDescription(String description) {
        // An explicit null clears it, like an empty text.
        this.description = description == null ? "" : description;
    }

    public void setAssignedTo(Integer assignedTo) {
        given.add("assignedTo");
        this.assignedTo = assignedTo;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public void setDueDate(LocalDate dueDate) {
        given.add("dueDate");
        this.dueDate = dueDate;
    }
}
