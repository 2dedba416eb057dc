/**
 * Collaborative projects and the tasks on their boards.
 */
@ApplicationModule(displayName = "Projects")
package cm.resultinstitute.platform.projects;

import org.springframework.modulith.ApplicationModule;
