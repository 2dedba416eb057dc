package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.mail.Mail;
import cm.resultinstitute.platform.mail.MailOutbox;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.users.Credentials;
import cm.resultinstitute.platform.users.EmailChanged;
import cm.resultinstitute.platform.users.EmailVerificationRequested;
import cm.resultinstitute.platform.users.NewAccount;
import cm.resultinstitute.platform.users.UserAccounts;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserView;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, email verification (48 hours, asked again at will within a rate limit) and password reset (1 hour)
 * through emailed single-use tokens.
 */
@Service
class AccountTokens {

    static final Duration VERIFICATION_LIFETIME = Duration.ofHours(48);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final MailOutbox mail;
    private final ActivityRecorder activity;
    private final AppProperties properties;
    private final RateLimiter rateLimiter;
    private final OneTimeTokens verifications;
    private final OneTimeTokens resets;
    private final Invitations invitations;

    AccountTokens(
            UserAccounts accounts,
            UserDirectory directory,
            MailOutbox mail,
            ActivityRecorder activity,
            AppProperties properties,
            RateLimiter rateLimiter,
            JdbcClient jdbc,
            Clock clock,
            Invitations invitations) {
        this.rateLimiter = rateLimiter;
        this.invitations = invitations;
        this.accounts = accounts;
        this.directory = directory;
        this.mail = mail;
        this.activity = activity;
        this.properties = properties;
        this.verifications = new OneTimeTokens(jdbc, clock, "email_verification_tokens", VERIFICATION_LIFETIME);
        this.resets = new OneTimeTokens(jdbc, clock, "password_reset_tokens", RESET_LIFETIME);
    }

    /** Creates the participant and mails them the link that verifies their address. */
    @Transactional
    public UserView register(NewAccount account, String clientAddress) {
        rateLimiter
                .hit(
                        "register:address:" + clientAddress,
                        properties.rateLimits().registrationPerAddress())
                .ifPresent(wait -> {
                    throw SignInRefused.tooManyAttempts(wait);
                });
        UserView user = accounts.register(account);
        mailVerificationLink(user);
        return user;
    }

    /**
     * Mails the user a new link that verifies their address; the older ones stop working. 409 once the address is
     * verified, 429 beyond the number of links a user may ask for in an hour.
     */
    @Transactional
    public void resendVerification(int userId) {
        UserView user = directory.view(userId);
        if (user.emailVerified()) {
            throw new ConflictException("already-verified", "auth.alreadyVerified");
        }
        rateLimiter
                .hit("verify:user:" + userId, properties.rateLimits().emailVerificationPerUser())
                .ifPresent(wait -> {
                    throw SignInRefused.tooManyAttempts(wait);
                });
        mailVerificationLink(user);
        activity.record(ActivityEntry.of(
                "email_verification_requested",
                "user",
                userId,
                "A new link to verify " + user.email() + " was mailed"));
    }

    /** An admin created an account with a password: its address is verified like a registered one's. */
    @EventListener
    void mailVerificationLink(EmailVerificationRequested request) {
        mailVerificationLink(directory.view(request.userId()));
    }

    /**
     * Links mailed to an old address stop working. An address nobody vouched for gets its own verification link,
     * unless the account is still invited: accepting the invitation mailed there (Invitations) verifies it.
     */
    @EventListener
    void emailChanged(EmailChanged change) {
        resets.voidAll(change.userId());
        UserView user = directory.view(change.userId());
        if (user.emailVerified() || invitations.awaitsAcceptance(user.id())) {
            verifications.voidAll(user.id());
        } else {
            mailVerificationLink(user);
        }
    }

    @Transactional
    public void verifyEmail(String token) {
        int userId = verifications.spend(token).orElseThrow(OneTimeTokens::unusable);
        accounts.markEmailVerified(userId);
    }

    /** Mails a reset link if an active account has this email; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String email, String clientAddress) {
        if (email == null || email.isBlank()) {
            return;
        }
        if (rateLimiter
                .hit("reset:address:" + clientAddress, properties.rateLimits().passwordResetPerAddress())
                .isPresent()) {
            // A reset request is always answered alike (PRODUCT.md): beyond the limit it only mails nothing.
            return;
        }
        accounts.credentials(email).filter(Credentials::active).ifPresent(credentials -> {
            resets.voidAll(credentials.userId());
            String token = resets.issue(credentials.userId());
            UserView user = directory.view(credentials.userId());
            mail.queue(new Mail(
                    user.email(),
                    user.language(),
                    "password-reset",
                    Map.of("name", user.firstName(), "link", properties.link("/reset-password?token=" + token))));
            activity.record(
                    ActivityEntry.of("password_reset_requested", "user", user.id(), "A password reset link was mailed")
                            .by(user.id()));
        });
    }

    /** Whether a reset link can still be used, for the page that shows its form. */
    @Transactional(readOnly = true)
    public boolean resetTokenUsable(String token) {
        return resets.owner(token).isPresent();
    }

    /**
     * Sets the new password and spends the token; the password rules are checked first, so that a refused password
     * leaves the link usable. Every refresh token of the user is revoked with the change.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        accounts.resetPassword(resets.spendForNewPassword(token, newPassword, accounts), newPassword);
    }

    @Scheduled(cron = "0 41 3 * * *")
    @Transactional
    public void purgeExpired() {
        verifications.purgeExpired();
        resets.purgeExpired();
    }

    private void mailVerificationLink(UserView user) {
        verifications.voidAll(user.id());
        String token = verifications.issue(user.id());
        mail.queue(new Mail(
                user.email(),
                user.language(),
                "verify-email",
                Map.of("name", user.firstName(), "link", properties.link("/verify-email?token=" + token))));
    }
}
