package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.AppProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts per key (an account, a client address) in fixed windows kept in PostgreSQL, so that every instance
 * sees the same counts. Each count commits on its own: a refused request still counts.
 */
@Component
class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one attempt; returns how long to wait if it went over the limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> hit(String key, AppProperties.Limit limit) {
        Instant now = clock.instant();
        Instant window = windowStart(now, limit);
        int hits = jdbc.sql("""
                        INSERT INTO rate_limits (bucket_key, window_start, hits) VALUES (:key, :window, 1)
                        ON CONFLICT (bucket_key) DO UPDATE SET
                            hits = CASE WHEN rate_limits.window_start = EXCLUDED.window_start
                                        THEN rate_limits.hits + 1 ELSE 1 END,
                            window_start = EXCLUDED.window_start
                        RETURNING hits""")
                .param("key", key)
                .param("window", java.sql.Timestamp.from(window))
                .query(Integer.class)
                .single();
        return hits > limit.attempts() ? Optional.of(retryAfter(now, window, limit)) : Optional.empty();
    }

    /** Whether the key has used up its attempts in the current window, and for how long still. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Duration> blocked(String key, AppProperties.Limit limit) {
        Instant now = clock.instant();
        Instant window = windowStart(now, limit);
        Integer hits = jdbc.sql("SELECT hits FROM rate_limits WHERE bucket_key = :key AND window_start = :window")
                .param("key", key)
                .param("window", java.sql.Timestamp.from(window))
                .query(Integer.class)
                .optional()
                .orElse(0);
        return hits >= limit.attempts() ? Optional.of(retryAfter(now, window, limit)) : Optional.empty();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String key) {
        jdbc.sql("DELETE FROM rate_limits WHERE bucket_key = :key")
                .param("key", key)
                .update();
    }

    /** Windows of a day ago are over for every limit; their rows only take space. */
    @Scheduled(cron = "0 17 * * * *")
    @Transactional
    public void forgetOldWindows() {
        jdbc.sql("DELETE FROM rate_limits WHERE window_start < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    private static Instant windowStart(Instant now, AppProperties.Limit limit) {
        long size = limit.window().toSeconds();
        return Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), size));
    }

    private static Duration retryAfter(Instant now, Instant window, AppProperties.Limit limit) {
        Duration left = Duration.between(now, window.plus(limit.window()));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }
}
