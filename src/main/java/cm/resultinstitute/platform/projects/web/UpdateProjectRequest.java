package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.ProjectChanges;
import cm.resultinstitute.platform.projects.ProjectStatus;
import cm.resultinstitute.platform.shared.web.NotNullWhenSent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PATCH /projects/{id}}: only the fields to change. A class with setters rather than a record, because
 * {@code "budget": null} (clear it) must differ from no budget at all (keep it).
 * Its fields are visible to JSON readers so that the API document shows their rules ({@code given} is transient:
 * no client sends it).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class UpdateProjectRequest {

    private final transient Set<String> given = new HashSet<>();

    @Size(min = 1, max = 255)
    @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}")
    @NotNullWhenSent
    private String title;

    @Size(max = 10000)
    private String description;

    @NotNullWhenSent
    private ProjectStatus status;

    @NotNullWhenSent
    private Priority priority;

    private LocalDate startDate;
    private LocalDate endDate;

    @DecimalMin("0.00")
    @DecimalMax("99999999.99")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal budget;

    @Size(max = 255)
    private String location;

    ProjectChanges changes() {
        return new ProjectChanges(
                title,
                description,
                status,
                priority,
                given.contains("startDate") ? Optional.ofNullable(startDate) : null,
                given.contains("endDate") ? Optional.ofNullable(endDate) : null,
                given.contains("budget") ? Optional.ofNullable(budget) : null,
                location);
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setDescription(String description) {
        // An explicit null clears it, like an empty text.
        this.description = description == null ? "" : description;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public void setStartDate(LocalDate startDate) {
        given.add("startDate");
        this.startDate = startDate;
    }

    public void setEndDate(LocalDate endDate) {
        given.add("endDate");
        this.endDate = endDate;
    }

    public void setBudget(BigDecimal budget) {
        given.add("budget");
        this.budget = budget;
    }

    public void setLocation(String location) {
        this.location = location == null ? "" : location;
    }
}
