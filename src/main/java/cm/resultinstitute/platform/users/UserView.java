package cm.resultinstitute.platform.users;

import java.time.Instant;

/** A user as the API shows it to the user themself and to admins. Never the password hash. */
public record UserView(
        Integer id,
        String email,
        String firstName,
        String lastName,
        Role role,
        String phone,
        String avatarUrl,
        String bio,
        UserStatus status,
        boolean emailVerified,
        Instant lastLoginAt,
        Instant createdAt,
        Instant updatedAt,
        String language) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
