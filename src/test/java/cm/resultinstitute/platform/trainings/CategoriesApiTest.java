package cm.resultinstitute.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The list of categories: named in both languages, read by anyone, changed by admins only, never pulled from under a training. */
@PlatformTest
class CategoriesApiTest {

    private static final String NEW = """
            {"value": "Digital Skills", "nameEn": "Digital Skills", "nameFr": "Compétences numériques"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Cast cast;

    @BeforeEach
    void people() {
        jdbc.sql("TRUNCATE users, trainings, blog_posts, activity_logs RESTART IDENTITY CASCADE")
                .update();
        cast = Cast.create(mvc);
    }

    @AfterEach
    void backToTheSeededList() {
        jdbc.sql("DELETE FROM categories WHERE value = 'Digital Skills'").update();
    }

    @Test
    void anyoneReadsTheSeededCategoriesInTheirLanguage() {
        MvcTestResult french = send(null, HttpMethod.GET, "/api/v1/categories?lang=fr", null);
        assertThat(french).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        String body = Logins.body(french);
        assertThat(JsonPath.<List<String>>read(body, "$[*].value"))
                .containsExactlyInAnyOrder(
                        "Personal Development",
                        "Executive Development",
                        "Leadership Training",
                        "Youth Empowerment",
                        "Entrepreneurship Coaching");
        assertThat(JsonPath.<List<String>>read(body, "$[?(@.value == 'Youth Empowerment')].name"))
                .containsExactly("Autonomisation des jeunes");
        assertThat(JsonPath.<List<String>>read(
                        Logins.body(send(null, HttpMethod.GET, "/api/v1/categories", null)),
                        "$[?(@.value == 'Youth Empowerment')].name"))
                .containsExactly("Youth Empowerment");
    }

    @ParameterizedTest
    @CsvSource({"anonymous, 401", "participant, 403", "trainer, 403", "otherTrainer, 403", "admin, 201"})
    void onlyAdminsAddCategories(String role, int expected) {
        assertThat(send(cast.as(role), HttpMethod.POST, "/api/v1/categories", NEW))
                .hasStatus(expected);
    }

    @Test
    void anAddedCategoryNamesTrainingsInBothLanguages() {
        MvcTestResult added = send(cast.admin(), HttpMethod.POST, "/api/v1/categories", NEW);
        assertThat(added).hasStatus(201);
        assertThat(added.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/categories/Digital%20Skills");
        assertThat(send(
                        cast.admin(),
                        HttpMethod.POST,
                        "/api/v1/categories",
                        NEW.replace("Digital Skills\", \"nameEn", "digital skills\", \"nameEn")))
                .as("values are unique whatever their case")
                .hasStatus(409);
        assertThat(send(cast.admin(), HttpMethod.POST, "/api/v1/categories", "{\"value\": \"X\", \"nameEn\": \"X\"}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("nameFr");

        MvcTestResult training = send(
                cast.trainer(),
                HttpMethod.POST,
                "/api/v1/trainings",
                "{\"title\": \"Spreadsheets\", \"category\": \"Digital Skills\", \"status\": \"published\"}");
        int id = JsonPath.read(Logins.body(training), "$.id");
        assertThat(send(null, HttpMethod.GET, "/api/v1/trainings/" + id + "?lang=fr", null))
                .bodyJson()
                .extractingPath("$.categoryName")
                .isEqualTo("Compétences numériques");

        assertThat(send(
                        cast.admin(),
                        HttpMethod.PATCH,
                        "/api/v1/categories/Digital Skills",
                        "{\"nameFr\": \"Outils numériques\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.nameFr")
                .isEqualTo("Outils numériques");
        assertThat(send(cast.trainer(), HttpMethod.PATCH, "/api/v1/categories/Digital Skills", "{\"nameFr\": \"Non\"}"))
                .hasStatus(403);

        MvcTestResult inUse = send(cast.admin(), HttpMethod.DELETE, "/api/v1/categories/Digital Skills", null);
        assertThat(inUse).hasStatus(409);
        assertThat(inUse).bodyJson().extractingPath("$.type").asString().endsWith("/category-in-use");
        assertThat(send(cast.trainer(), HttpMethod.DELETE, "/api/v1/trainings/" + id, null))
                .hasStatus(204);
        assertThat(send(cast.otherTrainer(), HttpMethod.DELETE, "/api/v1/categories/Digital Skills", null))
                .hasStatus(403);
        assertThat(send(cast.admin(), HttpMethod.DELETE, "/api/v1/categories/Digital Skills", null))
                .hasStatus(204);
        assertThat(send(cast.admin(), HttpMethod.DELETE, "/api/v1/categories/Digital Skills", null))
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action LIKE 'category_%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    private MvcTestResult send(SignedIn caller, HttpMethod method, String uri, String json) {
        var request = mvc.method(method).uri(uri);
        if (caller != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }
}
