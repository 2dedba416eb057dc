package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.NewProject;
import cm.resultinstitute.platform.projects.Priority;
import cm.resultinstitute.platform.projects.ProjectStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /projects}: a new project; its budget is in XAF. */
record CreateProjectRequest(
        @NotBlank @Size(max = 255) String title,
        @Size(max = 10000) String description,
        ProjectStatus status,
        Priority priority,
        LocalDate startDate,
        LocalDate endDate,

        @DecimalMin("0.00") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2)
        BigDecimal budget,

        @Size(max = 255) String location) {

    NewProject project() {
        return new NewProject(title, description, status, priority, startDate, endDate, budget, location);
    }
}
