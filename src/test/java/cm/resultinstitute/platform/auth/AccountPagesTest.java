package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The pages of signing in: a session with CSRF-protected forms, the same rules as the API. */
@PlatformTest
class AccountPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInOpensMySpace() {
        TestData.shared().user("page.user@example.com", "participant");
        MvcTestResult login = signIn("page.user@example.com", TestAccounts.PASSWORD);
        assertThat(login).hasStatus3xxRedirection().hasRedirectedUrl("/my");

        Cookie session = Logins.sessionCookie(login);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = (SELECT id::text FROM users"
                                + " WHERE email = 'page.user@example.com')")
                        .query(Long.class)
                        .single())
                .as("the session is kept in PostgreSQL, where every instance finds it")
                .isEqualTo(1);
        MvcTestResult account = mvc.get().uri("/account").cookie(session).exchange();
        assertThat(account).hasStatusOk();
        assertThat(html(account)).contains("page.user@example.com", "My account");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs a JOIN users u ON u.id = a.user_id"
                                + " WHERE u.email = 'page.user@example.com' AND a.action = 'user_login'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void wrongCredentialsStayOnTheLoginPage() {
        assertThat(signIn("nobody@example.com", "wrong-password")).hasRedirectedUrl("/login?error=bad");
        assertThat(html(mvc.get().uri("/login?error=bad").exchange())).contains("The email or the password is wrong.");
    }

    @Test
    void suspendedAccountsCannotSignInToThePages() {
        int id = TestData.shared().user("page.suspended@example.com", "participant");
        jdbc.sql("UPDATE users SET status = 'suspended' WHERE id = ?").param(id).update();
        assertThat(signIn("page.suspended@example.com", TestAccounts.PASSWORD))
                .hasRedirectedUrl("/login?error=disabled");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        TestData.shared().user("csrf@example.com", "participant");
        assertThat(mvc.post()
                        .uri("/login")
                        .param("email", "csrf@example.com")
                        .param("password", TestAccounts.PASSWORD)
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void theAccountPageNeedsASignedInUser() {
        assertThat(mvc.get().uri("/account").exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/users").exchange()).hasStatus3xxRedirection();
    }

    @Test
    void registeringThroughThePageMailsTheVerificationLink() {
        MvcTestResult registered = mvc.post()
                .uri("/register")
                .param("email", "  Page.Register@Example.com ")
                .param("password", "Long-enough-1")
                .param("firstName", "Page")
                .param("lastName", "Register")
                .with(csrf())
                .exchange();
        assertThat(registered).hasRedirectedUrl("/login?registered");
        String link = Mailbox.link(Mailbox.awaitMailTo("page.register@example.com", "Confirm your email address"));
        String token = link.substring(link.indexOf("token=") + 6);

        MvcTestResult landing = mvc.get().uri("/verify-email?token=" + token).exchange();
        assertThat(html(landing)).contains("Confirm my email address");
        MvcTestResult verified = mvc.post()
                .uri("/verify-email")
                .param("token", token)
                .with(csrf())
                .exchange();
        assertThat(html(verified)).contains("Your email address is confirmed.");
        assertThat(html(mvc.post()
                        .uri("/verify-email")
                        .param("token", token)
                        .with(csrf())
                        .exchange()))
                .contains("This link is invalid, expired or already used.");
    }

    @Test
    void registrationErrorsAreShownOnTheForm() {
        TestData.shared().user("already@example.com", "participant");
        MvcTestResult invalid = mvc.post()
                .uri("/register")
                .param("email", "not-an-email")
                .param("password", "short")
                .param("firstName", "")
                .param("lastName", "X")
                .with(csrf())
                .exchange();
        assertThat(invalid).hasStatusOk();
        assertThat(html(invalid))
                .as("each message names its field")
                .contains("First name: please fill this in.", "Email: enter an address like name@example.com.")
                .doesNotContain("must not be blank");
        MvcTestResult french = mvc.post()
                .uri("/register?lang=fr")
                .param("email", "")
                .param("password", "Long-enough-1")
                .param("firstName", "A")
                .param("lastName", "")
                .with(csrf())
                .exchange();
        assertThat(html(french)).contains("Nom : à remplir.", "E-mail : à remplir.");

        MvcTestResult duplicate = mvc.post()
                .uri("/register")
                .param("email", "Already@example.com")
                .param("password", "Long-enough-1")
                .param("firstName", "A")
                .param("lastName", "B")
                .with(csrf())
                .exchange();
        assertThat(html(duplicate)).contains("Already used.");
        MvcTestResult weak = mvc.post()
                .uri("/register")
                .param("email", "weak@example.com")
                .param("password", "short")
                .param("firstName", "A")
                .param("lastName", "B")
                .with(csrf())
                .exchange();
        assertThat(html(weak)).contains("Must be at least 10 characters long.");
    }

    @Test
    void forgottenPasswordIsReplacedThroughTheMailedLink() {
        TestData.shared().user("page.forgot@example.com", "participant");
        assertThat(html(mvc.post()
                        .uri("/forgot-password")
                        .param("email", "page.forgot@example.com")
                        .with(csrf())
                        .exchange()))
                .contains("a link to choose a new password is on its way");
        String link = Mailbox.link(Mailbox.awaitMailTo("page.forgot@example.com", "Reset your password"));
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(html(mvc.get().uri("/reset-password?token=" + token).exchange()))
                .contains("Save my new password");
        assertThat(html(mvc.post()
                        .uri("/reset-password")
                        .param("token", token)
                        .param("newPassword", "short")
                        .with(csrf())
                        .exchange()))
                .contains("Must be at least 10 characters long.");
        assertThat(mvc.post()
                        .uri("/reset-password")
                        .param("token", token)
                        .param("newPassword", "A-new-page-password")
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/login?reset");
        assertThat(Logins.attempt(mvc, "page.forgot@example.com", "A-new-page-password"))
                .hasStatusOk();
        assertThat(html(mvc.get().uri("/reset-password?token=" + token).exchange()))
                .contains("Ask for a new link");
    }

    @Test
    void theProfileAndPasswordAreChangedOnTheAccountPage() {
        TestData.shared().user("page.profile@example.com", "participant");
        Cookie session = Logins.sessionCookie(signIn("page.profile@example.com", TestAccounts.PASSWORD));

        MvcTestResult saved = mvc.post()
                .uri("/account/profile")
                .cookie(session)
                .param("firstName", "Renamed")
                .param("lastName", "Person")
                .param("phone", "")
                .param("avatarUrl", "")
                .param("bio", "")
                .param("language", "fr")
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT first_name FROM users WHERE email = 'page.profile@example.com'")
                        .query(String.class)
                        .single())
                .isEqualTo("Renamed");

        MvcTestResult wrong = mvc.post()
                .uri("/account/password")
                .cookie(session)
                .param("currentPassword", "not-mine")
                .param("newPassword", "A-new-password-1")
                .header("Accept-Language", "en")
                .with(csrf())
                .exchange();
        assertThat(html(wrong)).contains("This is not your current password.");
        assertThat(mvc.post()
                        .uri("/account/password")
                        .cookie(session)
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "A-new-password-1")
                        .with(csrf())
                        .exchange())
                .as("the change ended every session of the account, this one too: sign in again")
                .hasRedirectedUrl("/login?reset");
        assertThat(mvc.get().uri("/account").cookie(session).exchange()).hasRedirectedUrl("/login");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session s JOIN users u ON s.principal_name = u.id::text"
                                + " WHERE u.email = 'page.profile@example.com'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(Logins.sessionCookie(signIn("page.profile@example.com", "A-new-password-1")))
                .isNotNull();
    }

    @Test
    void signingOutEndsTheSession() {
        TestData.shared().user("page.logout@example.com", "participant");
        Cookie session = Logins.sessionCookie(signIn("page.logout@example.com", TestAccounts.PASSWORD));
        assertThat(mvc.post().uri("/logout").cookie(session).with(csrf()).exchange())
                .hasRedirectedUrl("/login?loggedOut");
        assertThat(mvc.get().uri("/account").cookie(session).exchange()).hasStatus3xxRedirection();
    }

    @Test
    void theLoginPageSpeaksFrench() {
        assertThat(html(mvc.get().uri("/login?lang=fr").exchange())).contains("Connexion", "Mot de passe oublié ?");
    }

    @Test
    void theAccountShowsTheAvatarFromAnAllowedHostOnly() {
        int user = TestData.shared().user("pictured@example.com", "participant");
        jdbc.sql("UPDATE users SET avatar_url = '/assets/favicon.svg' WHERE id = ?")
                .params(user)
                .update();
        Cookie session = Logins.sessionCookie(signIn("pictured@example.com", TestAccounts.PASSWORD));
        assertThat(html(mvc.get().uri("/account").cookie(session).exchange()))
                .contains("id=\"avatar\"", "src=\"/assets/favicon.svg\"", "alt=\"Your photo\"");

        jdbc.sql("UPDATE users SET avatar_url = 'https://elsewhere.example.net/me.jpg' WHERE id = ?")
                .params(user)
                .update();
        assertThat(html(mvc.get().uri("/account").cookie(session).exchange())).doesNotContain("id=\"avatar\"");
    }

    @Test
    void aWrongPasswordBringsTheFormBackWithTheAddressTyped() {
        TestData.shared().user("typed@example.com", "participant");
        MvcTestResult refused = signIn("typed@example.com", "not-the-password");
        assertThat(refused).hasRedirectedUrl("/login?error=bad");

        assertThat(refused.getRequest().getSession(false))
                .as("no session for a refused visitor")
                .isNull();
        MvcTestResult form = mvc.get()
                .uri("/login?error=bad")
                .cookie(refused.getResponse().getCookie(AccountPages.TYPED_EMAIL))
                .exchange();
        assertThat(html(form)).contains("value=\"typed@example.com\"").doesNotContain("not-the-password");
        assertThat(form.getResponse().getCookie(AccountPages.TYPED_EMAIL).getMaxAge())
                .as("read once")
                .isZero();
    }

    @Test
    void signingInSwitchesThePagesToTheProfilesLanguage() {
        int user = TestData.shared().user("francophone@example.com", "participant");
        jdbc.sql("INSERT INTO user_preferences (user_id, language) VALUES (?, 'fr')"
                        + " ON CONFLICT (user_id) DO UPDATE SET language = 'fr'")
                .params(user)
                .update();
        MvcTestResult login = signIn("francophone@example.com", TestAccounts.PASSWORD);

        assertThat(login).hasRedirectedUrl("/my");
        assertThat(login).cookies().containsCookie("lang");
        assertThat(login.getResponse().getCookie("lang").getValue()).isEqualTo("fr");
        assertThat(html(mvc.get()
                        .uri("/my")
                        .cookie(Logins.sessionCookie(login), login.getResponse().getCookie("lang"))
                        .exchange()))
                .contains("<html lang=\"fr\"");
    }

    private MvcTestResult signIn(String email, String password) {
        return mvc.post()
                .uri("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .exchange();
    }

    private static String html(MvcTestResult result) {
        return Logins.body(result);
    }
}
