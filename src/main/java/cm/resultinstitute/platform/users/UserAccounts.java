package cm.resultinstitute.platform.users;

import cm.resultinstitute.platform.activity.ActivityEntry;
import cm.resultinstitute.platform.activity.ActivityRecorder;
import cm.resultinstitute.platform.activity.Changes;
import cm.resultinstitute.platform.shared.security.SecretTokens;
import cm.resultinstitute.platform.shared.web.ConflictException;
import cm.resultinstitute.platform.shared.web.FieldProblem;
import cm.resultinstitute.platform.shared.web.InvalidRequestException;
import cm.resultinstitute.platform.shared.web.NotFoundException;
import cm.resultinstitute.platform.users.domain.User;
import cm.resultinstitute.platform.users.domain.UserPreference;
import cm.resultinstitute.platform.users.domain.UserPreferenceRepository;
import cm.resultinstitute.platform.users.domain.UserRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that creates or changes an account, each change with its line in the audit trail. The rules: emails are
 * unique whatever their case, passwords follow {@link PasswordPolicy}, the last active admin stays one, and a change
 * of password, role or status is announced so that the user's refresh tokens die with it.
 */
@Service
public class UserAccounts {

    private final UserRepository users;
    private final UserPreferenceRepository preferences;
    private final UserDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final ActivityRecorder activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccounts(
            UserRepository users,
            UserPreferenceRepository preferences,
            UserDirectory directory,
            PasswordEncoder passwordEncoder,
            ActivityRecorder activity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.preferences = preferences;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String email) {
        return users.findByEmail(User.normalizeEmail(email)).map(this::credentialsOf);
    }

    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(int userId) {
        return users.findById(userId).map(this::credentialsOf);
    }

    /** Self-registration: always an active participant whose email is not verified yet. */
    @Transactional
    public UserView register(NewAccount account) {
        User user = create(account, Role.PARTICIPANT, UserStatus.ACTIVE, passwordHash(account));
        activity.record(ActivityEntry.of("user_registered", "user", user.getId(), user.getFullName() + " registered")
                .by(user.getId()));
        return view(user.getId());
    }

    /**
     * An admin creates an account with any role and status. Without a password the account is invited: it stores a
     * random secret's hash, which nobody can sign in with, until its owner chooses a password through the mailed
     * invitation. With one it works at once, and its address gets the usual verification link, unless the admin
     * vouches for it ({@code emailVerified}).
     */
    @Transactional
    public UserView create(NewAccount account, boolean emailVerified) {
        return create(
                account, emailVerified, account.password() == null ? unusablePasswordHash() : passwordHash(account));
    }

    /**
     * {@link #create(NewAccount, boolean)} with the password hash given: an import invites many accounts with one
     * unusable hash, instead of paying BCrypt's cost for each.
     */
    UserView create(NewAccount account, boolean emailVerified, String passwordHash) {
        boolean invited = account.password() == null;
        User user = create(
                account, account.role(), account.status() == null ? UserStatus.ACTIVE : account.status(), passwordHash);
        if (emailVerified) {
            user.markEmailVerified();
        }
        // Written first: the listeners that mail the account read it with SQL.
        UserView created = view(user.getId());
        activity.record(ActivityEntry.of(
                        "user_created",
                        "user",
                        user.getId(),
                        "Created the " + account.role().value() + " " + user.getEmail())
                .with("role", account.role().value())
                .with("invited", invited)
                .with("emailVerified", emailVerified));
        if (invited) {
            events.publishEvent(new InvitationRequested(user.getId()));
        } else if (!emailVerified) {
            events.publishEvent(new EmailVerificationRequested(user.getId()));
        }
        return created;
    }

    /** Mails the account a new invitation to choose its password; older invitations stop working. */
    @Transactional
    public void invite(int userId) {
        find(userId);
        events.publishEvent(new InvitationRequested(userId));
    }

    /**
     * The owner of an invited account chose their password through the mailed link, which also proves the address is
     * theirs.
     */
    @Transactional
    public void acceptInvitation(int userId, String newPassword) {
        User user = find(userId);
        setPassword(user, newPassword);
        user.markEmailVerified();
        activity.record(ActivityEntry.of(
                        "invitation_accepted",
                        "user",
                        userId,
                        user.getFullName() + " accepted the invitation and chose a password")
                .with("emailVerified", true)
                .by(userId));
    }

