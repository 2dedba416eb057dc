package cm.resultinstitute.platform.projects.domain;

import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.ProjectStatus;
import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
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
