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

/** The form with which an admin creates an account; its owner is invited to choose their own password. */
class NewUserForm {

    @NotBlank
    @Email(regexp = EmailAddresses.VISIBLE)
    @Size(max = 255)
    private String email;

    @NotBlank
    @Size(max = 100)
    private String firstName;

    @NotBlank
    @Size(max = 100)
    private String lastName;

    @NotNull
    private Role role = Role.PARTICIPANT;

    @NotNull
    private UserStatus status = UserStatus.ACTIVE;

    @Size(max = 20)
    @Pattern(regexp = Formats.PHONE, message = "{validation.phone}")
    private String phone;

    // The language of their emails, the invitation first.
    @Pattern(regexp = Formats.LANGUAGE, message = "{validation.language}")
    private String language;

    NewAccount account() {
        return new NewAccount(email, null, firstName, lastName, phone, role, status, language);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public UserStatus getStatus() {
        return status;
    }

    public void setStatus(UserStatus status) {
        this.status = status;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
