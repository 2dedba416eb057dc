package cm.resultinstitute.platform.projects.domain;

import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.ProjectStatus;
import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A collaborative initiative of the institute, with a budget in XAF and a board of tasks. */
@Entity
@Table(name = "projects")
public class Project extends TimestampedEntity {

    @Column(nullable = false)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status = ProjectStatus.PLANNING;

    @Enumerated(EnumType.STRING)
    private Priority priority = Priority.MEDIUM;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(precision = 10, scale = 2)
    private BigDecimal budget;

    private String location;

    @Column(name = "created_by", nullable = false)
    private Integer createdBy;

    protected Project() {}

    public Project(String title, Integer createdBy) {
        this.title = title;
        this.createdBy = createdBy;
    }

    /** The title, description and location; the caller has trimmed them, an empty one is {@code null}. */
    public void describe(String title, String description, String location) {
        this.title = title;
        this.description = description;
        this.location = location;
    }

    /** The dates, of which the start never comes after the end. */
    public void schedule(LocalDate startDate, LocalDate endDate) {
        if (startDate != null && endDate != null && startDate.isAfter(endDate)) {
            throw InvalidRequestException.field("endDate", "{projects.validation.dates}");
        }
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /** The budget in XAF: zero or more, with at most two decimals. */
    public void fund(BigDecimal budget) {
        if (budget != null
                && (budget.signum() < 0 || budget.stripTrailingZeros().scale() > 2)) {
            throw InvalidRequestException.field("budget", "{projects.validation.budget}");
        }
        this.budget = budget;
    }

    public void changeStatus(ProjectStatus status) {
        this.status = status;
    }

    public void prioritise(Priority priority) {
        this.priority = priority;
    }

    public boolean isCreatedBy(int userId) {
        return createdBy != null && createdBy == userId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getLocation() {
        return location;
    }

    public Integer getCreatedBy() {
        return createdBy;
    }
}
