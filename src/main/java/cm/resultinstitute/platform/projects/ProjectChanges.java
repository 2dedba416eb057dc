package cm.resultinstitute.platform.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The fields of a project to change: {@code null} leaves one as it is; an empty text, or an empty {@link Optional},
 * clears it.
 */
public record ProjectChanges(
        String title,
        String description,
        ProjectStatus status,
        Priority priority,
        Optional<LocalDate> startDate,
        Optional<LocalDate> endDate,
        Optional<BigDecimal> budget,
        String location) {}