    /**
     * Refuses (403 {@code email-not-verified}) a user whose address is not verified yet. The row stays share-locked
     * until the caller's transaction ends, so that the address cannot lose its verification while a seat is taken.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireVerifiedEmail(int userId) {
        if (!users.lockEmailVerified(userId).orElse(false)) {
            throw new EmailNotVerifiedException();
        }
    }

    @Transactional
    public UserView updateProfile(int userId, ProfileChanges changes) {
        User user = find(userId);
        Changes changed = applyProfile(user, changes);
        record(user, changed, user.getFullName() + " updated their profile");
        return view(userId);
    }

    /** An admin changes an account: profile, email, role, status, whether the address is verified. */
    @Transactional
    public UserView update(int userId, AccountChanges changes, Caller admin) {
        User user = find(userId);
        Changes changed = changes.profile() == null ? new Changes() : applyProfile(user, changes.profile());
        if (changes.email() != null && !User.normalizeEmail(changes.email()).equals(user.getEmail())) {
            requireUnusedEmail(changes.email());
            changed.note("email", user.getEmail(), User.normalizeEmail(changes.email()));
            user.changeEmail(changes.email());
        }
        Role role = changes.role() == null ? user.getRole() : changes.role();
        UserStatus status = changes.status() == null ? user.getStatus() : changes.status();
        if (user.isActiveAdmin() && (role != Role.ADMIN || status != UserStatus.ACTIVE)) {
            requireAnotherActiveAdmin(user.getId());
        }
        user.changeRole(changed.note("role", user.getRole(), role));
        user.changeStatus(changed.note("status", user.getStatus(), status));
        if (changes.emailVerified() != null && changes.emailVerified() != user.isEmailVerified()) {
            changed.note("emailVerified", user.isEmailVerified(), changes.emailVerified());
            if (changes.emailVerified()) {
                user.markEmailVerified();
            } else {
                user.markEmailUnverified();
            }
        }
        users.flush();
        if (changed.has("role") || changed.has("status")) {
            events.publishEvent(new UserAccessChanged(userId, changed.has("role") ? "role changed" : "status changed"));
        }
        if (changed.has("email")) {
            events.publishEvent(new EmailChanged(userId));
        }
        record(user, changed, "Updated the account of " + user.getEmail());
        return view(userId);
    }

