package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Passwords and tokens go through every flow without ever reaching the logs or the audit trail. */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfRecordsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noPasswordOrTokenIsLoggedOrAudited(CapturedOutput output) {
        List<String> secrets = new ArrayList<>();
        String password = "Secret-Registration-Password-1";
        secrets.add(password);
        post(
                "/api/v1/auth/register",
                "{\"email\": \"secretive@example.com\", \"password\": \"" + password
                        + "\", \"firstName\": \"S\", \"lastName\": \"C\"}");
        String verification = Mailbox.token(Mailbox.awaitMailTo("secretive@example.com", "Confirm your email address"));
        secrets.add(verification);
        post("/api/v1/auth/verify-email", "{\"token\": \"" + verification + "\"}");

        post(
                "/api/v1/auth/login",
                "{\"email\": \"secretive@example.com\", \"password\": \"Wrong-Password-Attempt-7\"}");
        secrets.add("Wrong-Password-Attempt-7");
        SignedIn signedIn = Logins.signIn(mvc, "secretive@example.com", password);
        secrets.add(signedIn.accessToken());
        secrets.add(signedIn.refreshToken());
        String rotated = JsonPath.read(
                Logins.body(post("/api/v1/auth/refresh", "{\"refreshToken\": \"" + signedIn.refreshToken() + "\"}")),
                "$.refreshToken");
        secrets.add(rotated);
        post("/api/v1/auth/refresh", "{\"refreshToken\": \"" + signedIn.refreshToken() + "\"}");

        String newPassword = "Secret-Changed-Password-2";
        secrets.add(newPassword);
        SignedIn again = Logins.signIn(mvc, "secretive@example.com", password);
        mvc.post()
                .uri("/api/v1/me/password")
                .header(HttpHeaders.AUTHORIZATION, again.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"" + password + "\", \"newPassword\": \"" + newPassword + "\"}")
                .exchange();
        post("/api/v1/auth/password-reset", "{\"email\": \"secretive@example.com\"}");
        String reset = Mailbox.token(Mailbox.awaitMailTo("secretive@example.com", "Reset your password"));
        secrets.add(reset);
        String resetPassword = "Secret-Reset-Password-3";
        secrets.add(resetPassword);
        post(
                "/api/v1/auth/password-reset/confirm",
                "{\"token\": \"" + reset + "\", \"newPassword\": \"" + resetPassword + "\"}");

        String audit = String.join(
                "\n",
                jdbc.sql("SELECT coalesce(description, '') || ' ' || coalesce(metadata::text, '')"
                                + " || ' ' || coalesce(user_agent, '') FROM activity_logs")
                        .query(String.class)
                        .list());
        assertThat(audit).contains("registered", "Signed in", "Failed sign-in", "changed their password");
        for (String secret : secrets) {
            assertThat(output.getAll()).as("the logs").doesNotContain(secret);
            assertThat(audit).as("the audit trail").doesNotContain(secret);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE password_hash LIKE '%' || ? || '%'")
                        .param(resetPassword)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult post(String uri, String json) {
        return mvc.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
