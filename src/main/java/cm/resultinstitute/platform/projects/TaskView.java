package cm.resultinstitute.platform.projects;

import java.time.Instant;
import java.time.LocalDate;

/** A task as the API and the boards show it, with its project's title and its assignee's name. */
public record TaskView(
        Integer id,
        Integer projectId,
        String projectTitle,
        String title,
        String description,
        Integer assignedTo,
        String assignedToName,
        TaskStatus status,
        Priority priority,
        LocalDate dueDate,
        Instant completedAt,
        int orderIndex,
        Integer createdBy,
        Instant createdAt,
        Instant updatedAt) {}
