package cm.resultinstitute.platform.users;

/**
 * What an admin may change of an account besides its profile; {@code null} fields stay as they are. Setting
 * {@code emailVerified} is staff vouching for (or withdrawing trust in) the address.
 */
public record AccountChanges(
        ProfileChanges profile, String email, Role role, UserStatus status, Boolean emailVerified) {}