    @Transactional
    public void changePassword(int userId, String currentPassword, String newPassword) {
        User user = find(userId);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw InvalidRequestException.field("currentPassword", "{password.wrongCurrent}");
        }
        setPassword(user, newPassword);
        activity.record(
                ActivityEntry.of("password_changed", "user", userId, user.getFullName() + " changed their password"));
    }

    /**
     * A password set through an emailed reset token: no current password to check, and the link, mailed to the
     * address, proves it is the user's.
     */
    @Transactional
    public void resetPassword(int userId, String newPassword) {
        User user = find(userId);
        setPassword(user, newPassword);
        boolean confirmsAddress = !user.isEmailVerified();
        user.markEmailVerified();
        activity.record(ActivityEntry.of("password_reset", "user", userId, user.getFullName() + " reset their password")
                .with("confirmedEmail", confirmsAddress)
                .by(userId));
    }

    @Transactional
    public void markEmailVerified(int userId) {
        User user = find(userId);
        if (!user.isEmailVerified()) {
            user.markEmailVerified();
            activity.record(ActivityEntry.of("email_verified", "user", userId, user.getEmail() + " was verified")
                    .by(userId));
        }
    }

    @Transactional
    public void recordLogin(int userId) {
        find(userId).recordLogin(clock.instant());
        users.flush();
    }

    /**
     * Deletes an account, unless it is the caller's own, the last active admin, or other records would go with it
     * (the modules that own them refuse through {@link UserDeletionRequested}).
     */
    @Transactional
    public void delete(int userId, Caller admin) {
        User user = find(userId);
        if (admin.is(userId)) {
            throw new ConflictException("delete-refused", "user.delete.self");
        }
        if (user.isActiveAdmin()) {
            requireAnotherActiveAdmin(userId);
        }
        events.publishEvent(new UserDeletionRequested(userId));
        activity.record(ActivityEntry.of("user_deleted", "user", userId, "Deleted the account of " + user.getEmail())
                .with("email", user.getEmail())
                .with("role", user.getRole().value()));
        users.delete(user);
    }

    /** The account as it now is: pending changes are written first, since the directory reads with SQL. */
    private UserView view(int userId) {
        users.flush();
        preferences.flush();
        return directory.view(userId);
    }

    private User create(NewAccount account, Role role, UserStatus status, String passwordHash) {
        String email = User.normalizeEmail(account.email());
        requireUnusedEmail(email);
        User user = new User(
                email,
                passwordHash,
                account.firstName().trim(),
                account.lastName().trim(),
                role);
        user.changeContact(blankToNull(account.phone()), null, null);
        user.changeStatus(status);
        users.saveAndFlush(user);
        preferences.save(new UserPreference(user.getId(), language(account.language())));
        return user;
    }

    private String passwordHash(NewAccount account) {
        requirePasswordPolicy(account.password(), User.normalizeEmail(account.email()), "password");
        return passwordEncoder.encode(account.password());
    }

    /** The hash of a secret nobody ever sees: no password matches it, so the account cannot sign in with it. */
    String unusablePasswordHash() {
        return passwordEncoder.encode(SecretTokens.generate());
    }

    private Changes applyProfile(User user, ProfileChanges changes) {
        Changes changed = new Changes();
        String firstName = changes.firstName() == null
                ? user.getFirstName()
                : changes.firstName().trim();
        String lastName = changes.lastName() == null
                ? user.getLastName()
                : changes.lastName().trim();
        user.changeName(
                changed.note("firstName", user.getFirstName(), firstName),
                changed.note("lastName", user.getLastName(), lastName));
        user.changeContact(
                changed.note("phone", user.getPhone(), orCurrent(changes.phone(), user.getPhone())),
                changed.note("avatarUrl", user.getAvatarUrl(), orCurrent(changes.avatarUrl(), user.getAvatarUrl())),
                changed.note("bio", user.getBio(), orCurrent(changes.bio(), user.getBio())));
        if (changes.language() != null) {
            UserPreference preference = preferences
                    .findById(user.getId())
                    .orElseGet(() -> preferences.save(new UserPreference(user.getId(), Languages.DEFAULT)));
            preference.changeLanguage(changed.note("language", preference.getLanguage(), language(changes.language())));
            if (changed.has("language")) {
                events.publishEvent(new LanguageChosen(user.getId(), preference.getLanguage()));
            }
        }
        return changed;
    }

    private void setPassword(User user, String newPassword) {
        requirePasswordPolicy(newPassword, user.getEmail(), "newPassword");
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new UserAccessChanged(user.getId(), "password changed"));
    }

    private void record(User user, Changes changed, String description) {
        if (!changed.isEmpty()) {
            activity.record(ActivityEntry.of("user_updated", "user", user.getId(), description)
                    .withChanges(changed));
        }
    }

    private void requireAnotherActiveAdmin(int userId) {
        // Locks every active admin row, so that two admins demoting each other at once cannot both succeed.
        if (users.lockActiveAdminIds().stream().noneMatch(id -> id != userId)) {
            throw new ConflictException("last-admin", "user.lastAdmin");
        }
    }

    private void requireUnusedEmail(String email) {
        if (users.findByEmail(User.normalizeEmail(email)).isPresent()) {
            throw new ConflictException(
                    "duplicate", List.of(new FieldProblem("email", "{problem.field.conflict}")), "user.emailTaken");
        }
    }

    private static void requirePasswordPolicy(String password, String email, String field) {
        PasswordPolicy.check(password, email).ifPresent(violation -> {
            throw InvalidRequestException.field(field, "{" + violation.messageCode() + "}");
        });
    }

    private User find(int userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("user.notFound"));
    }

    private Credentials credentialsOf(User user) {
        String language = preferences
                .findById(user.getId())
                .map(UserPreference::getLanguage)
                .orElse(Languages.DEFAULT);
        return new Credentials(
                user.getId(), user.getEmail(), user.getPasswordHash(), user.getRole(), user.getStatus(), language);
    }

    private static String language(String language) {
        return language != null && Languages.SUPPORTED.contains(language) ? language : Languages.DEFAULT;
    }

    private static String orCurrent(String requested, String current) {
        if (requested == null) {
            return current;
        }
        return blankToNull(requested.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
