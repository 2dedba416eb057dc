package cm.resultinstitute.platform.users;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rules every password meets: at least 10 characters, at most 72 bytes in UTF-8 (BCrypt reads no further, so
 * a longer one is refused rather than silently cut), and not the account's own email.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    /** A broken rule, with the message code that explains it. */
    public enum Violation {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        SAME_AS_EMAIL("password.sameAsEmail");

        private final String messageCode;

        Violation(String messageCode) {
            this.messageCode = messageCode;
        }

        public String messageCode() {
            return messageCode;
        }
    }

    private PasswordPolicy() {}

    public static Optional<Violation> check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Violation.TOO_LONG);
        }
        if (email != null && password.trim().equalsIgnoreCase(email.trim())) {
            return Optional.of(Violation.SAME_AS_EMAIL);
        }
        return Optional.empty();
    }
}
