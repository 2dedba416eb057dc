/**
 * Who came to which session: attendance marked by trainers and self check-in.
 */
@ApplicationModule(displayName = "Attendance")
package cm.resultinstitute.platform.attendance;

import org.springframework.modulith.ApplicationModule;
