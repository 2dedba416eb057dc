package cm.resultinstitute.platform.users.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
import cm.resultinstitute.platform.test.TestData;
import cm.resultinstitute.platform.users.Role;
import cm.resultinstitute.platform.users.UserDirectory;
import cm.resultinstitute.platform.users.UserStatus;
import cm.resultinstitute.platform.users.UserView;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class AdminUserPagesTest {

    static final String ADMIN = "admin@example.com";
    static final String TRAINER = "trainer@example.com";
    static final String PARTICIPANT = "participant@example.com";

    static int adminId;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDirectory directory;

    @BeforeAll
    static void accounts() {
        TestData data = TestData.shared();
        adminId = data.user(ADMIN, "admin");
        data.user(TRAINER, "trainer");
        data.user(PARTICIPANT, "participant");
        person("ngozi.okafor@example.com", "Ngozi", "Okafor", "trainer", "active");
        person("paul.biya@example.com", "Paul", "Mbarga", "participant", "active");
        person("sam.suspended@example.com", "Sam", "Nkeng", "trainer", "suspended");
        person("ines.inactive@example.com", "Ines", "Fotso", "participant", "inactive");
        for (int i = 1; i <= 25; i++) {
            person("pager-%02d@example.com".formatted(i), "Page", "Pager %02d".formatted(i), "participant", "active");
        }
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        MvcTestResult result = mvc.get().uri("/admin/users").exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void participantCannotOpenTheUserAdministration() {
        assertThat(mvc.get().uri("/admin/users").cookie(signIn(PARTICIPANT))).hasStatus(403);
    }

    @Test
    void trainerCannotOpenTheUserAdministration() {
        Cookie trainer = signIn(TRAINER);
        assertThat(mvc.get().uri("/admin/users").cookie(trainer)).hasStatus(403);
        assertThat(mvc.get().uri("/admin/users/new").cookie(trainer)).hasStatus(403);
        assertThat(mvc.get().uri("/admin/users/" + adminId).cookie(trainer)).hasStatus(403);
    }

    @Test
    void trainerCannotDeleteAnAccount() {
        int target = TestData.shared().user("kept-by-trainer@example.com", "participant");
        MvcTestResult result = mvc.post()
                .uri("/admin/users/" + target + "/delete")
                .param("confirm", "true")
                .with(csrf())
                .cookie(signIn(TRAINER))
                .exchange();
        assertThat(result).hasStatus(403);
        assertThat(directory.find(target)).isPresent();
    }

    @Test
    void adminSeesTheUsersSortedByLastName() {
        String page = html(mvc.get().uri("/admin/users").cookie(signIn(ADMIN)));
        assertThat(page).contains("<html", "Users", "New user", "Fotso, Ines", "Mbarga, Paul", "Email verified");
        assertThat(page.indexOf("Fotso, Ines")).isLessThan(page.indexOf("Mbarga, Paul"));
    }

    @Test
    void adminFindsUsersByName() {
        String page = html(mvc.get().uri("/admin/users?q=okaf").cookie(signIn(ADMIN)));
        assertThat(page).contains("ngozi.okafor@example.com").doesNotContain("paul.biya@example.com", TRAINER);
    }

    @Test
    void adminFindsUsersByEmail() {
        String page = html(mvc.get().uri("/admin/users?q=PAUL.BIYA@").cookie(signIn(ADMIN)));
        assertThat(page).contains("Mbarga, Paul").doesNotContain("ngozi.okafor@example.com");
    }

    @Test
    void adminFiltersUsersByRole() {
        String page = html(mvc.get().uri("/admin/users?role=trainer").cookie(signIn(ADMIN)));
        assertThat(page)
                .contains(TRAINER, "ngozi.okafor@example.com", "sam.suspended@example.com")
                .doesNotContain(PARTICIPANT, ADMIN, "paul.biya@example.com");
    }

    @Test
    void adminFiltersUsersByStatus() {
        String page = html(mvc.get().uri("/admin/users?status=suspended").cookie(signIn(ADMIN)));
        assertThat(page).contains("sam.suspended@example.com").doesNotContain("ines.inactive@example.com", TRAINER);
    }

    @Test
    void adminCombinesSearchAndFilters() {
        Cookie admin = signIn(ADMIN);
        assertThat(html(mvc.get()
                        .uri("/admin/users?q=example&role=participant&status=inactive")
                        .cookie(admin)))
                .contains("ines.inactive@example.com")
                .doesNotContain("sam.suspended@example.com", "paul.biya@example.com");
    }

    @Test
    void adminPagesThroughTheUsersTwentyAtATime() {
        Cookie admin = signIn(ADMIN);
        String first = html(mvc.get().uri("/admin/users?q=pager").cookie(admin));
        assertThat(first)
                .contains("25 users", "Pager 01", "Pager 20", "Page 1 of 2", "href=\"/admin/users?q=pager&amp;page=1\"")
                .contains("hx-get=\"/admin/users?q=pager&amp;page=1\"", "hx-swap=\"outerHTML\"")
                .doesNotContain("Pager 21");

        String second = html(mvc.get().uri("/admin/users?q=pager&page=1").cookie(admin));
        assertThat(second)
                .contains("Pager 21", "Pager 25", "Page 2 of 2", "href=\"/admin/users?q=pager&amp;page=0\"")
                .doesNotContain("Pager 20");
    }

    @Test
    void pageLinksKeepTheFilters() {
        String page = html(mvc.get()
                .uri("/admin/users?q=pager&role=participant&status=active")
                .cookie(signIn(ADMIN)));
        assertThat(page).contains("href=\"/admin/users?q=pager&amp;role=participant&amp;status=active&amp;page=1\"");
    }

    @Test
    void htmxGetsOnlyTheTable() {
        MvcTestResult result = mvc.get()
                .uri("/admin/users?q=okafor")
                .header("HX-Request", "true")
                .cookie(signIn(ADMIN))
                .exchange();
        String fragment = html(result);
        assertThat(fragment)
                .startsWith("<div id=\"users-table\">")
                .contains("ngozi.okafor@example.com")
                .doesNotContain("<html", "<form", "paul.biya@example.com");
        assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains("HX-Request");
    }

    @Test
    void htmxRestoringHistoryGetsTheWholePage() {
        String page = html(mvc.get()
                .uri("/admin/users?q=okafor")
                .header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true")
                .cookie(signIn(ADMIN)));
        assertThat(page).contains("<html", "id=\"users-table\"", "ngozi.okafor@example.com");
    }

    @Test
    void theSearchFormUpdatesTheTableWithHtmx() {
        String page = html(mvc.get().uri("/admin/users").cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("hx-get=\"/admin/users\"", "hx-target=\"#users-table\"", "hx-push-url=\"true\"")
                .contains("<div id=\"users-table\">");
    }

    @Test
    void adminCreatesAUserWhoIsInvitedToChooseTheirPassword() {
        Cookie admin = signIn(ADMIN);
        MvcTestResult result = mvc.post()
                .uri("/admin/users/new")
                .param("email", "Amina.Created@Example.com")
                .param("firstName", "Amina")
                .param("lastName", "Created")
                .param("role", "TRAINER")
                .param("status", "ACTIVE")
                .param("phone", "+237 6 99 00 11 22")
                .param("language", "fr")
                .with(csrf())
                .cookie(admin)
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/users/\\d+");
        UserView created = directory.view(Integer.parseInt(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(created.email()).isEqualTo("amina.created@example.com");
        assertThat(created.role()).isEqualTo(Role.TRAINER);
        assertThat(created.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(created.phone()).isEqualTo("+237 6 99 00 11 22");
        assertThat(created.language()).isEqualTo("fr");
        assertThat(created.emailVerified()).isFalse();

        String page = html(mvc.get().uri(location).cookie(admin));
        assertThat(page)
                .contains("The account of amina.created@example.com is created.", "Amina Created")
                .contains("An invitation to choose a password is on its way");
        String token = Mailbox.token(Mailbox.awaitMailTo(
                "amina.created@example.com", "Votre compte Result Institute est prêt : choisissez votre mot de passe"));
        assertThat(Logins.html(
                        mvc.get().uri("/accept-invitation?token=" + token).exchange()))
                .contains("Save my password");
    }

    @Test
    void creatingAUserWithATakenEmailShowsTheError() {
        long before = TestData.shared().count("users");
        String page = html(mvc.post()
                .uri("/admin/users/new")
                .param("email", "NGOZI.okafor@example.com")
                .param("firstName", "Other")
                .param("lastName", "Person")
                .param("role", "PARTICIPANT")
                .param("status", "ACTIVE")
                .with(csrf())
                .cookie(signIn(ADMIN)));

        assertThat(page)
                .contains("An account with this email already exists.", "Already used.", "value=\"Other\"")
                .contains("class=\"field-error\"");
        assertThat(TestData.shared().count("users")).isEqualTo(before);
    }

    @Test
    void creatingAUserWithoutNameOrEmailShowsWhatIsMissing() {
        String page = html(mvc.post()
                .uri("/admin/users/new")
                .param("email", "not-an-email")
                .param("firstName", "")
                .param("lastName", "Nameless")
                .param("role", "PARTICIPANT")
                .param("status", "ACTIVE")
                .with(csrf())
                .cookie(signIn(ADMIN)));

        assertThat(page).contains("aria-invalid=\"true\"", "value=\"Nameless\"", "value=\"not-an-email\"");
    }

    @Test
    void theNewUserFormOffersEveryRoleAndStatusAndAsksNoPassword() {
        String page = html(mvc.get().uri("/admin/users/new").cookie(signIn(ADMIN)));
        assertThat(page)
                .contains("name=\"email\"", "name=\"phone\"", "name=\"language\"")
                .contains("Administrator", "Trainer", "Participant", "Active", "Inactive", "Suspended")
                .contains("value=\"PARTICIPANT\" selected=\"selected\"", "value=\"ACTIVE\" selected=\"selected\"")
                .contains("the new account receives an email with a link to choose its own")
                .doesNotContain("name=\"password\"", "type=\"password\"");
    }

    @Test
    void adminChangesRoleAndStatus() {
        Cookie admin = signIn(ADMIN);
        int id = TestData.shared().user("promoted@example.com", "participant");

        MvcTestResult result = mvc.post()
                .uri("/admin/users/" + id)
                .param("firstName", "Promoted")
                .param("lastName", "Person")
                .param("phone", "699001122")
                .param("role", "TRAINER")
                .param("status", "SUSPENDED")
                .with(csrf())
                .cookie(admin)
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + id);
        UserView changed = directory.view(id);
        assertThat(changed.role()).isEqualTo(Role.TRAINER);
        assertThat(changed.status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(changed.fullName()).isEqualTo("Promoted Person");
        assertThat(changed.phone()).isEqualTo("699001122");
        assertThat(html(mvc.get().uri("/admin/users/" + id).cookie(admin)))
                .contains("The changes are saved.", "value=\"TRAINER\" selected=\"selected\"");
    }

    @Test
    void anInvalidChangeIsShownAndNotSaved() {
        int id = TestData.shared().user("unchanged@example.com", "participant");
        String page = html(mvc.post()
                .uri("/admin/users/" + id)
                .param("firstName", " ")
                .param("lastName", "Person")
                .param("phone", "not a phone")
                .param("role", "TRAINER")
                .param("status", "ACTIVE")
                .with(csrf())
                .cookie(signIn(ADMIN)));

        assertThat(page).contains("Not a phone number.", "aria-invalid=\"true\"");
        assertThat(directory.view(id).role()).isEqualTo(Role.PARTICIPANT);
    }

    @Test
    void demotingTheLastActiveAdminIsRefused() {
        String page = html(mvc.post()
                .uri("/admin/users/" + adminId)
                .param("firstName", "Renamed")
                .param("lastName", "Admin")
                .param("role", "PARTICIPANT")
                .param("status", "ACTIVE")
                .with(csrf())
                .cookie(signIn(ADMIN)));

        assertThat(page).contains("notice error", "This is the last active administrator");
        UserView admin = directory.view(adminId);
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.firstName()).isEqualTo("Test");
    }

    @Test
    void adminOpensTheEditPageOfAUser() {
        String page = html(mvc.get().uri("/admin/users/" + adminId).cookie(signIn(ADMIN)));
        assertThat(page)
                .contains(ADMIN, "value=\"ADMIN\" selected=\"selected\"", "name=\"confirm\"")
                .contains("action=\"/admin/users/" + adminId + "/delete\"", "name=\"_csrf\"");
    }

    @Test
    void adminSendsTheInvitationAgainFromTheUsersPage() {
        Cookie admin = signIn(ADMIN);
        int id = TestData.shared().user("reinvited@example.com", "participant");
        assertThat(html(mvc.get().uri("/admin/users/" + id).cookie(admin)))
                .contains("action=\"/admin/users/" + id + "/invitation\"", "Send the invitation again");

        MvcTestResult result = mvc.post()
                .uri("/admin/users/" + id + "/invitation")
                .with(csrf())
                .cookie(admin)
                .exchange();

        assertThat(result).hasRedirectedUrl("/admin/users/" + id);
        assertThat(html(mvc.get().uri("/admin/users/" + id).cookie(admin)))
                .contains("A new invitation is on its way to reinvited@example.com");
        String token = Mailbox.token(Mailbox.awaitMailTo(
                "reinvited@example.com", "Your Result Institute account is ready: choose your password"));
        assertThat(html(mvc.get().uri("/accept-invitation?token=" + token))).contains("Save my password");
    }

    @Test
    void onlyAdminsSendInvitationsFromThePages() {
        int id = TestData.shared().user("not-reinvited@example.com", "participant");
        MvcTestResult anonymous = mvc.post()
                .uri("/admin/users/" + id + "/invitation")
                .with(csrf())
                .exchange();
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        for (String email : new String[] {PARTICIPANT, TRAINER}) {
            assertThat(mvc.post()
                            .uri("/admin/users/" + id + "/invitation")
                            .with(csrf())
                            .cookie(signIn(email)))
                    .hasStatus(403);
        }
        assertThat(mvc.post().uri("/admin/users/" + id + "/invitation").cookie(signIn(ADMIN)))
                .as("without the CSRF token")
                .hasStatus(403);
        assertThat(JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                        .sql("SELECT count(*) FROM invitation_tokens WHERE user_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void adminVouchesForAnAddressOnTheUsersPage() {
        Cookie admin = signIn(ADMIN);
        int id = TestData.shared().user("vouched@example.com", "participant");
        JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                .sql("UPDATE users SET email_verified = FALSE WHERE id = ?")
                .param(id)
                .update();
        assertThat(html(mvc.get().uri("/admin/users/" + id).cookie(admin)))
                .contains("name=\"emailVerified\"", "The email address is verified (staff vouch for it)");

        MvcTestResult result = mvc.post()
                .uri("/admin/users/" + id)
                .param("firstName", "Vouched")
                .param("lastName", "Person")
                .param("phone", "")
                .param("role", "PARTICIPANT")
                .param("status", "ACTIVE")
                .param("emailVerified", "true")
                .param("_emailVerified", "on")
                .with(csrf())
                .cookie(admin)
                .exchange();

        assertThat(result).hasRedirectedUrl("/admin/users/" + id);
        assertThat(directory.view(id).emailVerified()).isTrue();
        assertThat(html(mvc.get().uri("/admin/users/" + id).cookie(admin)))
                .contains("name=\"emailVerified\" value=\"true\" checked=\"checked\"");

        mvc.post()
                .uri("/admin/users/" + id)
                .param("firstName", "Vouched")
                .param("lastName", "Person")
                .param("role", "PARTICIPANT")
                .param("status", "ACTIVE")
                .param("_emailVerified", "on")
                .with(csrf())
                .cookie(admin)
                .exchange();
        assertThat(directory.view(id).emailVerified())
                .as("an unticked box withdraws it")
                .isFalse();
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThat(mvc.get().uri("/admin/users/999999").cookie(signIn(ADMIN))).hasStatus(404);
    }

    @Test
    void adminDeletesAUser() {
        Cookie admin = signIn(ADMIN);
        int id = TestData.shared().user("leaving@example.com", "participant");

        MvcTestResult result = mvc.post()
                .uri("/admin/users/" + id + "/delete")
                .param("confirm", "true")
                .with(csrf())
                .cookie(admin)
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(directory.find(id)).isEmpty();
        assertThat(html(mvc.get().uri("/admin/users").cookie(admin)))
                .contains("The account of leaving@example.com is deleted.");
    }

    @Test
    void deletingWithoutConfirmationDeletesNothing() {
        int id = TestData.shared().user("hesitant@example.com", "participant");
        String page = html(
                mvc.post().uri("/admin/users/" + id + "/delete").with(csrf()).cookie(signIn(ADMIN)));

        assertThat(page).contains("Tick the box to confirm the deletion.");
        assertThat(directory.find(id)).isPresent();
    }

    @Test
    void adminCannotDeleteThemself() {
        String page = html(mvc.post()
                .uri("/admin/users/" + adminId + "/delete")
                .param("confirm", "true")
                .with(csrf())
                .cookie(signIn(ADMIN)));

        assertThat(page).contains("notice error", "You cannot delete your own account.");
        assertThat(directory.find(adminId)).isPresent();
    }

    @Test
    void deletingAnAuthorIsRefusedWithTheReason() {
        int author = TestData.shared().user("author@example.com", "trainer");
        TestData.shared().post("Leadership Notes", "published", author, null);

        String page = html(mvc.post()
                .uri("/admin/users/" + author + "/delete")
                .param("confirm", "true")
                .with(csrf())
                .cookie(signIn(ADMIN)));

        assertThat(page).contains("notice error", "This user wrote blog posts");
        assertThat(directory.find(author)).isPresent();
    }

    @Test
    void deletingWithoutTheCsrfTokenIsForbidden() {
        int id = TestData.shared().user("protected@example.com", "participant");
        assertThat(mvc.post()
                        .uri("/admin/users/" + id + "/delete")
                        .param("confirm", "true")
                        .cookie(signIn(ADMIN)))
                .hasStatus(403);
        assertThat(directory.find(id)).isPresent();
    }

    @Test
    void timesAreGivenInTheInstitutesTimeZone() {
        JdbcClient jdbc = JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE));
        int ngozi = jdbc.sql("SELECT id FROM users WHERE email = 'ngozi.okafor@example.com'")
                .query(Integer.class)
                .single();
        jdbc.sql("UPDATE users SET last_login_at = ?, created_at = ? WHERE id = ?")
                .params(
                        java.sql.Timestamp.from(java.time.Instant.parse("2001-03-10T10:00:00Z")),
                        java.sql.Timestamp.from(java.time.Instant.parse("2001-01-05T23:30:00Z")),
                        ngozi)
                .update();
        Cookie admin = signIn(ADMIN);
        // 10:00 UTC is 11:00 in Douala (UTC+1 all year); 23:30 UTC is already the next day there.
        String list = html(mvc.get().uri("/admin/users?q=Okafor").cookie(admin));
        assertThat(list)
                .contains("<td><time datetime=\"2001-03-10T11:00+01:00\">2001-03-10 11:00</time></td>")
                .contains("Times are given in the institute&#39;s time zone (Africa/Douala).");
        String edit = html(mvc.get().uri("/admin/users/" + ngozi).cookie(admin));
        assertThat(edit)
                .contains("<dd><time datetime=\"2001-01-06T00:30+01:00\">2001-01-06 00:30</time></dd>")
                .contains("<dd><time datetime=\"2001-03-10T11:00+01:00\">2001-03-10 11:00</time></dd>")
                .contains("(Africa/Douala)");
        String never = html(mvc.get().uri("/admin/users?q=Mbarga").cookie(admin));
        assertThat(never).contains("<td>Never</td>");
    }

    @Test
    void theUserPagesSpeakFrench() {
        Cookie admin = signIn(ADMIN);
        String list = html(mvc.get()
                .uri("/admin/users?role=trainer")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .cookie(admin));
        assertThat(list)
                .contains("<html lang=\"fr\"", "Utilisateurs", "Nouvel utilisateur", "Tous les rôles", "Formateur")
                .contains("Dernière connexion", "Modifier");

        String edit = html(mvc.get().uri("/admin/users/" + adminId + "?lang=fr").cookie(admin));
        assertThat(edit)
                .contains("Supprimer le compte", "Administrateur", "Enregistrer", "Retour aux utilisateurs")
                .contains("Les heures sont celles du fuseau horaire de l&#39;institut (Africa/Douala).");
    }

    private Cookie signIn(String email) {
        return Logins.pageSession(mvc, email);
    }

    private static String html(MockMvcTester.MockMvcRequestBuilder request) {
        return html(request.exchange());
    }

    private static String html(MvcTestResult result) {
        return Logins.html(result);
    }

    private static void person(String email, String firstName, String lastName, String role, String status) {
        JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                .sql("""
                        INSERT INTO users (email, password_hash, first_name, last_name, role, status)
                        VALUES (?, 'not-a-usable-hash', ?, ?, ?, ?)""")
                .params(email, firstName, lastName, role, status)
                .update();
    }
}
