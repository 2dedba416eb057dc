/**
 * The catalogue: trainings and their dated sessions. Exposes the published catalogue to other modules as
 * read-only views.
 */
@ApplicationModule(displayName = "Trainings")
package cm.resultinstitute.platform.trainings;

import org.springframework.modulith.ApplicationModule;
