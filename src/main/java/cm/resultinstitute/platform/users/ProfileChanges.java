package cm.resultinstitute.platform.users;

/**
 * Changes to a profile: a {@code null} field stays as it is; an empty phone, avatar or bio clears it.
 */
public record ProfileChanges(
        String firstName, String lastName, String phone, String avatarUrl, String bio, String language) {}
