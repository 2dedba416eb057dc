package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.security.SecretTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code refresh_tokens} table: tokens are stored as SHA-256 digests, used once (rotation), and a second use of
 * one is treated as theft. Each token continues a sign-in ({@code refresh_token_sign_ins}).
 */
@Component
class RefreshTokenStore {

    /** What presenting a refresh token found. */
    sealed interface Use {
        /** The sign-in the token continued; {@code null} for a token issued before sign-ins were recorded. */
        record Accepted(int userId, UUID signIn) implements Use {}

        record Replayed(int userId) implements Use {}

        record Unknown() implements Use {}
    }

    private final JdbcClient jdbc;
    private final Duration lifetime;
    private final Clock clock;

    RefreshTokenStore(JdbcClient jdbc, AppProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.lifetime = properties.jwt().refreshTokenTtl();
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String issue(int userId, UUID signIn) {
        String token = SecretTokens.generate();
        jdbc.sql("""
                        WITH issued AS (
                            INSERT INTO refresh_tokens (user_id, token, expires_at) VALUES (:user, :hash, :expires)
                            RETURNING id)
                        INSERT INTO refresh_token_sign_ins (refresh_token_id, sign_in_id) SELECT id, :signIn FROM issued""")
                .param("user", userId)
                .param("hash", SecretTokens.hash(token))
                .param("expires", Timestamp.from(clock.instant().plus(lifetime)))
                .param("signIn", signIn)
                .update();
        return token;
    }

    /**
     * Revokes the token in one statement and says whose it was. Of concurrent uses of one token, exactly one finds it
     * unrevoked; the others, and any later use, see a replay.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Use use(String token) {
        String hash = SecretTokens.hash(token);
        Optional<Use.Accepted> accepted = jdbc.sql("""
                        WITH used AS (
                            UPDATE refresh_tokens SET is_revoked = TRUE
                            WHERE token = :hash AND is_revoked = FALSE AND expires_at > :now
                            RETURNING id, user_id)
                        SELECT used.user_id, continued.sign_in_id
                        FROM used LEFT JOIN refresh_token_sign_ins continued ON continued.refresh_token_id = used.id""")
                .param("hash", hash)
                .param("now", Timestamp.from(clock.instant()))
                .query((row, number) ->
                        new Use.Accepted(row.getInt("user_id"), row.getObject("sign_in_id", UUID.class)))
                .optional();
        if (accepted.isPresent()) {
            return accepted.get();
        }
        return jdbc.sql("SELECT user_id FROM refresh_tokens WHERE token = :hash AND is_revoked = TRUE")
                .param("hash", hash)
                .query(Integer.class)
                .optional()
                .<Use>map(Use.Replayed::new)
                .orElseGet(Use.Unknown::new);
    }

    /** What revoking a token found: whose it was and the sign-in it continued ({@code null} if none was recorded). */
    record Revoked(int userId, UUID signIn) {}

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Revoked> revoke(String token) {
        return jdbc.sql("""
                        WITH revoked AS (
                            UPDATE refresh_tokens SET is_revoked = TRUE
                            WHERE token = :hash AND is_revoked = FALSE
                            RETURNING id, user_id)
                        SELECT revoked.user_id, continued.sign_in_id
                        FROM revoked LEFT JOIN refresh_token_sign_ins continued
                            ON continued.refresh_token_id = revoked.id""")
                .param("hash", SecretTokens.hash(token))
                .query((row, number) -> new Revoked(row.getInt("user_id"), row.getObject("sign_in_id", UUID.class)))
                .optional();
    }

    /** Whose a token is and which sign-in it continues, revoked or not. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Revoked> owner(String token) {
        return jdbc.sql("""
                        SELECT t.user_id, continued.sign_in_id
                        FROM refresh_tokens t LEFT JOIN refresh_token_sign_ins continued
                            ON continued.refresh_token_id = t.id
                        WHERE t.token = :hash""")
                .param("hash", SecretTokens.hash(token))
                .query((row, number) -> new Revoked(row.getInt("user_id"), row.getObject("sign_in_id", UUID.class)))
                .optional();
    }

    /** Revokes every refresh token that continues the sign-in: the one presented and those it was rotated into. */
    @Transactional(propagation = Propagation.MANDATORY)
    int revokeSignIn(UUID signIn) {
        return jdbc.sql("""
                        UPDATE refresh_tokens SET is_revoked = TRUE
                        WHERE is_revoked = FALSE
                          AND id IN (SELECT refresh_token_id FROM refresh_token_sign_ins WHERE sign_in_id = :signIn)""").param("signIn", signIn).update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int revokeAll(int userId) {
        return jdbc.sql("UPDATE refresh_tokens SET is_revoked = TRUE WHERE user_id = :user AND is_revoked = FALSE")
                .param("user", userId)
                .update();
    }

    /** Expired tokens can be neither used nor replayed: they go. */
    @Scheduled(cron = "0 23 3 * * *")
    @Transactional
    public void purgeExpired() {
        jdbc.sql("DELETE FROM refresh_tokens WHERE expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
