package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.users.Credentials;
import cm.resultinstitute.platform.users.UserAccounts;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserView;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
    private final SignIns signIns;
    private final AccessVersions accessVersions;
    private final RateLimiter rateLimiter;
    private final ActivityRecorder activity;
    private final TransactionTemplate transaction;
    private final AppProperties.RateLimits limits;
    /**
     * Checked when the email is unknown, so that the answer takes as long as for a wrong password: a BCrypt hash at the
     * platform's cost (12) of a random password that was thrown away. Hashing one at start-up cost a second of CPU.
     */
    static final String UNKNOWN_EMAIL_HASH = "$2a$12$5MaUlzHtXkqTxHKfNKE1gupTgqFzCZr1UZLJWJMrzGz.CXsK0.iKu";

    SignIn(
            UserAccounts accounts,
            UserDirectory directory,
            PasswordEncoder passwordEncoder,
            AccessTokens accessTokens,
            RefreshTokenStore refreshTokens,
            SignIns signIns,
            AccessVersions accessVersions,
            RateLimiter rateLimiter,
            ActivityRecorder activity,
            TransactionTemplate transaction,
            AppProperties properties) {
        this.accounts = accounts;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.signIns = signIns;
        this.accessVersions = accessVersions;
        this.rateLimiter = rateLimiter;
        this.activity = activity;
        this.transaction = transaction;
        this.limits = properties.rateLimits();
    }

    /** The result of a sign-in: the tokens and who they belong to. */
    record SignedIn(TokenPair tokens, UserView user) {}

    /**
     * Checks email and password (and the rate limits); the account's credentials when they hold. Each attempt takes
     * one from the allowance of the account and of the client address before the password is checked, so that
     * concurrent attempts cannot all slip under the limit; a correct password gives them back.
     */
    Credentials authenticate(String email, String password, String clientAddress) {
        String accountKey =
                "login:account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
        String addressKey = "login:address:" + clientAddress;
        rateLimiter.hit(accountKey, limits.loginPerAccount()).ifPresent(wait -> {
            throw SignInRefused.tooManyAttempts(wait);
        });
        rateLimiter.hit(addressKey, limits.loginPerAddress()).ifPresent(wait -> {
            rateLimiter.giveBack(accountKey, limits.loginPerAccount());
            throw SignInRefused.tooManyAttempts(wait);
        });
        Optional<Credentials> found = email == null ? Optional.empty() : accounts.credentials(email);
        boolean matches = passwordEncoder.matches(
                password == null ? "" : password,
                found.map(Credentials::passwordHash).orElse(UNKNOWN_EMAIL_HASH));
        if (found.isEmpty() || !matches) {
            activity.recordApart(ActivityEntry.of(
                            "login_failed",
                            "user",
                            found.map(Credentials::userId).orElse(null),
                            "Failed sign-in for " + accountKey.substring("login:account:".length()))
                    .with("reason", found.isEmpty() ? "unknown email" : "wrong password")
                    .by(found.map(Credentials::userId).orElse(null)));
            throw SignInRefused.badCredentials();
        }
        rateLimiter.clear(accountKey);
        rateLimiter.giveBack(addressKey, limits.loginPerAddress());
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
        return credentials;
    }

    SignedIn login(String email, String password, String clientAddress) {
        Credentials credentials = authenticate(email, password, clientAddress);
        return transaction.execute(status -> {
            accounts.recordLogin(credentials.userId());
            activity.record(ActivityEntry.of("user_login", "user", credentials.userId(), "Signed in")
                    .by(credentials.userId()));
            return new SignedIn(
                    issue(credentials, signIns.start(credentials.userId())), directory.view(credentials.userId()));
        });
    }

    /**
     * Records a sign-in through the pages, where the session takes the place of tokens; returns the language of the
     * user's profile.
     */
    @Transactional
    public Optional<String> recordPageLogin(int userId) {
        accounts.recordLogin(userId);
        activity.record(ActivityEntry.of("user_login", "user", userId, "Signed in to the pages")
                .by(userId));
        return directory.find(userId).map(UserView::language);
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
        return transaction.execute(status -> {
            if (accepted.signIn() != null && !signIns.open(accepted.signIn())) {
                // Signed out while this refresh was on its way: the sign-in stays ended.
                throw SignInRefused.invalidRefreshToken();
            }
            // A token issued before sign-ins were recorded starts one now.
            UUID signIn = accepted.signIn() != null ? accepted.signIn() : signIns.start(credentials.userId());
            return new SignedIn(issue(credentials, signIn), directory.view(credentials.userId()));
        });
    }

    /**
     * Revokes the refresh token and ends its sign-in: the access tokens that sign-in issued stop working too. A token
     * already rotated (a client that signs out with an old one) still ends its sign-in, the newer tokens with it.
     */
    @Transactional
    public void logout(String refreshToken) {
        refreshTokens
                .revoke(refreshToken)
                .or(() -> refreshTokens.owner(refreshToken))
                .ifPresent(revoked -> {
                    if (revoked.signIn() != null) {
                        refreshTokens.revokeSignIn(revoked.signIn());
                        signIns.end(revoked.signIn());
                    }
                    activity.record(ActivityEntry.of("user_logout", "user", revoked.userId(), "Signed out")
                            .by(revoked.userId()));
                });
    }

    private TokenPair issue(Credentials credentials, UUID signIn) {
        return new TokenPair(
                accessTokens.issue(credentials, signIn, accessVersions.current(credentials.userId())),
                refreshTokens.issue(credentials.userId(), signIn),
                accessTokens.lifetimeSeconds());
    }
}
