package cm.resultinstitute.platform.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a trainer or an admin gives to start a project; all but the title may be left out. */
public record NewProject(
        String title,
        String description,
        ProjectStatus status,
        Priority priority,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budget,
        String location) {}
