/**
 * Reports on the institute's activity: the training summary and participant progress views (as pages of JSON and
 * as CSV downloads, each caller seeing only what their role allows) and the admin dashboard's totals and series.
 * It reads the other modules' tables through SQL only, and owns nothing but its queries and pages.
 */
@ApplicationModule(displayName = "Reports")
package cm.resultinstitute.platform.reports;

import org.springframework.modulith.ApplicationModule;
