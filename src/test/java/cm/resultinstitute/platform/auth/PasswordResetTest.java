package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.shared.security.SecretTokens;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedMail;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A forgotten password is replaced through a single-use link mailed for one hour. */
@PlatformTest
class PasswordResetTest {

    static final String NEW_PASSWORD = "A-brand-new-password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void fresh() {
        MutableClock.INSTANCE.reset();
        jdbc.sql("DELETE FROM rate_limits").update();
    }

    @Test
    void resetLinkSetsANewPasswordOnceAndEndsEverySession() {
        SignedIn jane = Logins.newUser(mvc, "forgetful@example.com", "participant");
        assertThat(request("Forgetful@Example.com")).hasStatus(202);
        String token = Mailbox.token(Mailbox.awaitMailTo("forgetful@example.com", "Reset your password"));
        assertThat(jdbc.sql("SELECT token_hash FROM password_reset_tokens WHERE user_id = ?")
                        .param(jane.id())
                        .query(String.class)
                        .single())
                .isEqualTo(SecretTokens.hash(token));

        assertThat(confirm(token, NEW_PASSWORD)).hasStatus(204);

        assertThat(Logins.attempt(mvc, "forgetful@example.com", TestAccounts.PASSWORD))
                .hasStatus(401);
        assertThat(Logins.attempt(mvc, "forgetful@example.com", NEW_PASSWORD)).hasStatusOk();
        assertThat(refresh(jane.refreshToken()))
                .as("sessions from before the reset are over")
                .hasStatus(401);
        assertThat(confirm(token, "Yet-another-password"))
                .as("the link works once")
                .hasStatus(400);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'password_reset' AND user_id = ?")
                        .param(jane.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aResetLinkConfirmsTheAddressItWasMailedTo() {
        SignedIn kofi = Logins.newUser(mvc, "unconfirmed-reset@example.com", "participant");
        jdbc.sql("UPDATE users SET email_verified = FALSE WHERE id = ?")
                .param(kofi.id())
                .update();
        assertThat(request("unconfirmed-reset@example.com")).hasStatus(202);
        String token = Mailbox.token(Mailbox.awaitMailTo("unconfirmed-reset@example.com", "Reset your password"));

        assertThat(confirm(token, NEW_PASSWORD)).hasStatus(204);

        assertThat(jdbc.sql("SELECT email_verified FROM users WHERE id = ?")
                        .param(kofi.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void unknownEmailsAreAnsweredAlikeAndMailNothing() {
        assertThat(request("nobody-here@example.com")).hasStatus(202);
        assertThat(request("")).hasStatus(202);
        assertThat(request("not an address")).hasStatus(202);
        assertThat(request("x".repeat(300))).hasStatus(202);
        assertThat(post("/api/v1/auth/password-reset", "{}")).hasStatus(202);
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = 'nobody-here@example.com'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theLinkExpiresAfterAnHour() {
        Logins.newUser(mvc, "slow@example.com", "participant");
        request("slow@example.com");
        String token = Mailbox.token(Mailbox.awaitMailTo("slow@example.com", "Reset your password"));
        MutableClock.INSTANCE.advance(Duration.ofMinutes(61));
        assertThat(confirm(token, NEW_PASSWORD)).hasStatus(400);
    }

    @Test
    void aRefusedPasswordLeavesTheLinkUsable() {
        Logins.newUser(mvc, "picky@example.com", "participant");
        request("picky@example.com");
        String token = Mailbox.token(Mailbox.awaitMailTo("picky@example.com", "Reset your password"));

        MvcTestResult refused = confirm(token, "short");
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("newPassword");
        assertThat(confirm(token, "picky@example.com")).hasStatus(400);

        assertThat(confirm(token, NEW_PASSWORD)).hasStatus(204);
    }

    @Test
    void onlyTheNewestLinkWorks() {
        Logins.newUser(mvc, "twice@example.com", "participant");
        request("twice@example.com");
        String first = Mailbox.token(Mailbox.awaitMailTo("twice@example.com", "Reset your password"));
        SharedMail.clear();
        request("twice@example.com");
        String second = Mailbox.token(Mailbox.awaitMailTo("twice@example.com", "Reset your password"));

        assertThat(confirm(first, NEW_PASSWORD)).hasStatus(400);
        assertThat(confirm(second, NEW_PASSWORD)).hasStatus(204);
    }

    private MvcTestResult request(String email) {
        return post("/api/v1/auth/password-reset", "{\"email\": \"" + email + "\"}");
    }

    private MvcTestResult confirm(String token, String password) {
        return post(
                "/api/v1/auth/password-reset/confirm",
                "{\"token\": \"" + token + "\", \"newPassword\": \"" + password + "\"}");
    }

    private MvcTestResult refresh(String token) {
        return post("/api/v1/auth/refresh", "{\"refreshToken\": \"" + token + "\"}");
    }

    private MvcTestResult post(String uri, String json) {
        return mvc.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
