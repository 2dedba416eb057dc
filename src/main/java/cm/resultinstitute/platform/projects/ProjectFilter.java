package cm.resultinstitute.platform.projects;

/** The filters of the project list, all optional; {@code q} searches titles and descriptions. */
public record ProjectFilter(ProjectStatus status, Priority priority, String q) {}
