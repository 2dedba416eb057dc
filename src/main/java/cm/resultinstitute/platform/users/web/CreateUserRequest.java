package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.users.EmailAddresses;
import cm.resultinstitute.platform.users.NewAccount;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /users}: an admin creates an account. Without {@code password} the account is invited to choose one;
 * {@code emailVerified} is the admin vouching for the address.
 */
record CreateUserRequest(
        @NotBlank @Email(regexp = EmailAddresses.VISIBLE) @Size(max = 255)
        String email,

        String password,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull Role role,

        @Size(max = 20) @Pattern(regexp = Formats.PHONE, message = "{validation.phone}")
        String phone,

        UserStatus status,

        @Pattern(regexp = Formats.LANGUAGE, message = "{validation.language}")
        String language,

        Boolean emailVerified) {

    CreateUserRequest {
        email = EmailAddresses.trimmed(email);
    }

    boolean vouchedFor() {
        return Boolean.TRUE.equals(emailVerified);
    }

    NewAccount account() {
        return new NewAccount(email, password, firstName, lastName, phone, role, status, language);
    }

    @Override
    public String toString() {
        return "CreateUserRequest[email=" + email + ", role=" + role + "]";
    }
}
