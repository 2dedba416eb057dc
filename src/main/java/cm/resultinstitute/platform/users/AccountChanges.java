package cm.resultinstitute.platform.users;

/** What an admin may change of an account besides its profile; {@code null} fields stay as they are. */
public record AccountChanges(ProfileChanges profile, String email, Role role, UserStatus status) {}
