/**
 * The web shell every page stands in: layout, navigation, language choice, home page and error page.
 */
@ApplicationModule(displayName = "Site")
package cm.resultinstitute.platform.site;

import org.springframework.modulith.ApplicationModule;
