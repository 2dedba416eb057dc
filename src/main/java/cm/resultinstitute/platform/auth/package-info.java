/**
 * Who is calling: sign-in with email and password, short-lived JWT access tokens, rotating refresh tokens, email
 * verification and password reset tokens, rate limits on attempts, and the security rules of the API and the pages.
 * Exposes nothing to other modules beyond the {@link cm.resultinstitute.platform.users.Caller} it resolves.
 */
@ApplicationModule(displayName = "Authentication")
package cm.resultinstitute.platform.auth;

import org.springframework.modulith.ApplicationModule;
