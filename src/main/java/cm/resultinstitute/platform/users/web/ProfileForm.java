package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.users.ProfileChanges;
import cm.resultinstitute.platform.users.UserView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The profile form of the account page. */
public class ProfileForm {

    @NotBlank
    @Size(max = 100)
    private String firstName;

    @NotBlank
    @Size(max = 100)
    private String lastName;

    @Size(max = 20)
    @Pattern(regexp = Formats.PHONE, message = "{validation.phone}")
    private String phone;

    @Size(max = 500)
    @Pattern(regexp = Formats.URL, message = "{validation.url}")
    private String avatarUrl;

    @Size(max = 5000)
    private String bio;

    @Pattern(regexp = Formats.LANGUAGE, message = "{validation.language}")
    private String language;

    static ProfileForm of(UserView user) {
        ProfileForm form = new ProfileForm();
        form.firstName = user.firstName();
        form.lastName = user.lastName();
        form.phone = user.phone();
        form.avatarUrl = user.avatarUrl();
        form.bio = user.bio();
        form.language = user.language();
        return form;
    }

    ProfileChanges changes() {
        return new ProfileChanges(
                firstName, lastName, emptyIfNull(phone), emptyIfNull(avatarUrl), emptyIfNull(bio), language);
    }

    private static String emptyIfNull(String value) {
        return value == null ? "" : value;
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

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public void setAvatarUrl(String avatarUrl) {
        this.avatarUrl = avatarUrl;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
