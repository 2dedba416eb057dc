package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.NewTask;
import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.TaskChanges;
import cm.resultinstitute.platform.projects.TaskStatus;
import cm.resultinstitute.platform.projects.TaskView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to add a task or change it; an assignee's form has the status alone. */
class TaskForm implements Serializable {

    @NotBlank
    @Size(max = 255)
    private String title;

    @Size(max = 10000)
    private String description;

    private Integer assignedTo;

    @NotNull
    private TaskStatus status = TaskStatus.TO_DO;

    @NotNull
    private Priority priority = Priority.MEDIUM;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    static TaskForm of(TaskView task) {
        TaskForm form = new TaskForm();
        form.title = task.title();
        form.description = task.description();
        form.assignedTo = task.assignedTo();
        form.status = task.status();
        form.priority = task.priority();
        form.dueDate = task.dueDate();
        return form;
    }

    NewTask task() {
        return new NewTask(title, description, assignedTo, status, priority, dueDate);
    }

    TaskChanges changes() {
        return new TaskChanges(
                title,
                description == null ? "" : description,
                Optional.ofNullable(assignedTo),
                status,
                priority,
                Optional.ofNullable(dueDate));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(Integer assignedTo) {
        this.assignedTo = assignedTo;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
