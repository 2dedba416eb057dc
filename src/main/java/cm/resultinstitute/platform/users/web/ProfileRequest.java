package cm.resultinstitute.platform.users.web;

import cm.resultinstitute.platform.shared.web.NotNullWhenSent;
import cm.resultinstitute.platform.shared.web.PatchField;
import cm.resultinstitute.platform.users.ProfileChanges;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * {@code PATCH /me}: only the fields to change. A phone, avatar or bio sent as {@code null} or empty clears it; one
 * left out stays (an {@code Optional} that is null).
 */
record ProfileRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}") @NotNullWhenSent
        String firstName,

        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "{validation.notBlank}") @NotNullWhenSent
        String lastName,

        @Schema(maxLength = 20, pattern = Formats.PHONE)
        Optional<@Size(max = 20) @Pattern(regexp = Formats.PHONE, message = "{validation.phone}") String> phone,

        @Schema(maxLength = 500, pattern = Formats.URL)
        Optional<@Size(max = 500) @Pattern(regexp = Formats.URL, message = "{validation.url}") String> avatarUrl,

        @Schema(maxLength = 5000) Optional<@Size(max = 5000) String> bio,

        @Pattern(regexp = Formats.LANGUAGE, message = "{validation.language}") @NotNullWhenSent
        String language) {

    ProfileChanges changes() {
        return new ProfileChanges(
                firstName,
                lastName,
                PatchField.text(phone),
                PatchField.text(avatarUrl),
                PatchField.text(bio),
                language);
    }
}
