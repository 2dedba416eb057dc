package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.HttpVisitor;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SecondInstance;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Access ends when it should, on every instance: two instances share one database, a change is made on one, and
 * within a second the other refuses the old access token (401) and the old page session (to the login page).
 */
@PlatformTest
class AccessRevocationTest {

    @RegisterExtension
    static SecondInstance other = new SecondInstance();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    SignedIn admin;

    @BeforeEach
    void anAdmin() {
        admin = Logins.newUser(mvc, "admin" + System.nanoTime() + "@revocation.test", "admin");
    }

    @Test
    void aSuspendedParticipantLosesTokenRefreshAndPageSessionOnTheOtherInstance() {
        Access jane = signedInEverywhere(newUser("participant"));

        changeOnThisInstance(jane.user(), "{\"status\": \"suspended\"}");

        assertRefusedWithinASecond(jane);
        assertThat(HttpVisitor.json(
                                "POST",
                                other.url("/api/v1/auth/refresh"),
                                "{\"refreshToken\": \"" + jane.user().refreshToken() + "\"}")
                        .statusCode())
                .isEqualTo(401);
        assertThat(Logins.attempt(mvc, jane.user().email(), TestAccounts.PASSWORD))
                .hasStatus(403);
    }

    @Test
    void aDemotedAdminCanNoLongerCreateAccountsFromTheirOldSession() {
        Access former = signedInEverywhere(newUser("admin"));
        assertThat(former.pages().get(other.url("/admin/users")).statusCode()).isEqualTo(200);

        changeOnThisInstance(former.user(), "{\"role\": \"trainer\"}");

        assertRefusedWithinASecond(former);
        HttpResponse<String> creation = former.pages()
                .post(
                        other.url("/admin/users/new"),
                        Map.of(
                                "email", "usurper@revocation.test",
                                "firstName", "Usurper",
                                "lastName", "Admin",
                                "role", "admin",
                                "status", "active",
                                "password", "Another-Long-Password-1"));
        assertThat(creation.statusCode()).isIn(302, 403);
        assertThat(creation.headers().firstValue(HttpHeaders.LOCATION))
                .hasValueSatisfying(location -> assertThat(location).isEqualTo("/login"));
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = 'usurper@revocation.test'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPromotionEndsTheOldAccessToo() {
        Access promoted = signedInEverywhere(newUser("participant"));

        changeOnThisInstance(promoted.user(), "{\"role\": \"trainer\"}");

        assertRefusedWithinASecond(promoted);
        SignedIn again = Logins.signIn(mvc, promoted.user().email(), TestAccounts.PASSWORD);
        assertThat(meOnTheOtherInstance(again).body()).contains("\"role\":\"trainer\"");
    }

    @Test
    void aNewPasswordEndsEveryOldSignInButNotTheNextOne() {
        SignedIn user = newUser("participant");
        Access first = signedInEverywhere(user);
        SignedIn second = Logins.signIn(mvc, user.email(), TestAccounts.PASSWORD);

        assertThat(mvc.post()
                        .uri("/api/v1/me/password")
                        .header(HttpHeaders.AUTHORIZATION, user.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + TestAccounts.PASSWORD
                                + "\", \"newPassword\": \"A-Brand-New-Password-7\"}"))
                .hasStatus(204);

        assertRefusedWithinASecond(first);
        assertThat(meOnTheOtherInstance(second).statusCode()).isEqualTo(401);
        SignedIn afterwards = Logins.signIn(mvc, user.email(), "A-Brand-New-Password-7");
        assertThat(meOnTheOtherInstance(afterwards).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeletedUsersTokenAndSessionStopWorking() {
        Access gone = signedInEverywhere(newUser("participant"));

        assertThat(mvc.delete()
                        .uri("/api/v1/users/" + gone.user().id())
                        .header(HttpHeaders.AUTHORIZATION, admin.bearer()))
                .hasStatus(204);

        assertRefusedWithinASecond(gone);
    }

    @Test
    void signingOutEndsTheAccessTokenOfThatSignInOnlyOnEveryInstance() {
        SignedIn user = newUser("participant");
        SignedIn phone = Logins.signIn(mvc, user.email(), TestAccounts.PASSWORD);
        assertThat(meOnTheOtherInstance(user).statusCode()).isEqualTo(200);

        assertThat(mvc.post()
                        .uri("/api/v1/auth/logout")
                        .header(HttpHeaders.AUTHORIZATION, user.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refreshToken\": \"" + user.refreshToken() + "\"}"))
                .hasStatus(204);

        assertThat(within(
                        Duration.ofSeconds(1), () -> meOnTheOtherInstance(user).statusCode() == 401))
                .as("the signed-out login's access token is refused")
                .isTrue();
        assertThat(meOnTheOtherInstance(phone).statusCode())
                .as("another sign-in of the same user goes on")
                .isEqualTo(200);
        assertThat(mvc.post()
                        .uri("/api/v1/auth/logout")
                        .header(HttpHeaders.AUTHORIZATION, user.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refreshToken\": \"" + user.refreshToken() + "\"}"))
                .as("signing out again, with the dead token still in the header, is harmless")
                .hasStatus(204);
    }

    @Test
    void aRefreshKeepsTheSignInSoThatSigningOutEndsTheRefreshedTokenToo() {
        SignedIn user = newUser("participant");
        HttpResponse<String> refreshed = HttpVisitor.json(
                "POST", other.url("/api/v1/auth/refresh"), "{\"refreshToken\": \"" + user.refreshToken() + "\"}");
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String accessToken = com.jayway.jsonpath.JsonPath.read(refreshed.body(), "$.accessToken");
        String refreshToken = com.jayway.jsonpath.JsonPath.read(refreshed.body(), "$.refreshToken");
        SignedIn current = new SignedIn(user.id(), user.email(), accessToken, refreshToken);
        assertThat(meOnTheOtherInstance(current).statusCode()).isEqualTo(200);

        HttpVisitor.json("POST", url("/api/v1/auth/logout"), "{\"refreshToken\": \"" + refreshToken + "\"}");

        assertThat(within(
                        Duration.ofSeconds(1),
                        () -> meOnTheOtherInstance(current).statusCode() == 401))
                .isTrue();
    }

    @Test
    void signingOutWithAnAlreadyRotatedRefreshTokenStillEndsTheSignIn() {
        SignedIn user = newUser("participant");
        HttpResponse<String> refreshed = HttpVisitor.json(
                "POST", other.url("/api/v1/auth/refresh"), "{\"refreshToken\": \"" + user.refreshToken() + "\"}");
        String accessToken = com.jayway.jsonpath.JsonPath.read(refreshed.body(), "$.accessToken");
        String refreshToken = com.jayway.jsonpath.JsonPath.read(refreshed.body(), "$.refreshToken");
        SignedIn current = new SignedIn(user.id(), user.email(), accessToken, refreshToken);

        assertThat(HttpVisitor.json(
                                "POST",
                                url("/api/v1/auth/logout"),
                                "{\"refreshToken\": \"" + user.refreshToken() + "\"}")
                        .statusCode())
                .as("the first refresh token, rotated away")
                .isEqualTo(204);

        assertThat(within(
                        Duration.ofSeconds(1),
                        () -> meOnTheOtherInstance(current).statusCode() == 401))
                .isTrue();
        assertThat(HttpVisitor.json(
                                "POST",
                                other.url("/api/v1/auth/refresh"),
                                "{\"refreshToken\": \"" + refreshToken + "\"}")
                        .statusCode())
                .as("the refresh token it was rotated into")
                .isEqualTo(401);
    }

    @Test
    void signingOutOfThePagesEndsTheSessionOnEveryInstance() {
        SignedIn user = newUser("participant");
        HttpVisitor browser = new HttpVisitor();
        browser.signIn(url(""), user.email(), TestAccounts.PASSWORD);
        assertThat(browser.get(other.url("/my")).statusCode()).isEqualTo(200);
        String session = browser.cookie("RI_SESSION");

        browser.get(url("/my"));
        HttpResponse<String> signedOut = browser.post(url("/logout"), Map.of());
        assertThat(signedOut.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/login?loggedOut");

        HttpVisitor thief = new HttpVisitor();
        assertThat(thief.get(other.url("/login")).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = java.util.Optional.of(session)
                .map(cookie -> sendWithSession(other.url("/my"), cookie))
                .orElseThrow();
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(replay.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/login");
    }

    @Test
    void aSessionWhoseUserWasSuspendedStraightInTheDatabaseEndsToo() {
        Access jane = signedInEverywhere(newUser("participant"));

        jdbc.sql("UPDATE users SET status = 'inactive' WHERE id = ?")
                .param(jane.user().id())
                .update();

        assertRefusedWithinASecond(jane);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
                        .param(String.valueOf(jane.user().id()))
                        .query(Long.class)
                        .single())
                .as("the refused session is gone from the store")
                .isZero();
    }

    /** The user's access token and a page session, both working on the other instance. */
    private record Access(SignedIn user, HttpVisitor pages) {}

    private Access signedInEverywhere(SignedIn user) {
        HttpVisitor pages = new HttpVisitor();
        HttpResponse<String> login = pages.signIn(other.url(""), user.email(), TestAccounts.PASSWORD);
        assertThat(login.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/my");
        assertThat(pages.get(other.url("/my")).statusCode()).isEqualTo(200);
        assertThat(meOnTheOtherInstance(user).statusCode()).isEqualTo(200);
        return new Access(user, pages);
    }

    private void assertRefusedWithinASecond(Access access) {
        assertThat(within(
                        Duration.ofSeconds(1),
                        () -> meOnTheOtherInstance(access.user()).statusCode() == 401))
                .as("the old access token is refused on the other instance within a second")
                .isTrue();
        HttpResponse<String> page = access.pages().get(other.url("/my"));
        assertThat(page.statusCode()).as("the old page session is over").isEqualTo(302);
        assertThat(page.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/login");
        assertThat(HttpVisitor.bearer(
                                "POST",
                                other.url("/api/v1/trainings/1/enrollments"),
                                access.user().accessToken(),
                                "{}")
                        .statusCode())
                .isEqualTo(401);
    }

    private void changeOnThisInstance(SignedIn user, String changes) {
        assertThat(mvc.patch()
                        .uri("/api/v1/users/" + user.id())
                        .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(changes))
                .hasStatusOk();
    }

    private HttpResponse<String> meOnTheOtherInstance(SignedIn user) {
        return HttpVisitor.bearer("GET", other.url("/api/v1/me"), user.accessToken(), null);
    }

    private SignedIn newUser(String role) {
        String email = role + System.nanoTime() + "@revocation.test";
        TestData.shared().user(email, role);
        return Logins.signIn(mvc, email, TestAccounts.PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static HttpResponse<String> sendWithSession(String url, String session) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                    .header("Cookie", "RI_SESSION=" + session)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the condition comes true before the time is up, asked again every 20 ms. */
    private static boolean within(Duration time, BooleanSupplier condition) {
        long deadline = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
