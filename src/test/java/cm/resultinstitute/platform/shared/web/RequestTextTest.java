package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * JSON text the database cannot store, and values of the wrong JSON type, are refused naming their field, and change
 * nothing.
 */
@PlatformTest
class RequestTextTest {

    static SignedIn jane;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void aParticipant(@Autowired MockMvcTester mvc) {
        jane = Logins.newUser(mvc, "storable@example.com", "participant");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "\\u0000", "a\\ud800b", "\\udc00", "end\\ud83d"})
    void aNulOrALoneSurrogateIsA400NamingTheField(String bio) {
        MvcTestResult refused = patchMe("{\"firstName\": \"Changed\", \"bio\": \"" + bio + "\"}");

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("bio");
        assertThat(jdbc.sql("SELECT first_name FROM users WHERE id = ?")
                        .param(jane.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Test");
    }

    @Test
    void aLoneSurrogateInAListNamesItsPlace() {
        MvcTestResult refused = mvc.post()
                .uri("/api/v1/blog/posts")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        Logins.newUser(mvc, "storable-author@example.com", "trainer")
                                .bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Tags\", \"content\": \"Text\", \"tags\": [\"ok\", \"x\\ud800\"]}")
                .exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("tags[1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "1.5", "true"})
    void aNumberOrABooleanIsNoText(String value) {
        MvcTestResult refused = patchMe("{\"firstName\": " + value + "}");

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("firstName");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"title\": \"Seats\", \"maxParticipants\": 1.5}|maxParticipants",
                "{\"title\": \"Hours\", \"durationHours\": \"12\"}|durationHours",
                "{\"title\": \"Tags\", \"tags\": [1, 2]}|tags[0]"
            })
    void aFractionOrAStringIsNoWholeNumberAndANumberNoTag(String body, String field) {
        SignedIn trainer = Logins.newUser(mvc, "coercion-" + field.hashCode() + "@example.com", "trainer");
        String path = body.contains("tags") ? "/api/v1/blog/posts" : "/api/v1/trainings";
        MvcTestResult refused = mvc.post()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, trainer.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.contains("tags") ? body.replace("}", ", \"content\": \"Text\"}") : body)
                .exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void surrogatePairsAndOtherTextAreKept() {
        MvcTestResult kept = patchMe("{\"bio\": \"Coach \\ud83d\\ude00 \\u00e9quipe\\ttab\"}");

        assertThat(kept).hasStatusOk();
        assertThat(kept).bodyJson().extractingPath("$.bio").isEqualTo("Coach 😀 équipe\ttab");
    }

    private MvcTestResult patchMe(String json) {
        return mvc.patch()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, jane.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
