package cm.resultinstitute.platform.users;

/** What signing in needs to know of an account. Stays inside the server: never serialised. */
public record Credentials(
        int userId, String email, String passwordHash, Role role, UserStatus status, String language) {

    public boolean active() {
        return status == UserStatus.ACTIVE;
    }

    @Override
    public String toString() {
        return "Credentials[userId=" + userId + ", role=" + role + ", status=" + status + "]";
    }
}
