package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A caller whose role may never use an endpoint is refused before the body is read: an empty or wrong body tells
 * them nothing about what the endpoint wants. Those who may use it still get their body checked.
 */
@PlatformTest
class RolesCheckedFirstTest {

    static Cast cast;

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        cast = Cast.create(mvc);
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v1/users, trainer",
        "PATCH, /api/v1/users/1, trainer",
        "POST, /api/v1/trainings, participant",
        "POST, /api/v1/blog/posts, participant",
        "POST, /api/v1/projects, participant"
    })
    void aRoleThatMayNotIsRefusedWhateverTheBody(HttpMethod method, String path, String role) {
        for (String body : new String[] {"{}", "{\"nonsense\": 1}", "[]"}) {
            assertThat(send(method, path, cast.as(role), body)).as(body).hasStatus(403);
            assertThat(send(method, path, null, body)).as(body).hasStatus(401);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v1/users, admin",
        "POST, /api/v1/trainings, trainer",
        "POST, /api/v1/blog/posts, trainer",
        "POST, /api/v1/projects, trainer"
    })
    void aRoleThatMayHasItsBodyChecked(HttpMethod method, String path, String role) {
        MvcTestResult refused = send(method, path, cast.as(role), "{}");

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().hasPath("$.errors[0].field");
    }

    private MvcTestResult send(HttpMethod method, String path, SignedIn caller, String body) {
        var request = mvc.method(method)
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        return request.exchange();
    }
}
