package cm.resultinstitute.platform.users.domain;

import cm.resultinstitute.platform.shared.persistence.TimestampedEntity;
import cm.resultinstitute.platform.users.EmailAddresses;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person with an account: admin, trainer or participant. */
@Entity
@Table(name = "users")
public class User extends TimestampedEntity {

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private String phone;

    @Column(name = "avatar_url")
    private String avatarUrl;

    @Column(columnDefinition = "text")
    private String bio;

    @Enumerated(EnumType.STRING)
    private UserStatus status = UserStatus.ACTIVE;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "email_verified")
    private Boolean emailVerified = false;

    protected User() {}

    public User(String email, String passwordHash, String firstName, String lastName, Role role) {
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
    }

    /** Emails are compared trimmed and in lower case, so {@code Jane@X.cm} and {@code jane@x.cm} are one account. */
    public static String normalizeEmail(String email) {
        return EmailAddresses.normalized(email);
    }

    public void markEmailVerified() {
        this.emailVerified = true;
    }

    public void markEmailUnverified() {
        this.emailVerified = false;
    }

    public void changeName(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public void changeContact(String phone, String avatarUrl, String bio) {
        this.phone = phone;
        this.avatarUrl = avatarUrl;
        this.bio = bio;
    }

    public void changeEmail(String email) {
        this.email = normalizeEmail(email);
        this.emailVerified = false;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public void changeStatus(UserStatus status) {
        this.status = status;
    }

    public void recordLogin(Instant when) {
        this.lastLoginAt = when;
    }

    public boolean isActiveAdmin() {
        return role == Role.ADMIN && status == UserStatus.ACTIVE;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Role getRole() {
        return role;
    }

    public String getPhone() {
        return phone;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public String getBio() {
        return bio;
    }

    public UserStatus getStatus() {
        return status;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isEmailVerified() {
        return Boolean.TRUE.equals(emailVerified);
    }
}
