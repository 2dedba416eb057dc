package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.security.SecretTokens;
import cm.resultinstitute.platform.users.Credentials;
import cm.resultinstitute.platform.users.UserAccessChanged;
import cm.resultinstitute.platform.users.UserAccounts;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserView;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in, refreshing and signing out. Refusals are decided and recorded in transactions of their own, so that a
 * failed attempt still counts against the rate limits and a replayed refresh token still revokes the whole family.
 */
@Service
class SignIn {

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final AccessTokens accessTokens;
    private final RefreshTokenStore refreshTokens;
    private final RateLimiter rateLimiter;
    private final ActivityRecorder activity;
    private final TransactionTemplate transaction;
    private final AppProperties.RateLimits limits;
    /** Checked when the email is unknown, so that the answer takes as long as for a wrong password. */
    private final String dummyHash;

    SignIn(
            UserAccounts accounts,
            UserDirectory directory,
            PasswordEncoder passwordEncoder,
            AccessTokens accessTokens,
            RefreshTokenStore refreshTokens,
            RateLimiter rateLimiter,
            ActivityRecorder activity,
            TransactionTemplate transaction,
            AppProperties properties) {
        this.accounts = accounts;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.rateLimiter = rateLimiter;
        this.activity = activity;
        this.transaction = transaction;
        this.limits = properties.rateLimits();
        this.dummyHash = passwordEncoder.encode(SecretTokens.generate());
    }

    /** The result of a sign-in: the tokens and who they belong to. */
    record SignedIn(TokenPair tokens, UserView user) {}

    /** Checks email and password (and the rate limits); the account's credentials when they hold. */
    Credentials authenticate(String email, String password, String clientAddress) {
        String accountKey =
                "login:account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
        String addressKey = "login:address:" + clientAddress;
        rateLimiter
                .blocked(accountKey, limits.loginPerAccount())
                .or(() -> rateLimiter.blocked(addressKey, limits.loginPerAddress()))
                .ifPresent(wait -> {
                    throw SignInRefused.tooManyAttempts(wait);
                });
        Optional<Credentials> found = email == null ? Optional.empty() : accounts.credentials(email);
        boolean matches = passwordEncoder.matches(
                password == null ? "" : password,
                found.map(Credentials::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || !matches) {
            rateLimiter.hit(accountKey, limits.loginPerAccount());
            rateLimiter.hit(addressKey, limits.loginPerAddress());
            activity.recordApart(ActivityEntry.of(
                            "login_failed",
                            "user",
                            found.map(Credentials::userId).orElse(null),
                            "Failed sign-in for " + accountKey.substring("login:account:".length()))
                    .with("reason", found.isEmpty() ? "unknown email" : "wrong password")
                    .by(found.map(Credentials::userId).orElse(null)));
            throw SignInRefused.badCredentials();
        }
        Credentials credentials = found.get();
        if (!credentials.active()) {
            activity.recordApart(ActivityEntry.of(
                            "login_failed",
                            "user",
                            credentials.userId(),
                            "Sign-in refused: the account is "
                                    + credentials.status().value())
                    .with("reason", "account " + credentials.status().value())
                    .by(credentials.userId()));
            throw SignInRefused.accountDisabled();
        }
        rateLimiter.clear(accountKey);
        return credentials;
    }

    SignedIn login(String email, String password, String clientAddress) {
        Credentials credentials = authenticate(email, password, clientAddress);
        return transaction.execute(status -> {
            accounts.recordLogin(credentials.userId());
            activity.record(ActivityEntry.of("user_login", "user", credentials.userId(), "Signed in")
                    .by(credentials.userId()));
            return new SignedIn(issue(credentials), directory.view(credentials.userId()));
        });
    }

    /** Records a sign-in through the pages, where the session takes the place of tokens. */
    @Transactional
    public void recordPageLogin(int userId) {
        accounts.recordLogin(userId);
        activity.record(ActivityEntry.of("user_login", "user", userId, "Signed in to the pages")
                .by(userId));
    }

    SignedIn refresh(String refreshToken) {
        RefreshTokenStore.Use use = transaction.execute(status -> refreshTokens.use(refreshToken));
        if (use instanceof RefreshTokenStore.Use.Replayed replayed) {
            transaction.executeWithoutResult(status -> {
                int revoked = refreshTokens.revokeAll(replayed.userId());
                activity.record(ActivityEntry.of(
                                "refresh_token_reuse_detected",
                                "user",
                                replayed.userId(),
                                "A revoked refresh token was presented again: every refresh token of the user is revoked")
                        .with("revokedTokens", revoked)
                        .by(replayed.userId()));
            });
            throw SignInRefused.invalidRefreshToken();
        }
        if (!(use instanceof RefreshTokenStore.Use.Accepted accepted)) {
            throw SignInRefused.invalidRefreshToken();
        }
        Credentials credentials = accounts.credentials(accepted.userId())
                .filter(Credentials::active)
                .orElseThrow(SignInRefused::invalidRefreshToken);
        return transaction.execute(status -> new SignedIn(issue(credentials), directory.view(credentials.userId())));
    }

    @Transactional
    public void logout(String refreshToken) {
        refreshTokens
                .revoke(refreshToken)
                .ifPresent(userId -> activity.record(ActivityEntry.of("user_logout", "user", userId, "Signed out")
                        .by(userId)));
    }

    /** A new password, role or status ends every session the user had: their refresh tokens go. */
    @EventListener
    void revokeOnAccessChange(UserAccessChanged change) {
        refreshTokens.revokeAll(change.userId());
    }

    private TokenPair issue(Credentials credentials) {
        return new TokenPair(
                accessTokens.issue(credentials),
                refreshTokens.issue(credentials.userId()),
                accessTokens.lifetimeSeconds());
    }
}
