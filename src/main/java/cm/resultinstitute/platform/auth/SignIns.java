package cm.resultinstitute.platform.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ins through the API ({@code sign_ins}): each login starts one, its access tokens name it in their {@code sid}
 * claim and its refresh tokens continue it, and signing out ends it, so that the access tokens it issued stop
 * working before they expire.
 */
@Component
class SignIns {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignIns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID start(int userId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO sign_ins (id, user_id, created_at) VALUES (:id, :user, :now)")
                .param("id", id)
                .param("user", userId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** Whether the sign-in has not ended. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean open(UUID id) {
        return jdbc.sql("SELECT ended_at IS NULL FROM sign_ins WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void end(UUID id) {
        jdbc.sql("UPDATE sign_ins SET ended_at = :now WHERE id = :id AND ended_at IS NULL")
                .param("id", id)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * A sign-in no refresh token continues any more can issue no new access token; once the last one it issued has
     * expired (the refresh tokens outlive access tokens by far), nothing needs it.
     */
    @Scheduled(cron = "0 29 3 * * *")
    @Transactional
    public void purgeFinished() {
        jdbc.sql("""
                        DELETE FROM sign_ins s
                        WHERE s.created_at < :before
                          AND NOT EXISTS (SELECT 1 FROM refresh_token_sign_ins r WHERE r.sign_in_id = s.id)""")
                .param("before", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(1))))
                .update();
    }
}
