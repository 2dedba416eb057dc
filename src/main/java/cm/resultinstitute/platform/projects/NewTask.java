package cm.resultinstitute.platform.projects;

import java.time.LocalDate;

/** A card for a project's board; it goes last in its column ({@code todo} unless said otherwise). */
public record NewTask(
        String title,
        String description,
        Integer assignedTo,
        TaskStatus status,
        Priority priority,
        LocalDate dueDate) {}
