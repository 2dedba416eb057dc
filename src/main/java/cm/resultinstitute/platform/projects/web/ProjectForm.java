package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.NewProject;
import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.ProjectChanges;
import cm.resultinstitute.platform.projects.ProjectStatus;
import cm.resultinstitute.platform.projects.ProjectView;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to start or change a project; an empty field clears it. */
class ProjectForm {

    @NotBlank
    @Size(max = 255)
    private String title;

    @Size(max = 10000)
    private String description;

    @NotNull
    private ProjectStatus status = ProjectStatus.PLANNING;

    @NotNull
    private Priority priority = Priority.MEDIUM;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @DecimalMin("0.00")
    @DecimalMax("99999999.99")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal budget;

    @Size(max = 255)
    private String location;

    static ProjectForm of(ProjectView project) {
        ProjectForm form = new ProjectForm();
        form.title = project.title();
        form.description = project.description();
        form.status = project.status();
        form.priority = project.priority();
        form.startDate = project.startDate();
        form.endDate = project.endDate();
        form.budget = project.budget();
        form.location = project.location();
        return form;
    }

    NewProject project() {
        return new NewProject(title, description, status, priority, startDate, endDate, budget, location);
    }

    ProjectChanges changes() {
        return new ProjectChanges(
                title,
                description == null ? "" : description,
                status,
                priority,
                Optional.ofNullable(startDate),
                Optional.ofNullable(endDate),
                Optional.ofNullable(budget),
                location == null ? "" : location);
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

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
