package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedMail;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An account whose address is not verified asks for the link again ({@code POST /api/v1/me/email-verification}, or
 * the pages' button): a new link is mailed, older ones stop working, a verified address is 409, and asking too often
 * is 429.
 */
@PlatformTest
class EmailVerificationResendTest {

    static final String SUBJECT = "Confirm your email address";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    String email;

    /** The rate limit counts in fixed hours: each test starts one minute into one, so none ends under its feet. */
    @BeforeEach
    void earlyInAnHour() {
        Instant now = Instant.now();
        MutableClock.INSTANCE.setTo(Instant.ofEpochSecond(now.getEpochSecond() - now.getEpochSecond() % 3600 + 60));
        email = "resend" + SEQUENCE.incrementAndGet() + "@example.com";
    }

    @AfterEach
    void realTime() {
        MutableClock.INSTANCE.reset();
    }

    @Test
    void aNewLinkIsMailedAndTheOlderOneStopsWorking() {
        register(email);
        String first = Mailbox.token(Mailbox.awaitMailTo(email, SUBJECT));
        SignedIn user = Logins.signIn(mvc, email, "Long-enough-1");

        assertThat(resend(user)).hasStatus(202);

        List<MimeMessage> mails = awaitMails(email, 2);
        String second = Mailbox.token(mails.get(1));
        assertThat(second).isNotEqualTo(first);
        assertThat(verify(first)).as("the older link is void").hasStatus(400);
        assertThat(me(user)).bodyJson().extractingPath("$.emailVerified").isEqualTo(false);
        assertThat(verify(second)).hasStatus(204);
        assertThat(me(user)).bodyJson().extractingPath("$.emailVerified").isEqualTo(true);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'email_verification_requested'"
                                + " AND entity_id = ? AND user_id = ?")
                        .params(user.id(), user.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aVerifiedAddressNeedsNoLink() {
        SignedIn verified = Logins.newUser(mvc, email, "participant");

        MvcTestResult refused = resend(verified);

        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyJson().extractingPath("$.type").asString().endsWith("/already-verified");
        assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("Your email address is already confirmed.");
        assertThat(jdbc.sql("SELECT count(*) FROM email_verification_tokens WHERE user_id = ?")
                        .param(verified.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void askingMoreThanThreeTimesAnHourIs429() {
        SignedIn user = unverifiedUser(email);
        for (int i = 0; i < 3; i++) {
            assertThat(resend(user)).hasStatus(202);
        }

        MvcTestResult refused = resend(user);

        assertThat(refused).hasStatus(429);
        assertThat(refused).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 3600L);
        assertThat(jdbc.sql("SELECT count(*) FROM email_verification_tokens WHERE user_id = ?")
                        .param(user.id())
                        .query(Long.class)
                        .single())
                .as("no link for the refused request")
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM rate_limits WHERE bucket_key = ?")
                        .param("verify:user:" + user.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        MutableClock.INSTANCE.advance(Duration.ofMinutes(61));
        assertThat(resend(Logins.signIn(mvc, email, TestAccounts.PASSWORD)))
                .as("the next hour")
                .hasStatus(202);
    }

    @Test
    void anonymousCallersAre401() {
        assertThat(mvc.post().uri("/api/v1/me/email-verification").exchange()).hasStatus(401);
    }

    @Test
    void thePageButtonMailsTheLinkAndComesBackToThePage() {
        unverifiedUser(email);
        Cookie session = Logins.pageSession(mvc, email);

        MvcTestResult sent = mvc.post()
                .uri("/account/email-verification")
                .param("back", "/trainings?q=leader")
                .with(csrf())
                .cookie(session)
                .exchange();

        assertThat(sent).hasRedirectedUrl("/trainings?q=leader");
        assertThat(Logins.html(
                        mvc.get().uri("/trainings?q=leader").cookie(session).exchange()))
                .contains("A new link is on its way to " + email + ".");
        String token = Mailbox.token(Mailbox.awaitMailTo(email, SUBJECT));
        assertThat(verify(token)).hasStatus(204);

        MvcTestResult again = mvc.post()
                .uri("/account/email-verification")
                .param("back", "//evil.example/phish")
                .with(csrf())
                .cookie(session)
                .exchange();
        assertThat(again).as("never to another site").hasRedirectedUrl("/account");
        assertThat(Logins.html(mvc.get().uri("/account").cookie(session).exchange()))
                .contains("Your email address is already confirmed.");
    }

    @Test
    void thePageButtonNeedsASignedInUserAndTheCsrfToken() {
        MvcTestResult anonymous =
                mvc.post().uri("/account/email-verification").with(csrf()).exchange();
        assertThat(anonymous).hasStatus3xxRedirection();
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        SignedIn user = unverifiedUser(email);
        assertThat(mvc.post()
                        .uri("/account/email-verification")
                        .cookie(Logins.pageSession(mvc, email))
                        .exchange())
                .hasStatus(403);
        assertThat(jdbc.sql("SELECT count(*) FROM email_verification_tokens WHERE user_id = ?")
                        .param(user.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theAccountPageSaysWhereTheAddressStandsAndOffersTheLink() {
        unverifiedUser(email);
        String unverified = Logins.html(
                mvc.get().uri("/account").cookie(Logins.pageSession(mvc, email)).exchange());
        assertThat(unverified)
                .contains("Email not confirmed yet", "id=\"verify-address\"", "Send the link again")
                .contains("action=\"/account/email-verification\"", "name=\"_csrf\"")
                .as("the page offers it: no banner on top")
                .doesNotContain("id=\"verification-banner\"");

        String other = "verified" + SEQUENCE.incrementAndGet() + "@example.com";
        TestData.shared().user(other, "participant");
        assertThat(Logins.html(mvc.get()
                        .uri("/account")
                        .cookie(Logins.pageSession(mvc, other))
                        .exchange()))
                .contains("Email confirmed")
                .doesNotContain("verify-address", "Send the link again");
    }

    @Test
    void aBannerOnEveryPageOffersTheLinkUntilTheAddressIsVerified() {
        int id = TestData.shared().user(email, "participant");
        jdbc.sql("UPDATE users SET email_verified = FALSE WHERE id = ?")
                .param(id)
                .update();
        Cookie session = Logins.pageSession(mvc, email);

        for (String page : new String[] {"/", "/trainings", "/my", "/blog"}) {
            assertThat(Logins.html(mvc.get().uri(page).cookie(session).exchange()))
                    .as(page)
                    .contains("id=\"verification-banner\"", "Your email address " + email + " is not confirmed yet")
                    .contains("name=\"back\" value=\"" + page + "\"");
        }
        assertThat(Logins.html(
                        mvc.get().uri("/trainings?lang=fr").cookie(session).exchange()))
                .contains("Votre adresse e-mail " + email, "pas encore confirmée", "Renvoyer le lien");

        jdbc.sql("UPDATE users SET email_verified = TRUE WHERE id = ?")
                .param(id)
                .update();
        assertThat(Logins.html(
                        mvc.get().uri("/trainings?lang=en").cookie(session).exchange()))
                .doesNotContain("verification-banner");
        assertThat(Logins.html(mvc.get().uri("/trainings").exchange()))
                .as("visitors")
                .doesNotContain("verification-banner");
    }

    @Test
    void aLinkMailedToTheOldAddressConfirmsNothingOnceAnAdminChangedIt() {
        register(email);
        String oldLink = Mailbox.token(Mailbox.awaitMailTo(email, SUBJECT));
        int id = jdbc.sql("SELECT id FROM users WHERE email = ?")
                .param(email)
                .query(Integer.class)
                .single();
        SignedIn admin = Logins.newUser(mvc, "admin-" + email, "admin");
        String newAddress = "new-" + email;

        assertThat(mvc.patch()
                        .uri("/api/v1/users/" + id)
                        .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + newAddress + "\"}")
                        .exchange())
                .hasStatusOk();

        assertThat(verify(oldLink)).as("the link mailed to the old address").hasStatus(400);
        String newLink = Mailbox.token(Mailbox.awaitMailTo(newAddress, SUBJECT));
        assertThat(jdbc.sql("SELECT email_verified FROM users WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(verify(newLink)).hasStatus(204);
        assertThat(jdbc.sql("SELECT email_verified FROM users WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private SignedIn unverifiedUser(String address) {
        int id = TestData.shared().user(address, "participant");
        jdbc.sql("UPDATE users SET email_verified = FALSE WHERE id = ?")
                .param(id)
                .update();
        return Logins.signIn(mvc, address, TestAccounts.PASSWORD);
    }

    private static List<MimeMessage> awaitMails(String recipient, int count) {
        return await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(recipient), mails -> mails.size() >= count);
    }

    private static List<MimeMessage> mailsTo(String recipient) {
        return SharedMail.received().stream()
                .filter(message -> recipientOf(message).equals(recipient))
                .toList();
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void register(String address) {
        assertThat(mvc.post()
                        .uri("/api/v1/auth/register")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + address + "\", \"password\": \"Long-enough-1\","
                                + " \"firstName\": \"Re\", \"lastName\": \"Send\"}")
                        .exchange())
                .hasStatus(201);
    }

    private MvcTestResult resend(SignedIn user) {
        return mvc.post()
                .uri("/api/v1/me/email-verification")
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }

    private MvcTestResult verify(String token) {
        return mvc.post()
                .uri("/api/v1/auth/verify-email")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\": \"" + token + "\"}")
                .exchange();
    }

    private MvcTestResult me(SignedIn user) {
        return mvc.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }
}
