package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.security.SecretTokens;
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
 * sees the same counts. Each count commits on its own, whatever becomes of the request that made it.
 */
@Component
class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes one attempt from the key's allowance, or says how long to wait when it is used up. The check and the count
     * are one statement: the row lock of the upsert lines concurrent attempts up, so that however many arrive at once
     * (on any instance), at most {@code limit.attempts()} are let through in a window.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> hit(String key, AppProperties.Limit limit) {
        Instant now = clock.instant();
        Instant window = windowStart(now, limit);
        Optional<Integer> taken = jdbc.sql("""
                        INSERT INTO rate_limits AS counted (bucket_key, window_start, hits) VALUES (:key, :window, 1)
                        ON CONFLICT (bucket_key) DO UPDATE SET
                            hits = CASE WHEN counted.window_start = EXCLUDED.window_start
                                        THEN counted.hits + 1 ELSE 1 END,
                            window_start = EXCLUDED.window_start
                        WHERE counted.window_start <> EXCLUDED.window_start OR counted.hits < :attempts
                        RETURNING hits""")
                .param("key", bucket(key))
                .param("window", java.sql.Timestamp.from(window))
                .param("attempts", limit.attempts())
                .query(Integer.class)
                .optional();
        return taken.isPresent() ? Optional.empty() : Optional.of(retryAfter(now, window, limit));
    }

    /** Returns an attempt taken in the current window that turned out not to count (a successful sign-in). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void giveBack(String key, AppProperties.Limit limit) {
        jdbc.sql(
                        "UPDATE rate_limits SET hits = hits - 1 WHERE bucket_key = :key AND window_start = :window AND hits > 0")
                .param("key", bucket(key))
                .param("window", java.sql.Timestamp.from(windowStart(clock.instant(), limit)))
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String key) {
        jdbc.sql("DELETE FROM rate_limits WHERE bucket_key = :key")
                .param("key", bucket(key))
                .update();
    }

    /**
     * The key as stored: a long one (a 300-character email typed into the sign-in form) is its first characters and
     * its hash, so that it fits the column (VARCHAR(300)) and stays one bucket.
     */
    static String bucket(String key) {
        return key.length() <= LONGEST_KEY ? key : key.substring(0, 100) + "#" + SecretTokens.hash(key);
    }

    private static final int LONGEST_KEY = 200;

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
