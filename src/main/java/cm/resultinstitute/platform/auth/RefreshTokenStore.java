package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.security.SecretTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code refresh_tokens} table: tokens are stored as SHA-256 digests, used once (rotation), and a second use of
 * one is treated as theft.
 */
@Component
class RefreshTokenStore {

    /** What presenting a refresh token found. */
    sealed interface Use {
        record Accepted(int userId) implements Use {}

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
    String issue(int userId) {
        String token = SecretTokens.generate();
        jdbc.sql("INSERT INTO refresh_tokens (user_id, token, expires_at) VALUES (:user, :hash, :expires)")
                .param("user", userId)
                .param("hash", SecretTokens.hash(token))
                .param("expires", Timestamp.from(clock.instant().plus(lifetime)))
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
        Optional<Integer> accepted = jdbc.sql("""
                        UPDATE refresh_tokens SET is_revoked = TRUE
                        WHERE token = :hash AND is_revoked = FALSE AND expires_at > :now
                        RETURNING user_id""")
                .param("hash", hash)
                .param("now", Timestamp.from(clock.instant()))
                .query(Integer.class)
                .optional();
        if (accepted.isPresent()) {
            return new Use.Accepted(accepted.get());
        }
        return jdbc.sql("SELECT user_id FROM refresh_tokens WHERE token = :hash AND is_revoked = TRUE")
                .param("hash", hash)
                .query(Integer.class)
                .optional()
                .<Use>map(Use.Replayed::new)
                .orElseGet(Use.Unknown::new);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Integer> revoke(String token) {
        return jdbc.sql(
                        "UPDATE refresh_tokens SET is_revoked = TRUE WHERE token = :hash AND is_revoked = FALSE RETURNING user_id")
                .param("hash", SecretTokens.hash(token))
                .query(Integer.class)
                .optional();
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
