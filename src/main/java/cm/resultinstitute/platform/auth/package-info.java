/**
 * Who is calling: sign-in, tokens and their refresh tokens.
 */
@ApplicationModule(displayName = "Authentication")
package cm.resultinstitute.platform.auth;

import org.springframework.modulith.ApplicationModule;
