package cm.resultinstitute.platform.shared.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The answers to writes sent with an {@code Idempotency-Key}, in PostgreSQL: claimed before the write runs (the
 * unique key on caller and key lets one of many concurrent repeats through), answered after it, forgotten after 24
 * hours. Each statement runs on its own, outside the write's transaction.
 */
@Component
class IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(24);

    /** A write still running after this long is taken for lost (its instance stopped) and may run again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The request as the key remembers it; the body's bytes also make the key that seals the stored answer. */
    record Request(String caller, String key, String method, String path, byte[] body) {

        String digest() {
            return HexFormat.of().formatHex(sha256("request", this));
        }

        SecretKeySpec sealingKey() {
            return new SecretKeySpec(sha256("answer", this), "AES");
        }

        private static byte[] sha256(String purpose, Request request) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (String part : new String[] {purpose, request.caller, request.key, request.method, request.path}) {
                    digest.update(part.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
                return digest.digest(request.body);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A stored answer: its status, the headers that matter ("Name: value" lines) and its body. */
    record Answer(int status, String headers, byte[] body) {}

    /** What a repeat finds: the stored answer, a write still running, or a key used for another request. */
    sealed interface Earlier {
        record Answered(Answer answer) implements Earlier {}

        record Running() implements Earlier {}

        record OtherRequest() implements Earlier {}
    }

    /** Claims the key for this request; empty when claimed, otherwise what an earlier request with it left. */
    Optional<Earlier> claim(Request request) {
        Instant now = clock.instant();
        forgetIfGone(request, now);
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_keys
                            (caller, idempotency_key, method, path, request_digest, created_at, expires_at)
                        VALUES (:caller, :key, :method, :path, :digest, :now, :expires)
                        ON CONFLICT (caller, idempotency_key) DO NOTHING""")
                .param("caller", request.caller())
                .param("key", request.key())
                .param("method", request.method())
                .param("path", request.path())
                .param("digest", request.digest())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(KEPT)))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT request_digest, status, response_headers, response_body
                        FROM idempotency_keys WHERE caller = :caller AND idempotency_key = :key""")
                .param("caller", request.caller())
                .param("key", request.key())
                .query((rs, row) -> {
                    if (!rs.getString("request_digest").equals(request.digest())) {
                        return (Earlier) new Earlier.OtherRequest();
                    }
                    int status = rs.getInt("status");
                    if (rs.wasNull()) {
                        return new Earlier.Running();
                    }
                    return new Earlier.Answered(new Answer(
                            status, rs.getString("response_headers"), open(request, rs.getBytes("response_body"))));
                })
                .optional()
                // Forgotten between the two statements (expired and swept): the repeat may claim it afresh.
                .or(() -> claim(request));
    }

    void answer(Request request, Answer answer) {
        jdbc.sql("""
                        UPDATE idempotency_keys SET status = :status, response_headers = :headers, response_body = :body
                        WHERE caller = :caller AND idempotency_key = :key""")
                .param("status", answer.status())
                .param("headers", answer.headers())
                .param("body", seal(request, answer.body()))
                .param("caller", request.caller())
                .param("key", request.key())
                .update();
    }

    /** The write failed in a way a retry may cure (an error, the database away): the key is free again. */
    void release(Request request) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE caller = :caller AND idempotency_key = :key AND status IS NULL")
                .param("caller", request.caller())
                .param("key", request.key())
                .update();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "idempotency-keys", lockAtMostFor = "PT10M")
    public void forgetExpired() {
        jdbc.sql("DELETE FROM idempotency_keys WHERE expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private void forgetIfGone(Request request, Instant now) {
        jdbc.sql("""
                        DELETE FROM idempotency_keys
                        WHERE caller = :caller AND idempotency_key = :key
                          AND (expires_at < :now OR (status IS NULL AND created_at < :abandoned))""")
                .param("caller", request.caller())
                .param("key", request.key())
                .param("now", Timestamp.from(now))
                .param("abandoned", Timestamp.from(now.minus(ABANDONED_AFTER)))
                .update();
    }

    private static byte[] seal(Request request, byte[] body) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, request.sealingKey(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(body);
            return ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] open(Request request, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, request.sealingKey(), new GCMParameterSpec(128, sealed, 0, 12));
            return cipher.doFinal(sealed, 12, sealed.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
