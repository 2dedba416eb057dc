package cm.resultinstitute.platform.auth;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.mail.Mail;
import cm.resultinstitute.platform.mail.MailOutbox;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.users.EmailChanged;
import cm.resultinstitute.platform.users.InvitationRequested;
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
 * Invitations of the accounts admins create: a mailed single-use link (7 days) with which the owner chooses their
 * password, which also verifies their address. It signs nobody in: they sign in afterwards like anyone.
 */
@Service
class Invitations {

    static final Duration LIFETIME = Duration.ofDays(7);

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final MailOutbox mail;
    private final ActivityRecorder activity;
    private final AppProperties properties;
    private final OneTimeTokens tokens;

    Invitations(
            UserAccounts accounts,
            UserDirectory directory,
            MailOutbox mail,
            ActivityRecorder activity,
            AppProperties properties,
            JdbcClient jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.mail = mail;
        this.activity = activity;
        this.properties = properties;
        this.tokens = new OneTimeTokens(jdbc, clock, "invitation_tokens", LIFETIME);
    }

    /** Mails a new invitation, in the account's language; the older ones stop working. */
    @EventListener
    void invite(InvitationRequested request) {
        UserView user = directory.view(request.userId());
        tokens.voidAll(user.id());
        String token = tokens.issue(user.id());
        mail.queue(new Mail(
                user.email(),
                user.language(),
                "invitation",
                Map.of("name", user.firstName(), "link", properties.link("/accept-invitation?token=" + token))));
        activity.record(ActivityEntry.of(
                "invitation_sent",
                "user",
                user.id(),
                "An invitation to choose a password was mailed to " + user.email()));
    }

    /** An account still invited is invited again at its new address; the link mailed to the old one stops working. */
    @EventListener
    void emailChanged(EmailChanged change) {
        if (awaitsAcceptance(change.userId())) {
            invite(new InvitationRequested(change.userId()));
        }
    }

    /** Whether an invitation of the account was mailed and never accepted (expired or not). */
    boolean awaitsAcceptance(int userId) {
        return tokens.anyUnused(userId);
    }

    /** Whether an invitation link can still be used, for the page that shows its form. */
    @Transactional(readOnly = true)
    public boolean usable(String token) {
        return tokens.owner(token).isPresent();
    }

    /**
     * Sets the chosen password, verifies the address and spends the invitation. The password rules are checked first,
     * so that a refused password leaves the link usable.
     */
    @Transactional
    public void accept(String token, String newPassword) {
        accounts.acceptInvitation(tokens.spendForNewPassword(token, newPassword, accounts), newPassword);
    }

    @Scheduled(cron = "0 43 3 * * *")
    @Transactional
    public void purgeExpired() {
        tokens.purgeExpired();
    }
}
