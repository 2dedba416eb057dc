package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.shared.security.SecretTokens;
import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedMail;
import cm.resultinstitute.platform.test.SignedIn;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Accounts an admin creates without a password get an invitation: a single-use link, valid 7 days, with which their
 * owner chooses a password, which also verifies the address. With a password, the account works at once and gets the
 * usual verification link; an admin may also vouch for an address.
 */
@PlatformTest
class InvitationTest {

    static final String SUBJECT = "Your Result Institute account is ready: choose your password";
    static final String CHOSEN = "My-own-chosen-password";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    static Cast cast;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        cast = Cast.create(mvc);
    }

    @AfterEach
    void realTime() {
        MutableClock.INSTANCE.reset();
    }

    @Test
    void anInvitedOwnerChoosesTheirPasswordThroughTheMailedLinkAndSignsIn() {
        String email = next("invited");
        MvcTestResult created = create("{\"email\": \"" + email + "\", \"firstName\": \"Ngozi\","
                + " \"lastName\": \"Okafor\", \"role\": \"trainer\"}");
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.emailVerified").isEqualTo(false);
        assertThat(created).bodyJson().doesNotHavePath("$.password");
        int id = JsonPath.read(Logins.body(created), "$.id");
        assertThat(Logins.attempt(mvc, email, CHOSEN))
                .as("nothing signs in before the invitation is accepted")
                .hasStatus(401);
        assertThat(jdbc.sql("SELECT password_hash FROM users WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("the hash of a random secret, never shown to anyone")
                .startsWith("$2");

        MimeMessage mail = Mailbox.awaitMailTo(email, SUBJECT);
        assertThat(Mailbox.decoded(mail)).contains("Hello Ngozi,", "Choose my password", "valid for 7 days");
        assertThat(Mailbox.link(mail)).startsWith("http://localhost:8080/accept-invitation?token=");
        String token = Mailbox.token(mail);
        assertThat(jdbc.sql("SELECT token_hash FROM invitation_tokens WHERE user_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("stored as its digest only")
                .isEqualTo(SecretTokens.hash(token));

        MvcTestResult weak = accept(token, "short");
        assertThat(weak).hasStatus(400);
        assertThat(weak).bodyJson().extractingPath("$.errors[0].field").isEqualTo("newPassword");
        assertThat(accept(token, email)).as("not the address").hasStatus(400);

        assertThat(accept(token, CHOSEN)).hasStatus(204);

        MvcTestResult login = Logins.attempt(mvc, email, CHOSEN);
        assertThat(login).hasStatusOk();
        assertThat(login).bodyJson().extractingPath("$.user.emailVerified").isEqualTo(true);
        MvcTestResult again = accept(token, "Another-password-1");
        assertThat(again).as("the link works once").hasStatus(400);
        assertThat(again).bodyJson().extractingPath("$.errors[0].field").isEqualTo("token");
        assertThat(Logins.attempt(mvc, email, "Another-password-1")).hasStatus(401);

        assertThat(audit("user_created", id, cast.admin().id(), "metadata->>'invited' = 'true'"))
                .isEqualTo(1);
        assertThat(audit("invitation_sent", id, cast.admin().id(), "TRUE")).isEqualTo(1);
        assertThat(audit("invitation_accepted", id, id, "metadata->>'emailVerified' = 'true'"))
                .isEqualTo(1);
    }

    @Test
    void theInvitationSpeaksTheAccountsLanguage() {
        String email = next("francophone");
        assertThat(create("{\"email\": \"" + email + "\", \"firstName\": \"Paul\", \"lastName\": \"Mbarga\","
                        + " \"role\": \"participant\", \"language\": \"fr\"}"))
                .hasStatus(201);
        MimeMessage mail =
                Mailbox.awaitMailTo(email, "Votre compte Result Institute est prêt : choisissez votre mot de passe");
        assertThat(Mailbox.decoded(mail)).contains("Bonjour Paul,", "Choisir mon mot de passe", "valable 7 jours");
    }

    @Test
    void anInvitationExpiresAfterSevenDays() {
        String email = next("late");
        create("{\"email\": \"" + email
                + "\", \"firstName\": \"L\", \"lastName\": \"Ate\", \"role\": \"participant\"}");
        String token = Mailbox.token(Mailbox.awaitMailTo(email, SUBJECT));

        MutableClock.INSTANCE.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(Logins.html(
                        mvc.get().uri("/accept-invitation?token=" + token).exchange()))
                .as("still usable just before")
                .contains("Save my password");

        MutableClock.INSTANCE.advance(Duration.ofMinutes(2));
        assertThat(Logins.html(
                        mvc.get().uri("/accept-invitation?token=" + token).exchange()))
                .contains("This link is invalid, expired or already used.", "Ask the institute")
                .doesNotContain("Save my password");
        MvcTestResult expired = accept(token, CHOSEN);
        assertThat(expired).hasStatus(400);
        assertThat(expired).bodyJson().extractingPath("$.errors[0].field").isEqualTo("token");
        assertThat(verified(email)).isFalse();
    }

    @Test
    void sendingTheInvitationAgainVoidsTheOlderLink() {
        String email = next("again");
        int id = JsonPath.read(
                Logins.body(create("{\"email\": \"" + email
                        + "\", \"firstName\": \"A\", \"lastName\": \"Gain\", \"role\": \"participant\"}")),
                "$.id");
        String first = Mailbox.token(Mailbox.awaitMailTo(email, SUBJECT));

        assertThat(send(cast.admin(), HttpMethod.POST, "/api/v1/users/" + id + "/invitation", null))
                .hasStatus(202);

        String second = Mailbox.token(awaitMails(email, 2).get(1));
        assertThat(second).isNotEqualTo(first);
        assertThat(accept(first, CHOSEN)).as("the older link is void").hasStatus(400);
        assertThat(accept(second, CHOSEN)).hasStatus(204);
        assertThat(Logins.attempt(mvc, email, CHOSEN)).hasStatusOk();
        assertThat(send(cast.admin(), HttpMethod.POST, "/api/v1/users/999999/invitation", null))
                .hasStatus(404);
    }

    @Test
    void changingAnInvitedAccountsEmailInvitesTheNewAddressAndVoidsTheOldLink() {
        String email = next("moved");
        int id = JsonPath.read(
                Logins.body(create("{\"email\": \"" + email
                        + "\", \"firstName\": \"Mo\", \"lastName\": \"Ved\", \"role\": \"participant\"}")),
                "$.id");
        String oldLink = Mailbox.token(Mailbox.awaitMailTo(email, SUBJECT));
        String newAddress = next("moved-to");

        assertThat(send(cast.admin(), HttpMethod.PATCH, "/api/v1/users/" + id, "{\"email\": \"" + newAddress + "\"}"))
                .hasStatusOk();

        assertThat(accept(oldLink, CHOSEN))
                .as("the link mailed to the old address")
                .hasStatus(400);
        assertThat(accept(Mailbox.token(Mailbox.awaitMailTo(newAddress, SUBJECT)), CHOSEN))
                .hasStatus(204);
        assertThat(verified(newAddress)).isTrue();
        assertThat(templatesMailedTo(newAddress)).containsExactly("invitation");
    }

    @Test
    void onlyAdminsSendInvitations() {
        int id = JsonPath.read(
                Logins.body(create("{\"email\": \"" + next("guarded")
                        + "\", \"firstName\": \"G\", \"lastName\": \"Uarded\", \"role\": \"participant\"}")),
                "$.id");
        String uri = "/api/v1/users/" + id + "/invitation";
        assertThat(mvc.post().uri(uri).exchange()).hasStatus(401);
        for (SignedIn caller :
                List.of(cast.participant(), cast.otherParticipant(), cast.trainer(), cast.otherTrainer())) {
            assertThat(send(caller, HttpMethod.POST, uri, null))
                    .as(caller.email())
                    .hasStatus(403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM invitation_tokens WHERE user_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("only the one of the creation")
                .isEqualTo(1);
    }

    @Test
    void anAccountCreatedWithAPasswordWorksAtOnceAndGetsTheVerificationLink() {
        String email = next("ready");
        MvcTestResult created = create("{\"email\": \"" + email + "\", \"password\": \"Long-enough-1\","
                + " \"firstName\": \"R\", \"lastName\": \"Eady\", \"role\": \"participant\"}");
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.emailVerified").isEqualTo(false);
        assertThat(Logins.attempt(mvc, email, "Long-enough-1")).hasStatusOk();
        assertThat(templatesMailedTo(email)).containsExactly("verify-email");

        String token = Mailbox.token(Mailbox.awaitMailTo(email, "Confirm your email address"));
        assertThat(mvc.post()
                        .uri("/api/v1/auth/verify-email")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\": \"" + token + "\"}")
                        .exchange())
                .hasStatus(204);
        assertThat(verified(email)).isTrue();
    }

    @Test
    void anAdminMayVouchForTheAddressWhenCreatingTheAccount() {
        String withPassword = next("vouched");
        MvcTestResult created = create(
                "{\"email\": \"" + withPassword + "\", \"password\": \"Long-enough-1\","
                        + " \"firstName\": \"V\", \"lastName\": \"Ouched\", \"role\": \"participant\", \"emailVerified\": true}");
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.emailVerified").isEqualTo(true);
        assertThat(templatesMailedTo(withPassword)).as("nothing to verify").isEmpty();

        String invited = next("vouched-invited");
        assertThat(create("{\"email\": \"" + invited + "\", \"firstName\": \"V\", \"lastName\": \"Invited\","
                        + " \"role\": \"participant\", \"emailVerified\": true}"))
                .bodyJson()
                .extractingPath("$.emailVerified")
                .isEqualTo(true);
        assertThat(templatesMailedTo(invited)).as("still a password to choose").containsExactly("invitation");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'user_created'"
                                + " AND metadata->>'emailVerified' = 'true' AND entity_id IN"
                                + " (SELECT id FROM users WHERE email IN (?, ?))")
                        .params(withPassword, invited)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anAdminSetsOrWithdrawsTheVerificationAndTheTrailSaysSo() {
        String email = next("patched");
        int id = JsonPath.read(
                Logins.body(create("{\"email\": \"" + email + "\", \"password\": \"Long-enough-1\","
                        + " \"firstName\": \"P\", \"lastName\": \"Atched\", \"role\": \"participant\"}")),
                "$.id");

        MvcTestResult vouched =
                send(cast.admin(), HttpMethod.PATCH, "/api/v1/users/" + id, "{\"emailVerified\": true}");
        assertThat(vouched).hasStatusOk();
        assertThat(vouched).bodyJson().extractingPath("$.emailVerified").isEqualTo(true);
        assertThat(audit(
                        "user_updated",
                        id,
                        cast.admin().id(),
                        "metadata->'changes'->'emailVerified'->>'new' = 'true'"
                                + " AND metadata->'changes'->'emailVerified'->>'old' = 'false'"))
                .isEqualTo(1);

        MvcTestResult withdrawn =
                send(cast.admin(), HttpMethod.PATCH, "/api/v1/users/" + id, "{\"emailVerified\": false}");
        assertThat(withdrawn).bodyJson().extractingPath("$.emailVerified").isEqualTo(false);
        assertThat(verified(email)).isFalse();

        for (SignedIn caller : List.of(cast.participant(), cast.trainer())) {
            assertThat(send(caller, HttpMethod.PATCH, "/api/v1/users/" + id, "{\"emailVerified\": true}"))
                    .hasStatus(403);
        }
        assertThat(send(cast.participant(), HttpMethod.PATCH, "/api/v1/me", "{\"emailVerified\": true}"))
                .as("nobody vouches for themself")
                .hasStatus(400);
        assertThat(verified(email)).isFalse();
    }

    @Test
    void theInvitationPageSetsThePasswordAndSendsToTheLoginPage() {
        String email = next("page-invited");
        create("{\"email\": \"" + email
                + "\", \"firstName\": \"P\", \"lastName\": \"Age\", \"role\": \"participant\"}");
        String link = Mailbox.link(Mailbox.awaitMailTo(email, SUBJECT));
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(Logins.html(
                        mvc.get().uri("/accept-invitation?token=" + token).exchange()))
                .contains("Choose your password", "An account was created for you", "name=\"_csrf\"");
        assertThat(Logins.html(mvc.post()
                        .uri("/accept-invitation")
                        .param("token", token)
                        .param("newPassword", "short")
                        .with(csrf())
                        .exchange()))
                .contains("Must be at least 10 characters long.", "Save my password");
        assertThat(mvc.post()
                        .uri("/accept-invitation")
                        .param("token", token)
                        .param("newPassword", CHOSEN)
                        .exchange())
                .as("the form carries the CSRF token")
                .hasStatus(403);

        MvcTestResult accepted = mvc.post()
                .uri("/accept-invitation")
                .param("token", token)
                .param("newPassword", CHOSEN)
                .with(csrf())
                .exchange();

        assertThat(accepted).hasRedirectedUrl("/login?invited");
        assertThat(accepted.getResponse().getCookie("RI_SESSION"))
                .as("signs nobody in")
                .isNull();
        assertThat(Logins.html(mvc.get().uri("/login?invited").exchange()))
                .contains("Your password is saved and your email address confirmed: sign in.");
        assertThat(verified(email)).isTrue();
        assertThat(Logins.attempt(mvc, email, CHOSEN)).hasStatusOk();
        assertThat(Logins.html(
                        mvc.get().uri("/accept-invitation?token=" + token).exchange()))
                .contains("This link is invalid, expired or already used.");
        assertThat(Logins.html(mvc.get()
                        .uri("/accept-invitation?token=" + token + "&lang=fr")
                        .exchange()))
                .contains("Choisissez votre mot de passe", "Demandez");
    }

    private MvcTestResult create(String json) {
        return send(cast.admin(), HttpMethod.POST, "/api/v1/users", json);
    }

    private MvcTestResult accept(String token, String password) {
        return mvc.post()
                .uri("/api/v1/auth/invitation/accept")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\": \"" + token + "\", \"newPassword\": \"" + password + "\"}")
                .exchange();
    }

    private MvcTestResult send(SignedIn caller, HttpMethod method, String uri, String json) {
        var request = mvc.method(method).uri(uri).header(HttpHeaders.AUTHORIZATION, caller.bearer());
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    private boolean verified(String email) {
        return jdbc.sql("SELECT email_verified FROM users WHERE email = ?")
                .param(email)
                .query(Boolean.class)
                .single();
    }

    private List<String> templatesMailedTo(String email) {
        return jdbc.sql("SELECT template FROM mail_outbox WHERE recipient = ? ORDER BY id")
                .param(email)
                .query(String.class)
                .list();
    }

    private long audit(String action, int entityId, int actorId, String condition) {
        return jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = ? AND entity_id = ? AND user_id = ? AND "
                        + condition)
                .params(action, entityId, actorId)
                .query(Long.class)
                .single();
    }

    private static String next(String name) {
        return name + SEQUENCE.incrementAndGet() + "@invitation.test";
    }

    private static List<MimeMessage> awaitMails(String recipient, int count) {
        return await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> SharedMail.received().stream()
                                .filter(message -> recipientOf(message).equals(recipient))
                                .toList(),
                        mails -> mails.size() >= count);
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
