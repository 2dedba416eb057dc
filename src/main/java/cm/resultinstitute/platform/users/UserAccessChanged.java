package cm.resultinstitute.platform.users;

/**
 * Published, inside the transaction that made it, when what a user may do changes: password, role or status. Sign-in
 * revokes their refresh tokens on it.
 */
public record UserAccessChanged(int userId, String reason) {}
