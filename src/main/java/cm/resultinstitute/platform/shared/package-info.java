/**
 * What every module shares and nothing owns: the application settings, the translation of exceptions into
 * {@code application/problem+json}, the page envelope of list endpoints and the base of timestamped entities.
 * An open module, kept small.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cm.resultinstitute.platform.shared;

import org.springframework.modulith.ApplicationModule;
