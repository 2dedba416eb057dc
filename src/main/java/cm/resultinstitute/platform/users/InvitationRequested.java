package cm.resultinstitute.platform.users;

/**
 * Published, inside the transaction that made it, when an account needs an invitation to choose its password: an
 * admin created it without one, or asked to invite it again. Authentication mails the link on it.
 */
public record InvitationRequested(int userId) {}
