package cm.resultinstitute.platform.users;

/** The filters of {@code GET /users}: all optional; {@code q} matches names and email. */
public record UserFilter(Role role, UserStatus status, String q) {}
