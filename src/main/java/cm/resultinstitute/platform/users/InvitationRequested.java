package cm.resultinstitute.platform.users;

/**
 * Published, inside the transaction that made it, when an account needs an invitation to choose its password: an
 * admin created it without one ({@code newAccount}: the creation's own audit entry says it was invited), or asked to
 * invite it again. Authentication mails the link on it.
 */
public record InvitationRequested(int userId, boolean newAccount) {}
