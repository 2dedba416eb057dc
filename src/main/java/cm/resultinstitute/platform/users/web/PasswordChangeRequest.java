package cm.resultinstitute.platform.users.web;

import jakarta.validation.constraints.NotNull;

/** {@code POST /me/password}. */
record PasswordChangeRequest(
        @NotNull String currentPassword, @NotNull String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[***]";
    }
}
