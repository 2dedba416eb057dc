package cm.resultinstitute.platform.users;

/**
 * Published, inside the transaction that made it, when an admin created an account with a password and an address
 * nobody vouched for. Authentication mails the link that verifies it.
 */
public record EmailVerificationRequested(int userId) {}
