package cm.resultinstitute.platform.users;

/** What a trainer may see of a user when looking someone up to enrol or assign. */
public record UserSummary(Integer id, String firstName, String lastName, String email, Role role) {}
