package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.shared.security.SecretTokens;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class AuthApiTest {

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void registrationCreatesAnUnverifiedParticipantAndMailsAVerificationLink() {
        MvcTestResult registered = register("{\"email\": \" Amina.Njoya@Example.CM \", \"password\": \"Long-enough-1\","
                + " \"firstName\": \"Amina\", \"lastName\": \"Njoya\", \"phone\": \"+237 699 11 22 33\"}");

        assertThat(registered).hasStatus(201);
        assertThat(registered).headers().containsHeader("Location");
        assertThat(registered).bodyJson().extractingPath("$.email").isEqualTo("amina.njoya@example.cm");
        assertThat(registered).bodyJson().extractingPath("$.role").isEqualTo("participant");
        assertThat(registered).bodyJson().extractingPath("$.status").isEqualTo("active");
        assertThat(registered).bodyJson().extractingPath("$.emailVerified").isEqualTo(false);
        assertThat(registered).bodyJson().doesNotHavePath("$.passwordHash");
        assertThat(activity("user_registered")).isPositive();

        MimeMessage mail = Mailbox.awaitMailTo("amina.njoya@example.cm", "Confirm your email address");
        String token = Mailbox.token(mail);
        assertThat(Mailbox.link(mail)).startsWith("http://localhost:8080/verify-email?token=");

        assertThat(post("/api/v1/auth/verify-email", "{\"token\": \"" + token + "\"}"))
                .hasStatus(204);
        assertThat(jdbc.sql("SELECT email_verified FROM users WHERE email = 'amina.njoya@example.cm'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(post("/api/v1/auth/verify-email", "{\"token\": \"" + token + "\"}"))
                .as("a verification link works once")
                .hasStatus(400);
    }

    @Test
    void registrationInFrenchMailsInFrench() {
        MvcTestResult registered = mvc.post()
                .uri("/api/v1/auth/register")
                .header("Accept-Language", "fr")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"email\": \"paul.biya@example.cm\", \"password\": \"Long-enough-1\", \"firstName\": \"Paul\","
                                + " \"lastName\": \"Biya\"}")
                .exchange();
        assertThat(registered).bodyJson().extractingPath("$.language").isEqualTo("fr");
        Mailbox.awaitMailTo("paul.biya@example.cm", "Confirmez votre adresse e-mail");
    }

    @Test
    void anEmailIsOneAccountWhateverItsCase() {
        TestData.shared().user("taken@example.com", "participant");
        MvcTestResult duplicate = register("{\"email\": \"TAKEN@example.com\", \"password\": \"Long-enough-1\","
                + " \"firstName\": \"A\", \"lastName\": \"B\"}");
        assertThat(duplicate).hasStatus(409);
        assertThat(duplicate).bodyJson().extractingPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void anEmailIsOneAccountWhateverSpacesSurroundIt() throws Exception {
        // Beyond what the API document allows (an address with spaces), so sent past its checks.
        HttpResponse<String> spaced = outsideTheDocument(
                "/api/v1/auth/register",
                "{\"email\": \"\\u00a0\\u2003Spaced@Example.com\\u200b \", \"password\": \"Long-enough-1\","
                        + " \"firstName\": \"A\", \"lastName\": \"B\"}");
        assertThat(spaced.statusCode()).isEqualTo(201);
        assertThat(spaced.body()).contains("\"email\":\"spaced@example.com\"");
        assertThat(register("{\"email\": \"spaced@example.com\", \"password\": \"Long-enough-1\","
                        + " \"firstName\": \"A\", \"lastName\": \"B\"}"))
                .hasStatus(409);
        assertThat(outsideTheDocument(
                                "/api/v1/auth/login",
                                "{\"email\": \"\\u00a0spaced@example.com\", \"password\": \"Long-enough-1\"}")
                        .statusCode())
                .isEqualTo(200);
        for (String inside :
                new String[] {"zw\\u200bsp@example.com", "no\\u00a0break@example.com", "tab\\tin@example.com"}) {
            MvcTestResult refused = register("{\"email\": \"" + inside + "\", \"password\": \"Long-enough-1\","
                    + " \"firstName\": \"A\", \"lastName\": \"B\"}");
            assertThat(refused).as(inside).hasStatus(400);
            assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("email");
        }
    }

    private HttpResponse<String> outsideTheDocument(String path, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void registrationCannotChooseItsRoleStatusOrVerification() {
        for (String extra : new String[] {"\"role\": \"admin\"", "\"status\": \"active\"", "\"emailVerified\": true"}) {
            MvcTestResult attempt = register("{\"email\": \"sneaky@example.com\", \"password\": \"Long-enough-1\","
                    + " \"firstName\": \"S\", \"lastName\": \"N\", " + extra + "}");
            assertThat(attempt).hasStatus(400);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = 'sneaky@example.com'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void passwordsFollowTheRules() {
        assertPasswordRefused("short-1");
        assertPasswordRefused("é".repeat(37));
        assertPasswordRefused("rules@example.com");
        assertThat(register("{\"email\": \"rules@example.com\", \"password\": \"" + "a".repeat(72) + "\","
                        + " \"firstName\": \"R\", \"lastName\": \"U\"}"))
                .as("72 bytes is the most BCrypt reads, and allowed")
                .hasStatus(201);
    }

    @Test
    void loginAnswersTokensAndTheUser() {
        TestData.shared().user("jane@example.com", "participant");
        MvcTestResult login = Logins.attempt(mvc, " Jane@Example.com", TestAccounts.PASSWORD);

        assertThat(login).hasStatusOk();
        assertThat(login).headers().hasValue("Cache-Control", "no-store");
        assertThat(login).bodyJson().extractingPath("$.tokenType").isEqualTo("Bearer");
        assertThat(login).bodyJson().extractingPath("$.expiresIn").isEqualTo(900);
        assertThat(login).bodyJson().extractingPath("$.user.email").isEqualTo("jane@example.com");
        assertThat(login).bodyJson().extractingPath("$.user.lastLoginAt").isNotNull();
        assertThat(login).bodyJson().extractingPath("$.refreshToken").asString().hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs a JOIN users u ON u.id = a.user_id"
                                + " WHERE a.action = 'user_login' AND u.email = 'jane@example.com'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        TestData.shared().user("known@example.com", "participant");
        long failuresBefore = activity("login_failed");
        MvcTestResult wrongPassword = Logins.attempt(mvc, "known@example.com", "not-the-password");
        MvcTestResult unknownEmail = Logins.attempt(mvc, "nobody@example.com", "not-the-password");

        assertThat(wrongPassword).hasStatus(401);
        assertThat(unknownEmail).hasStatus(401);
        assertThat(withoutInstance(Logins.body(wrongPassword))).isEqualTo(withoutInstance(Logins.body(unknownEmail)));
        assertThat(activity("login_failed")).isEqualTo(failuresBefore + 2);
    }

    @Test
    void anUnknownEmailCostsAsMuchAsAWrongPassword() {
        String userHash = passwordEncoder.encode("any password");
        assertThat(SignIn.UNKNOWN_EMAIL_HASH)
                .as("a BCrypt hash at the cost of the platform's own hashes")
                .hasSize(userHash.length())
                .startsWith(userHash.substring(0, 7));
        assertThat(passwordEncoder.matches("not-the-password", SignIn.UNKNOWN_EMAIL_HASH))
                .isFalse();
        assertThat(passwordEncoder.upgradeEncoding(SignIn.UNKNOWN_EMAIL_HASH)).isFalse();
    }

    @Test
    void inactiveAndSuspendedAccountsAreRefusedAfterACorrectPassword() {
        TestData data = TestData.shared();
        int suspended = data.user("suspended@example.com", "participant");
        int inactive = data.user("inactive@example.com", "trainer");
        jdbc.sql("UPDATE users SET status = 'suspended' WHERE id = ?")
                .param(suspended)
                .update();
        jdbc.sql("UPDATE users SET status = 'inactive' WHERE id = ?")
                .param(inactive)
                .update();

        assertThat(Logins.attempt(mvc, "suspended@example.com", TestAccounts.PASSWORD))
                .hasStatus(403);
        assertThat(Logins.attempt(mvc, "inactive@example.com", TestAccounts.PASSWORD))
                .hasStatus(403);
        assertThat(Logins.attempt(mvc, "suspended@example.com", "wrong-password"))
                .as("a wrong password says nothing about the account")
                .hasStatus(401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        SignedIn jane = Logins.newUser(mvc, "logout@example.com", "participant");
        assertThat(post("/api/v1/auth/logout", "{\"refreshToken\": \"" + jane.refreshToken() + "\"}"))
                .hasStatus(204);
        assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\": \"" + jane.refreshToken() + "\"}"))
                .hasStatus(401);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'user_logout' AND user_id = ?")
                        .param(jane.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refreshTokensAreStoredOnlyAsTheirDigest() {
        SignedIn jane = Logins.newUser(mvc, "digest@example.com", "participant");
        String stored = jdbc.sql("SELECT token FROM refresh_tokens WHERE user_id = ?")
                .param(jane.id())
                .query(String.class)
                .single();
        assertThat(stored).matches("[0-9a-f]{64}").isNotEqualTo(jane.refreshToken());
        assertThat(stored).isEqualTo(SecretTokens.hash(jane.refreshToken()));
    }

    @Test
    void malformedLoginIs400() {
        assertThat(post("/api/v1/auth/login", "{\"email\": \"x@example.com\"}")).hasStatus(400);
        assertThat(post("/api/v1/auth/login", "not json")).hasStatus(400);
    }

    private void assertPasswordRefused(String password) {
        MvcTestResult refused = register("{\"email\": \"rules@example.com\", \"password\": \"" + password + "\","
                + " \"firstName\": \"R\", \"lastName\": \"U\"}");
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("password");
    }

    private MvcTestResult register(String json) {
        return post("/api/v1/auth/register", json);
    }

    private MvcTestResult post(String uri, String json) {
        return mvc.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private long activity(String action) {
        return jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    private static String withoutInstance(String body) {
        return JsonPath.parse(body).delete("$.instance").jsonString();
    }
}
