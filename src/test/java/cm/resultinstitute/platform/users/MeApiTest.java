package cm.resultinstitute.platform.users;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Everyone manages their own profile and password, and nothing more. */
@PlatformTest
class MeApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void meShowsTheCallersAccount() {
        SignedIn jane = Logins.newUser(mvc, "me@example.com", "participant");
        MvcTestResult me = mvc.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, jane.bearer())
                .exchange();
        assertThat(me).hasStatusOk();
        assertThat(me).bodyJson().extractingPath("$.id").isEqualTo(jane.id());
        assertThat(me).bodyJson().extractingPath("$.email").isEqualTo("me@example.com");
        assertThat(me).bodyJson().doesNotHavePath("$.passwordHash");
        assertThat(me).bodyJson().hasPath("$.lastLoginAt");
    }

    @Test
    void profileChangesOnlyWhatIsSentAndIsAudited() {
        SignedIn jane = Logins.newUser(mvc, "profile@example.com", "participant");
        MvcTestResult changed =
                patchMe(jane, "{\"firstName\": \"Janet\", \"phone\": \"+237 677 00 11 22\", \"bio\": \"Coach\"}");
        assertThat(changed).hasStatusOk();
        assertThat(changed).bodyJson().extractingPath("$.firstName").isEqualTo("Janet");
        assertThat(changed).bodyJson().extractingPath("$.lastName").isEqualTo("participant");
        assertThat(changed).bodyJson().extractingPath("$.phone").isEqualTo("+237 677 00 11 22");

        assertThat(patchMe(jane, "{\"bio\": \"\"}"))
                .bodyJson()
                .extractingPath("$.bio")
                .isNull();
        assertThat(jdbc.sql("SELECT metadata->'changes'->'firstName'->>'new' FROM activity_logs"
                                + " WHERE action = 'user_updated' AND entity_id = ? ORDER BY id LIMIT 1")
                        .param(jane.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Janet");
    }

    @Test
    void aNameIsAsLongAsItsCharactersNotItsUtf16Units() {
        SignedIn jane = Logins.newUser(mvc, "emoji@example.com", "participant");
        String sixtyEmoji = "😀".repeat(60);

        assertThat(patchMe(jane, "{\"lastName\": \"" + sixtyEmoji + "\"}"))
                .bodyJson()
                .extractingPath("$.lastName")
                .isEqualTo(sixtyEmoji);
        MvcTestResult tooLong = patchMe(jane, "{\"lastName\": \"" + "😀".repeat(101) + "\"}");
        assertThat(tooLong).hasStatus(400);
        assertThat(tooLong)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("100");
    }

    @Test
    void roleStatusAndVerificationCannotBeSetThroughTheProfile() {
        SignedIn jane = Logins.newUser(mvc, "climber@example.com", "participant");
        for (String field : new String[] {
            "\"role\": \"admin\"", "\"status\": \"active\"", "\"emailVerified\": true", "\"email\": \"x@y.cm\""
        }) {
            assertThat(patchMe(jane, "{" + field + "}")).hasStatus(400);
        }
        assertThat(jdbc.sql("SELECT role FROM users WHERE id = ?")
                        .param(jane.id())
                        .query(String.class)
                        .single())
                .isEqualTo("participant");
    }

    @Test
    void nullOrEmptyClearsAPhoneAvatarOrBioAndAFieldLeftOutStays() {
        SignedIn jane = Logins.newUser(mvc, "clearing@example.com", "participant");
        assertThat(patchMe(
                        jane,
                        "{\"phone\": \"+237 6 99 12 34 56\", \"bio\": \"Mentor\","
                                + " \"avatarUrl\": \"https://images.example.cm/jane.jpg\"}"))
                .hasStatusOk();

        MvcTestResult kept = patchMe(jane, "{\"firstName\": \"Janet\"}");
        assertThat(kept).bodyJson().extractingPath("$.phone").isEqualTo("+237 6 99 12 34 56");
        assertThat(kept).bodyJson().extractingPath("$.bio").isEqualTo("Mentor");

        MvcTestResult cleared = patchMe(jane, "{\"phone\": null, \"bio\": \"\"}");
        assertThat(cleared).hasStatusOk();
        assertThat(cleared).bodyJson().extractingPath("$.phone").isNull();
        assertThat(cleared).bodyJson().extractingPath("$.bio").isNull();
        assertThat(cleared).bodyJson().extractingPath("$.avatarUrl").isEqualTo("https://images.example.cm/jane.jpg");

        assertThat(patchMe(jane, "{\"avatarUrl\": null}"))
                .bodyJson()
                .extractingPath("$.avatarUrl")
                .isNull();
    }

    @Test
    void invalidProfileValuesAre400() {
        SignedIn jane = Logins.newUser(mvc, "invalid@example.com", "participant");
        assertThat(patchMe(jane, "{\"firstName\": \"\"}")).hasStatus(400);
        MvcTestResult badPhone = patchMe(jane, "{\"phone\": \"call me maybe\"}");
        assertThat(badPhone).hasStatus(400);
        assertThat(badPhone).bodyJson().extractingPath("$.errors[0].field").isEqualTo("phone");
        assertThat(patchMe(jane, "{\"avatarUrl\": \"javascript:alert(1)\"}")).hasStatus(400);
        assertThat(patchMe(jane, "{\"language\": \"de\"}")).hasStatus(400);
        assertThat(patchMe(jane, "{\"firstName\": \"" + "x".repeat(101) + "\"}"))
                .hasStatus(400);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        SignedIn jane = Logins.newUser(mvc, "password@example.com", "participant");

        MvcTestResult wrong = changePassword(jane, "not-my-password", "A-new-password-1");
        assertThat(wrong).hasStatus(400);
        assertThat(wrong).bodyJson().extractingPath("$.errors[0].field").isEqualTo("currentPassword");
        assertThat(changePassword(jane, TestAccounts.PASSWORD, "tiny")).hasStatus(400);

        assertThat(changePassword(jane, TestAccounts.PASSWORD, "A-new-password-1"))
                .hasStatus(204);
        assertThat(Logins.attempt(mvc, "password@example.com", "A-new-password-1"))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/v1/auth/refresh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refreshToken\": \"" + jane.refreshToken() + "\"}")
                        .exchange())
                .hasStatus(401);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'password_changed' AND user_id = ?")
                        .param(jane.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anonymousCallersHaveNoAccount() {
        assertThat(mvc.get().uri("/api/v1/me").exchange()).hasStatus(401);
        assertThat(mvc.patch()
                        .uri("/api/v1/me")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .exchange())
                .hasStatus(401);
    }

    private MvcTestResult patchMe(SignedIn user, String json) {
        return mvc.patch()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private MvcTestResult changePassword(SignedIn user, String current, String next) {
        return mvc.post()
                .uri("/api/v1/me/password")
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"" + current + "\", \"newPassword\": \"" + next + "\"}")
                .exchange();
    }
}
