/**
 * The audit trail: one line per change of state or security event, append-only.
 */
@ApplicationModule(displayName = "Activity")
package cm.resultinstitute.platform.activity;

import org.springframework.modulith.ApplicationModule;
