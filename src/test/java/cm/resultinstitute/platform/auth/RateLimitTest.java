package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Attempts are counted in PostgreSQL per account and per client address, refused with 429, and forgotten in time. */
@PlatformTest
class RateLimitTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppProperties properties;

    /** Counters live in fixed windows: each test starts one minute into a window, so none ends under its feet. */
    @BeforeEach
    void earlyInAWindow() {
        Instant now = Instant.now();
        MutableClock.INSTANCE.setTo(Instant.ofEpochSecond(now.getEpochSecond() - now.getEpochSecond() % 3600 + 60));
    }

    @AfterEach
    void fresh() {
        MutableClock.INSTANCE.reset();
        jdbc.sql("DELETE FROM rate_limits").update();
    }

    @Test
    void fiveFailuresLockTheAccountForAWhileThenItRecovers() {
        TestData.shared().user("target@example.com", "participant");
        for (int i = 0; i < 5; i++) {
            assertThat(login("target@example.com", "wrong-password", "10.0.0." + i))
                    .hasStatus(401);
        }

        MvcTestResult locked = login("target@example.com", TestAccounts.PASSWORD, "10.0.0.99");
        assertThat(locked).as("even the right password waits").hasStatus(429);
        assertThat(locked).headers().containsHeader("Retry-After");
        assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After")))
                .isBetween(1L, 900L);
        assertThat(jdbc.sql("SELECT count(*) FROM rate_limits WHERE bucket_key = 'login:account:target@example.com'")
                        .query(Long.class)
                        .single())
                .as("the counter lives in the database, shared by every instance")
                .isEqualTo(1);

        MutableClock.INSTANCE.advance(Duration.ofMinutes(16));
        assertThat(login("target@example.com", TestAccounts.PASSWORD, "10.0.0.99"))
                .hasStatusOk();
    }

    @Test
    void anEmailLongerThanTheCounterColumnIsCountedUnderItsHash() {
        String longEmail = "x".repeat(400) + "@example.com";
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.post()
                            .uri("/login")
                            .param("email", longEmail)
                            .param("password", "wrong-password")
                            .with(csrf())
                            .exchange())
                    .as("the sign-in form, which has no length limit of its own")
                    .hasStatus3xxRedirection();
        }

        assertThat(jdbc.sql("SELECT hits FROM rate_limits WHERE bucket_key LIKE 'login:account:xxx%#%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void oneAddressFailingOnManyAccountsIsStopped() {
        for (int i = 0; i < 20; i++) {
            assertThat(login("nobody" + i + "@example.com", "wrong-password", null))
                    .hasStatus(401);
        }
        assertThat(login("nobody-else@example.com", "wrong-password", null)).hasStatus(429);
    }

    @Test
    void forwardedForIsIgnoredWithoutATrustedProxy() {
        for (int i = 0; i < 20; i++) {
            assertThat(login("spoof" + i + "@example.com", "wrong-password", "203.0.113." + i))
                    .hasStatus(401);
        }
        assertThat(login("spoof-more@example.com", "wrong-password", "198.51.100.7"))
                .as("a forged X-Forwarded-For does not reset the count of the real address")
                .hasStatus(429);
    }

    @Test
    void successfulSignInsFromOneAddressDoNotUseUpItsAllowance() {
        for (int i = 0; i < 25; i++) {
            TestData.shared().user("classmate" + i + "@example.com", "participant");
            assertThat(login("classmate" + i + "@example.com", TestAccounts.PASSWORD, null))
                    .as("a classroom behind one address signs in")
                    .hasStatusOk();
        }
        for (int i = 0; i < 20; i++) {
            assertThat(login("classmate" + i + "@example.com", "wrong-password", null))
                    .hasStatus(401);
        }
        assertThat(login("classmate24@example.com", "wrong-password", null)).hasStatus(429);
    }

    @Test
    void aRefusedAttemptIsNotCountedTwice() {
        TestData.shared().user("counted@example.com", "participant");
        for (int i = 0; i < 8; i++) {
            login("counted@example.com", "wrong-password", null);
        }
        assertThat(jdbc.sql("SELECT hits FROM rate_limits WHERE bucket_key = 'login:account:counted@example.com'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT hits FROM rate_limits WHERE bucket_key = 'login:address:127.0.0.1'")
                        .query(Integer.class)
                        .single())
                .as("attempts the account refused took nothing from the address")
                .isEqualTo(5);
    }

    @Test
    void registrationsPerAddressAreLimited() {
        int limit = properties.rateLimits().registrationPerAddress().attempts();
        assertThat(limit).as("a training room registers behind one address").isGreaterThanOrEqualTo(100);
        assertThat(register("first@example.com")).hasStatus(201);
        spent("register:address:127.0.0.1", limit - 1);
        assertThat(register("last@example.com")).hasStatus(201);

        MvcTestResult refused = register("one-too-many@example.com");
        assertThat(refused).hasStatus(429);
        assertThat(refused).headers().containsHeader("Retry-After");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = 'one-too-many@example.com'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void resetRequestsBeyondTheLimitAreAnsweredAlikeAndMailNothing() {
        TestData.shared().user("forgetful@example.com", "participant");
        int limit = properties.rateLimits().passwordResetPerAddress().attempts();
        assertThat(resetRequest("someone@example.com")).hasStatus(202);
        spent("reset:address:127.0.0.1", limit);

        assertThat(resetRequest("forgetful@example.com")).hasStatus(202);
        assertThat(resetMails("forgetful@example.com")).isZero();

        MutableClock.INSTANCE.advance(Duration.ofMinutes(61));
        assertThat(resetRequest("forgetful@example.com")).hasStatus(202);
        assertThat(resetMails("forgetful@example.com")).isEqualTo(1);
    }

    /** As if the address had already made this many attempts in the current window. */
    private void spent(String bucket, int hits) {
        assertThat(jdbc.sql("UPDATE rate_limits SET hits = ? WHERE bucket_key = ?")
                        .params(hits, bucket)
                        .update())
                .isEqualTo(1);
    }

    private long resetMails(String email) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ? AND template = 'password-reset'")
                .param(email)
                .query(Long.class)
                .single();
    }

    private MvcTestResult login(String email, String password, String forwardedFor) {
        var request = mvc.post()
                .uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
        if (forwardedFor != null) {
            request = request.header("X-Forwarded-For", forwardedFor);
        }
        return request.exchange();
    }

    private MvcTestResult register(String email) {
        return mvc.post()
                .uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email
                        + "\", \"password\": \"Long-enough-1\", \"firstName\": \"N\", \"lastName\": \"E\"}")
                .exchange();
    }

    private MvcTestResult resetRequest(String email) {
        return mvc.post()
                .uri("/api/v1/auth/password-reset")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\"}")
                .exchange();
    }
}
