package cm.resultinstitute.platform.enrollments;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.security.SecretTokens;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Role;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private addresses a calendar app subscribes to, since it cannot sign in: one per person, holding a secret token
 * of which only the digest is stored. The address is shown once; a new one replaces it, and it can be stopped.
 */
@Service
public class CalendarFeeds {

    static final String PATH = "/calendar/";
    static final String SUFFIX = ".ics";

    private final JdbcClient jdbc;
    private final MySchedule schedule;
    private final ActivityRecorder activity;
    private final AppProperties properties;

    CalendarFeeds(JdbcClient jdbc, MySchedule schedule, ActivityRecorder activity, AppProperties properties) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.activity = activity;
        this.properties = properties;
    }

    /** A new subscription address for the caller; the one they had stops working. */
    @Transactional
    public String renew(Caller caller) {
        String token = SecretTokens.generate();
        jdbc.sql("""
                        INSERT INTO calendar_feeds (user_id, token_hash) VALUES (:user, :hash)
                        ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()""")
                .param("user", caller.id())
                .param("hash", SecretTokens.hash(token))
                .update();
        activity.record(ActivityEntry.of(
                "calendar_feed_created", "user", caller.id(), "Created a calendar subscription address"));
        return properties.link(PATH + token + SUFFIX);
    }

    @Transactional
    public void stop(Caller caller) {
        int stopped = jdbc.sql("DELETE FROM calendar_feeds WHERE user_id = :user")
                .param("user", caller.id())
                .update();
        if (stopped > 0) {
            activity.record(ActivityEntry.of(
                    "calendar_feed_stopped", "user", caller.id(), "Stopped the calendar subscription address"));
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(Caller caller) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar_feeds WHERE user_id = :user)")
                .param("user", caller.id())
                .query(Boolean.class)
                .single();
    }

    /**
     * The sessions of whoever the token belongs to, while their account is active, in the language they chose (each
     * in its original when they chose none), under the name {@code named} gives in it; empty for any other token.
     */
    @Transactional(readOnly = true)
    public Optional<String> calendar(String token, Function<Optional<Language>, String> named) {
        return jdbc.sql("""
                        SELECT u.id, u.role, p.language
                        FROM calendar_feeds f JOIN users u ON u.id = f.user_id
                        LEFT JOIN user_preferences p ON p.user_id = u.id
                        WHERE f.token_hash = :hash AND u.status = 'active'""")
                .param("hash", SecretTokens.hash(token))
                .query((rs, row) -> owner(rs.getInt("id"), rs.getString("role"), rs.getString("language")))
                .optional()
                .flatMap(owner -> owner)
                .map(owner -> schedule.calendar(
                        owner.caller(),
                        named.apply(owner.language()),
                        owner.language().orElse(null)));
    }

    private static Optional<Owner> owner(int id, String role, String language) {
        return Role.of(role).map(known -> new Owner(new Caller(id, known), Language.of(language)));
    }

    private record Owner(Caller caller, Optional<Language> language) {}
}
