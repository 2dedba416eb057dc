package cm.resultinstitute.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signs test users in through the API, as a client would: real tokens for the authorisation tests. */
public final class Logins {

    private Logins() {}

    public static MvcTestResult attempt(MockMvcTester mvc, String email, String password) {
        return mvc.post()
                .uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}")
                .exchange();
    }

    public static SignedIn signIn(MockMvcTester mvc, String email, String password) {
        MvcTestResult result = attempt(mvc, email, password);
        assertThat(result).hasStatusOk();
        String body = body(result);
        return new SignedIn(
                JsonPath.read(body, "$.user.id"),
                email,
                JsonPath.read(body, "$.accessToken"),
                JsonPath.read(body, "$.refreshToken"));
    }

    /** Creates a user with {@link TestAccounts#PASSWORD} and signs them in. */
    public static SignedIn newUser(MockMvcTester mvc, String email, String role) {
        TestData.shared().user(email, role);
        return signIn(mvc, email, TestAccounts.PASSWORD);
    }

    /**
     * Signs in through the login form, as a browser would; the page session lives in PostgreSQL (Spring Session), so
     * its cookie, not a mock session, carries it to the next requests.
     */
    public static jakarta.servlet.http.Cookie pageSession(MockMvcTester mvc, String email) {
        MvcTestResult login = mvc.post()
                .uri("/login")
                .param("email", email)
                .param("password", TestAccounts.PASSWORD)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        assertThat(login).hasStatus3xxRedirection();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return sessionCookie(login);
    }

    /** The HTML of a page that must have answered 200. */
    public static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return body(result);
    }

    /** The page session a form login answered with (Spring Session keeps it in PostgreSQL, named by this cookie). */
    public static jakarta.servlet.http.Cookie sessionCookie(MvcTestResult login) {
        jakarta.servlet.http.Cookie cookie = login.getResponse().getCookie("RI_SESSION");
        assertThat(cookie).as("the session cookie").isNotNull();
        return cookie;
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
