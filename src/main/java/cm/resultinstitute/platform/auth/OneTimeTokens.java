package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.security.SecretTokens;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.users.Credentials;
import cm.resultinstitute.platform.users.PasswordPolicy;
import cm.resultinstitute.platform.users.UserAccounts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Emailed single-use tokens of one kind ({@code email_verification_tokens}, {@code password_reset_tokens},
 * {@code invitation_tokens}): issued with an expiry, stored as digests, and spent in one statement so that a token
 * works exactly once.
 */
final class OneTimeTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final Duration lifetime;

    OneTimeTokens(JdbcClient jdbc, Clock clock, String table, Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.lifetime = lifetime;
    }

    String issue(int userId) {
        String token = SecretTokens.generate();
        jdbc.sql("INSERT INTO " + table + " (user_id, token_hash, expires_at) VALUES (:user, :hash, :expires)")
                .param("user", userId)
                .param("hash", SecretTokens.hash(token))
                .param("expires", Timestamp.from(clock.instant().plus(lifetime)))
                .update();
        return token;
    }

    /** Whose the token is, if it can still be used; it stays usable. */
    Optional<Integer> owner(String token) {
        return jdbc.sql("SELECT user_id FROM " + table
                        + " WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .param("hash", SecretTokens.hash(token == null ? "" : token))
                .param("now", Timestamp.from(clock.instant()))
                .query(Integer.class)
                .optional();
    }

    /** Uses the token up; whose it was, if it was still usable. */
    Optional<Integer> spend(String token) {
        return jdbc.sql("UPDATE " + table + " SET used_at = :now"
                        + " WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now RETURNING user_id")
                .param("hash", SecretTokens.hash(token == null ? "" : token))
                .param("now", Timestamp.from(clock.instant()))
                .query(Integer.class)
                .optional();
    }

    /**
     * Spends a token that lets its owner choose a password, and says whose it was. The password rules are checked
     * first, so that a refused password leaves the link usable; once spent, the owner's other tokens of this kind are
     * void. A token that cannot be used is a 400 on the {@code token} field.
     */
    int spendForNewPassword(String token, String newPassword, UserAccounts accounts) {
        int userId = owner(token).orElseThrow(OneTimeTokens::unusable);
        Credentials credentials = accounts.credentials(userId).orElseThrow(OneTimeTokens::unusable);
        PasswordPolicy.check(newPassword, credentials.email()).ifPresent(violation -> {
            throw InvalidRequestException.field("newPassword", "{" + violation.messageCode() + "}");
        });
        spend(token).orElseThrow(OneTimeTokens::unusable);
        voidAll(userId);
        return userId;
    }

    /** The answer to a token that is unknown, spent or expired. */
    static InvalidRequestException unusable() {
        return InvalidRequestException.field("token", "{auth.invalidToken}");
    }

    /** Every token of the user still waiting is void (a newer one was issued, or the purpose is achieved). */
    void voidAll(int userId) {
        jdbc.sql("UPDATE " + table + " SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("user", userId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Whether the user holds a token never used nor voided, expired or not. */
    boolean anyUnused(int userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE user_id = :user AND used_at IS NULL)")
                .param("user", userId)
                .query(Boolean.class)
                .single();
    }

    void purgeExpired() {
        jdbc.sql("DELETE FROM " + table + " WHERE expires_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
                .update();
    }
}
