package cm.resultinstitute.platform.users;

/**
 * Published, inside the transaction that made it, when an admin changed an account's email. The links mailed to the
 * old address (to verify it, reset the password or accept an invitation) must prove nothing about the new one:
 * authentication voids them, and mails the new address the invitation or the verification link it still needs.
 */
public record EmailChanged(int userId) {}
