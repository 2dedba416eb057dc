package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.shared.web.NotNullWhenSent;
import cm.resultinstitute.platform.users.AccountChanges;
import cm.resultinstitute.platform.users.EmailAddresses;
import cm.resultinstitute.platform.users.ProfileChanges;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PATCH /users/{id}}: an admin changes an account, role, status and the address's verification included. */
record UpdateUserRequest(
        @Email(regexp = EmailAddresses.VISIBLE) @Size(min = 3, max = 255) @NotNullWhenSent
        String email,

        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}") @NotNullWhenSent
        String firstName,

        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}") @NotNullWhenSent
        String lastName,

        @Size(max = 20) @Pattern(regexp = Formats.PHONE, message = "{validation.phone}")
        String phone,

        @Size(max = 500) @Pattern(regexp = Formats.URL, message = "{validation.url}")
        String avatarUrl,

        @Size(max = 5000) String bio,

        @Pattern(regexp = Formats.LANGUAGE, message = "{validation.language}") @NotNullWhenSent
        String language,

        @NotNullWhenSent Role role,
        @NotNullWhenSent UserStatus status,
        @NotNullWhenSent Boolean emailVerified) {

    UpdateUserRequest {
        email = EmailAddresses.trimmed(email);
    }

    AccountChanges changes() {
        return new AccountChanges(
                new ProfileChanges(firstName, lastName, phone, avatarUrl, bio, language),
                email,
                role,
                status,
                emailVerified);
    }
}
