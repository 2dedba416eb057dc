package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.users.AccountChanges;
import cm.resultinstitute.platform.users.ProfileChanges;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.UserView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form with which an admin changes an account's name, phone, role, status and whether its address is verified. */
class UserChangesForm {

    @NotBlank
    @Size(max = 100)
    private String firstName;

    @NotBlank
    @Size(max = 100)
    private String lastName;

    @Size(max = 20)
    @Pattern(regexp = Formats.PHONE, message = "{validation.phone}")
    private String phone;

    @NotNull
    private Role role;

    @NotNull
    private UserStatus status;

    // Null (a request without the field) leaves the address as it is.
    private Boolean emailVerified;

    static UserChangesForm of(UserView user) {
        UserChangesForm form = new UserChangesForm();
        form.firstName = user.firstName();
        form.lastName = user.lastName();
        form.phone = user.phone();
        form.role = user.role();
        form.status = user.status();
        form.emailVerified = user.emailVerified();
        return form;
    }

    AccountChanges changes() {
        // An empty phone clears it; the avatar, bio and language are the user's own business.
        ProfileChanges profile = new ProfileChanges(firstName, lastName, phone == null ? "" : phone, null, null, null);
        return new AccountChanges(profile, null, role, status, emailVerified);
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public Boolean getEmailVerified() {
        return emailVerified;
    }

    public void setEmailVerified(Boolean emailVerified) {
        this.emailVerified = emailVerified;
    }
}
