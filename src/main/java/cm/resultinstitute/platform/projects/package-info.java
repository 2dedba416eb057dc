/**
 * Collaborative projects and the tasks on their kanban boards, with assignment by email and the caller's own tasks.
 * Exposes {@link cm.resultinstitute.platform.projects.Projects} and
 * {@link cm.resultinstitute.platform.projects.TaskBoard}.
 */
@ApplicationModule(displayName = "Projects")
package cm.resultinstitute.platform.projects;

import org.springframework.modulith.ApplicationModule;
