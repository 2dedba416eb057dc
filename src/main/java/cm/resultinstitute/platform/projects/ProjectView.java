package cm.resultinstitute.platform.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A project as the API and the pages show it, with its creator's name and how many of its tasks are done. */
public record ProjectView(
        Integer id,
        String title,
        String description,
        ProjectStatus status,
        Priority priority,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budget,
        String location,
        Integer createdBy,
        String createdByName,
        long taskCount,
        long doneCount,
        Instant createdAt,
        Instant updatedAt) {}
