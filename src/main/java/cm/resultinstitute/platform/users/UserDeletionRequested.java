package cm.resultinstitute.platform.users;

/**
 * Published before a user is deleted. A module whose records would be lost with the user refuses by throwing a
 * {@link cm.resultinstitute.platform.shared.web.ConflictException} that says why.
 */
public record UserDeletionRequested(int userId) {}
