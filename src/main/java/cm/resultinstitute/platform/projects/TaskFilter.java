package cm.resultinstitute.platform.projects;

/** The filters of a project's task list, both optional. */
public record TaskFilter(TaskStatus status, Integer assignedTo) {}
