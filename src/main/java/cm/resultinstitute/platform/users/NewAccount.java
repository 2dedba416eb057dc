package cm.resultinstitute.platform.users;

/** An account to create: by self-registration (always an active participant) or by an admin. */
public record NewAccount(
        String email,
        String password,
        String firstName,
        String lastName,
        String phone,
        Role role,
        UserStatus status,
        String language) {

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", role=" + role + "]";
    }
}
