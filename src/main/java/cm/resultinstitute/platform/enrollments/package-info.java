/**
 * Who takes part in which training: enrolments, their status and progress, and certificates.
 */
@ApplicationModule(displayName = "Enrollments")
package cm.resultinstitute.platform.enrollments;

import org.springframework.modulith.ApplicationModule;
