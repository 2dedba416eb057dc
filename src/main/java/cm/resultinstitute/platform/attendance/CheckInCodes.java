package cm.resultinstitute.platform.attendance;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotating six-digit check-in codes (TOTP, RFC 6238: HMAC-SHA1, 30-second steps), derived from a random secret per
 * session kept in PostgreSQL, so that any instance shows and checks the same codes. The previous step's code is
 * still accepted, for the participant who typed it as it changed.
 */
@Component
class CheckInCodes {

    static final long STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int MODULO = 1_000_000;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    CheckInCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public CheckInCode current(int sessionId, Instant now) {
        long step = now.getEpochSecond() / STEP_SECONDS;
        return new CheckInCode(code(secret(sessionId), step), Instant.ofEpochSecond((step + 1) * STEP_SECONDS));
    }

    @Transactional
    public boolean accepts(int sessionId, String code, Instant now) {
        if (code == null || !code.trim().matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        byte[] secret = secret(sessionId);
        long step = now.getEpochSecond() / STEP_SECONDS;
        String given = code.trim();
        return sameCode(given, code(secret, step)) || sameCode(given, code(secret, step - 1));
    }

    /** Compares in constant time, so that timing tells nothing about the code. */
    private static boolean sameCode(String given, String expected) {
        return MessageDigest.isEqual(
                given.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] secret(int sessionId) {
        byte[] fresh = new byte[20];
        random.nextBytes(fresh);
        jdbc.sql(
                        "INSERT INTO session_check_in_secrets (session_id, secret) VALUES (:session, :secret) ON CONFLICT DO NOTHING")
                .param("session", sessionId)
                .param("secret", HexFormat.of().formatHex(fresh))
                .update();
        String stored = jdbc.sql("SELECT secret FROM session_check_in_secrets WHERE session_id = :session")
                .param("session", sessionId)
                .query(String.class)
                .single();
        return HexFormat.of().parseHex(stored);
    }

    static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % MODULO);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
