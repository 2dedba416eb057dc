package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.users.ProfileChanges;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PATCH /me}: only the fields to change; an empty phone, avatar or bio clears it. */
record ProfileRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}")
        String firstName,

        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}")
        String lastName,

        @Size(max = 20) @Pattern(regexp = Formats.PHONE, message = "{validation.phone}")
        String phone,

        @Size(max = 500) @Pattern(regexp = Formats.URL, message = "{validation.url}")
        String avatarUrl,

        @Size(max = 5000) String bio,

        @Pattern(regexp = Formats.LANGUAGE, message = "{validation.language}")
        String language) {

    ProfileChanges changes() {
        return new ProfileChanges(firstName, lastName, phone, avatarUrl, bio, language);
    }
}
