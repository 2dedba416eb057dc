package cm.resultinstitute.platform.projects.domain;

import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.TaskStatus;
import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** A card on a project's board: its column ({@code status}) and place in it ({@code order_index}). */
@Entity
@Table(name = "tasks")
public class Task extends TimestampedEntity {

    // Read with the task (a join): no lazy association means no proxy class to generate (NoRuntimeBytecode).
    @ManyToOne
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "assigned_to")
    private Integer assignedTo;

    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.TO_DO;

    @Enumerated(EnumType.STRING)
    private Priority priority = Priority.MEDIUM;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "order_index")
    private Integer orderIndex = 0;

    @Column(name = "created_by")
    private Integer createdBy;

    protected Task() {}

    public Task(Project project, String title, Integer createdBy) {
        this.project = project;
        this.title = title;
        this.createdBy = createdBy;
    }

    public void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public void assignTo(Integer userId) {
        this.assignedTo = userId;
    }

    public void prioritise(Priority priority) {
        this.priority = priority;
    }

    public void dueOn(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isAssignedTo(int userId) {
        return assignedTo != null && assignedTo == userId;
    }

    /**
     * Puts the task at a place of a column: entering {@code done} stamps its completion, leaving it clears the stamp,
     * staying there keeps it. The other cards of the columns are renumbered by the {@link Board}.
     */
    public void moveTo(TaskStatus target, int position, Clock clock) {
        if (target == TaskStatus.DONE && getStatus() != TaskStatus.DONE) {
            completedAt = clock.instant();
        } else if (target != TaskStatus.DONE) {
            completedAt = null;
        }
        status = target;
        orderIndex = position;
    }

    void renumber(int position) {
        orderIndex = position;
    }

    public Project getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Integer getAssignedTo() {
        return assignedTo;
    }

    public TaskStatus getStatus() {
        return status == null ? TaskStatus.TO_DO : status;
    }

    public Priority getPriority() {
        return priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public int getOrderIndex() {
        return orderIndex == null ? 0 : orderIndex;
    }

    public Integer getCreatedBy() {
        return createdBy;
    }
}
