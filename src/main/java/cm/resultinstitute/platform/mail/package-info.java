/**
 * Outgoing mail: messages are rendered from templates in the recipient's language and written to an outbox in the
 * business transaction; a background sender delivers them with retries, so nothing is lost while SMTP is down.
 * Exposes {@link cm.resultinstitute.platform.mail.MailOutbox}.
 */
@ApplicationModule(displayName = "Mail")
package cm.resultinstitute.platform.mail;

import org.springframework.modulith.ApplicationModule;
