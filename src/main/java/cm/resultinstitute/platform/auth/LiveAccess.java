package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.shared.security.PreferredLanguages;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.LanguageChosen;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserStatus;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether what a token or a page session remembers of a user still holds: the account exists, is active and has
 * the same role, and, for a token, its access version is current and its sign-in has not ended. The database
 * decides, so every instance agrees; each instance remembers an answer for half a second at most, which keeps the
 * check off the database on busy calls and still ends revoked access on every instance within a second.
 */
@Component
class LiveAccess implements OAuth2TokenValidator<Jwt>, PreferredLanguages {

    static final Duration REMEMBERED_FOR = Duration.ofMillis(500);

    private static final OAuth2TokenValidatorResult REVOKED = OAuth2TokenValidatorResult.failure(
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "This token has been revoked", null));

    /**
     * One statement on every call's path, so it reads the account's row itself rather than through the users
     * module. The leading comment lets tests that count an endpoint's statements leave it out.
     */
    private static final String CURRENT_ACCESS = """
            /* live access */
            SELECT u.role, u.status,
                   COALESCE((SELECT v.version FROM user_access_versions v WHERE v.user_id = u.id), 0) AS version,
                   (SELECT s.ended_at IS NULL FROM sign_ins s WHERE s.id = :signIn AND s.user_id = u.id) AS open,
                   (SELECT p.language FROM user_preferences p WHERE p.user_id = u.id) AS language
            FROM users u WHERE u.id = :user""";

    /** What one user's access looks like now; {@code signInOpen} is null for page sessions or an unknown sign-in. */
    private record State(Role role, UserStatus status, int version, Boolean signInOpen, Language language) {

        static final State GONE = new State(null, null, -1, null, null);

        boolean allows(Role remembered) {
            return status == UserStatus.ACTIVE && role == remembered;
        }
    }

    private record Key(int userId, UUID signIn) {}

    private final JdbcClient jdbc;
    private final LoadingCache<Key, State> remembered;

    @Autowired
    LiveAccess(JdbcClient jdbc) {
        this(jdbc, Ticker.systemTicker());
    }

    /**
     * An answer more than half a window old is read again by the call that finds it, while the calls beside it go on
     * with it: were it only dropped when the window ends, every call of a busy user would wait behind that one read
     * twice a second. A read that fails then drops the answer, so that it is never kept past its window.
     */
    LiveAccess(JdbcClient jdbc, Ticker ticker) {
        this.jdbc = jdbc;
        this.remembered = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(REMEMBERED_FOR)
                .refreshAfterWrite(REMEMBERED_FOR.dividedBy(2))
                .executor(Runnable::run)
                .maximumSize(50_000)
                .build(new CacheLoader<Key, State>() {
                    @Override
                    public State load(Key key) {
                        return read(key);
                    }

                    @Override
                    public State reload(Key key, State previous) {
                        try {
                            return read(key);
                        } catch (DataAccessException unreadable) {
                            return null;
                        }
                    }
                });
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Integer userId = integer(token.getSubject());
        UUID signIn = uuid(token.getClaimAsString(AccessTokens.SIGN_IN_CLAIM));
        Object version = token.getClaims().get(AccessTokens.VERSION_CLAIM);
        List<String> roles = token.getClaimAsStringList(JwtConfiguration.ROLES_CLAIM);
        Optional<Role> role = roles == null || roles.size() != 1 ? Optional.empty() : Role.of(roles.get(0));
        if (userId == null || signIn == null || !(version instanceof Number number) || role.isEmpty()) {
            return REVOKED;
        }
        State state = remembered.get(new Key(userId, signIn));
        boolean valid = state.allows(role.get())
                && state.version() == number.intValue()
                && Boolean.TRUE.equals(state.signInOpen());
        return valid ? OAuth2TokenValidatorResult.success() : REVOKED;
    }

    /** Whether the user of a page session may still act in the role the session remembers. */
    boolean allows(Caller caller) {
        return remembered.get(new Key(caller.id(), null)).allows(caller.role());
    }

    /**
     * The language the caller chose, from what the check of their token or session has just read: no statement of
     * its own on a request that was checked within the last half second.
     */
    @Override
    public Optional<Language> of(Authentication authentication) {
        Key key;
        if (authentication != null && authentication.getPrincipal() instanceof Jwt token) {
            Integer userId = integer(token.getSubject());
            UUID signIn = uuid(token.getClaimAsString(AccessTokens.SIGN_IN_CLAIM));
            key = userId == null || signIn == null ? null : new Key(userId, signIn);
        } else if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            key = new Key(caller.id(), null);
        } else {
            key = null;
        }
        return key == null
                ? Optional.empty()
                : Optional.ofNullable(remembered.get(key).language());
    }

    /** Reads the user's choice again once it has committed, on this instance at once (others within a second). */
    @TransactionalEventListener
    void languageChosen(LanguageChosen choice) {
        forget(choice.userId());
    }

    /** Forgets what this instance remembers of the user, once a change of their access has committed. */
    void forget(int userId) {
        remembered.asMap().keySet().removeIf(key -> key.userId() == userId);
    }

    private State read(Key key) {
        return jdbc.sql(CURRENT_ACCESS)
                .param("user", key.userId())
                .param("signIn", key.signIn(), java.sql.Types.OTHER)
                .query((row, number) -> new State(
                        Role.of(row.getString("role")).orElse(null),
                        UserStatus.of(row.getString("status")).orElse(null),
                        row.getInt("version"),
                        (Boolean) row.getObject("open"),
                        Language.of(row.getString("language")).orElse(null)))
                .optional()
                .orElse(State.GONE);
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
