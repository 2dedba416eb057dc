package cm.resultinstitute.platform.attendance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The participant's check-in: the session (as chosen or read from the QR code) and the code shown in the room. A blank
 * field gets one message, its {@code @NotBlank}'s ({@code NotBlank.form.*} in the messages), not the pattern's too.
 */
class CheckInForm {

    @NotBlank(message = "{my.checkIn.chooseSession}")
    @Pattern(regexp = "^\\s*$|^\\s*\\d{1,9}\\s*$", message = "{my.checkIn.chooseSession}")
    private String session;

    @NotBlank(message = "{my.checkIn.typeCode}")
    @Pattern(regexp = "^\\s*$|^\\s*\\d{6}\\s*$", message = "{my.checkIn.sixDigits}")
    private String code;

    /** The session's id, once the form is valid. */
    int sessionId() {
        return Integer.parseInt(session.trim());
    }

    /** The session's id if the text is one, for showing the form again. */
    Integer sessionIdOrNull() {
        return session != null && session.trim().matches("\\d{1,9}") ? sessionId() : null;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
