package cm.resultinstitute.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.ApiCalls;
import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Trainings in English and French through the API: the reader's language (lang, then preference, then
 * Accept-Language), the fallback to the original, what the answer says it served, and the writer's round trip.
 */
@PlatformTest
class TrainingLanguagesApiTest {

    private static final String FRENCH_TITLE = "Diriger une équipe avec un cap";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Cast cast;

    int translated;
    int untranslated;

    @BeforeEach
    void catalogue() {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        cast = Cast.create(mvc);
        translated = ApiCalls.createdId(
                send(cast.trainer(), HttpMethod.POST, "/api/v1/trainings", """
                {"title": "Leading Teams with Purpose", "description": "Meetings that decide.",
                 "category": "Leadership Training", "status": "published",
                 "translations": {"fr": {"title": "%s", "description": "Des réunions qui décident."}}}""".formatted(FRENCH_TITLE)));
        untranslated = ApiCalls.createdId(send(
                cast.trainer(),
                HttpMethod.POST,
                "/api/v1/trainings",
                "{\"title\": \"Budgeting Basics\", \"category\": \"Money Matters\", \"status\": \"published\"}"));
    }

    @Test
    void theLangParameterChoosesTheLanguageAndTheAnswerSaysWhichOne() {
        MvcTestResult french = ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated + "?lang=fr", "en");
        assertThat(french).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(french).bodyJson().extractingPath("$.title").isEqualTo(FRENCH_TITLE);
        assertThat(french).bodyJson().extractingPath("$.description").isEqualTo("Des réunions qui décident.");
        assertThat(french).bodyJson().extractingPath("$.language").isEqualTo("fr");
        assertThat(french).bodyJson().extractingPath("$.originalLanguage").isEqualTo("en");
        assertThat(french).bodyJson().extractingPath("$.category").isEqualTo("Leadership Training");
        assertThat(french).bodyJson().extractingPath("$.categoryName").isEqualTo("Formation au leadership");
        assertThat(Logins.body(french)).doesNotContain("\"translations\"");

        MvcTestResult english = ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated + "?lang=en", "fr");
        assertThat(english).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(english).bodyJson().extractingPath("$.title").isEqualTo("Leading Teams with Purpose");
        assertThat(english).bodyJson().extractingPath("$.categoryName").isEqualTo("Leadership Training");
    }

    @Test
    void acceptLanguageDecidesWithoutLangAndEnglishIsTheDefault() {
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated, "fr-CM, en;q=0.5"))
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr")
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo(FRENCH_TITLE);
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated, "de, fr;q=0.8"))
                .as("the first language the platform has")
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated, "de"))
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en")
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Leading Teams with Purpose");
        MvcTestResult byDefault = ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated, null);
        assertThat(byDefault).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(byDefault.getResponse().getHeaders(HttpHeaders.VARY))
                .as("caches keep each language apart")
                .contains(HttpHeaders.ACCEPT_LANGUAGE);
    }

    @Test
    void theSignedInUsersPreferenceComesBeforeAcceptLanguageAndAfterLang() {
        SignedIn reader = cast.participant();
        assertThat(send(reader, HttpMethod.PATCH, "/api/v1/me", "{\"language\": \"fr\"}"))
                .hasStatusOk();
        assertThat(ApiCalls.readIn(mvc, reader, "/api/v1/trainings/" + translated, "en"))
                .as("the preference, at once after the change")
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr")
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo(FRENCH_TITLE);
        assertThat(ApiCalls.readIn(mvc, reader, "/api/v1/trainings/" + translated + "?lang=en", "fr"))
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(send(reader, HttpMethod.PATCH, "/api/v1/me", "{\"language\": \"en\"}"))
                .hasStatusOk();
        assertThat(ApiCalls.readIn(mvc, reader, "/api/v1/trainings/" + translated, "fr"))
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
    }

    @Test
    void anUntranslatedTrainingComesInItsOriginalAndSaysSo() {
        MvcTestResult fallback = ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + untranslated + "?lang=fr", null);
        assertThat(fallback).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(fallback).bodyJson().extractingPath("$.title").isEqualTo("Budgeting Basics");
        assertThat(fallback).bodyJson().extractingPath("$.language").isEqualTo("en");
        assertThat(fallback)
                .as("a category off the list is shown as stored")
                .bodyJson()
                .extractingPath("$.categoryName")
                .isEqualTo("Money Matters");

        MvcTestResult list = ApiCalls.readIn(mvc, null, "/api/v1/trainings?lang=fr&sort=title,asc", null);
        assertThat(list).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        String body = Logins.body(list);
        assertThat(JsonPath.<List<String>>read(body, "$.content[*].title"))
                .containsExactly("Budgeting Basics", FRENCH_TITLE);
        assertThat(JsonPath.<List<String>>read(body, "$.content[*].language")).containsExactly("en", "fr");
    }

    @Test
    void aWriterReadsEveryTranslationWhenAsking() {
        MvcTestResult both =
                ApiCalls.readIn(mvc, cast.trainer(), "/api/v1/trainings/" + translated + "?translations=all", "en");
        assertThat(both).bodyJson().extractingPath("$.title").isEqualTo("Leading Teams with Purpose");
        assertThat(both).bodyJson().extractingPath("$.translations.fr.title").isEqualTo(FRENCH_TITLE);
        assertThat(both).bodyJson().doesNotHavePath("$.translations.en");
        QueryCounting.reset();
        MvcTestResult list = ApiCalls.readIn(mvc, null, "/api/v1/trainings?translations=all&lang=fr&size=50", null);
        assertThat(JsonPath.<Map<String, Object>>read(Logins.body(list), "$.content[1].translations"))
                .isEmpty();
        assertThat(QueryCounting.selects())
                .as("the page, its count and its translations, whatever its size")
                .isBetween(2L, 3L);
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated + "?translations=some", null))
                .hasStatus(400);
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated + "?lang=de", null))
                .hasStatus(400);
    }

    @Test
    void theWriterAddsChangesAndRemovesATranslation() {
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/trainings/" + untranslated,
                        "{\"translations\": {\"fr\": {\"title\": \"Les bases du budget\"}}}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.translations.fr.title")
                .isEqualTo("Les bases du budget");
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + untranslated + "?lang=fr", null))
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Les bases du budget");
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/trainings/" + untranslated,
                        "{\"title\": \"Budgeting Basics for All\"}"))
                .as("a change that names no translation keeps them")
                .bodyJson()
                .extractingPath("$.translations.fr.title")
                .isEqualTo("Les bases du budget");
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/trainings/" + untranslated,
                        "{\"translations\": {\"fr\": null}}"))
                .bodyJson()
                .extractingPath("$.translations")
                .isEqualTo(Map.of());
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'training_updated'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(send(
                        cast.otherTrainer(),
                        HttpMethod.PATCH,
                        "/api/v1/trainings/" + untranslated,
                        "{\"translations\": {\"fr\": {\"title\": \"Pas à moi\"}}}"))
                .hasStatus(403);
    }

    @Test
    void aTrainingWrittenInFrenchReadsInFrenchAndInItsEnglishTranslation() {
        int french = ApiCalls.createdId(send(cast.trainer(), HttpMethod.POST, "/api/v1/trainings", """
                {"title": "Prise de parole en public", "originalLanguage": "fr", "status": "published",
                 "category": "Personal Development",
                 "translations": {"en": {"title": "Public Speaking"}}}"""));
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + french + "?lang=fr", null))
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Prise de parole en public");
        MvcTestResult english = ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + french + "?lang=en", null);
        assertThat(english).bodyJson().extractingPath("$.title").isEqualTo("Public Speaking");
        assertThat(english).bodyJson().extractingPath("$.originalLanguage").isEqualTo("fr");
        assertThat(english).bodyJson().extractingPath("$.categoryName").isEqualTo("Personal Development");
        assertThat(jdbc.sql("SELECT title FROM trainings WHERE id = ?")
                        .params(french)
                        .query(String.class)
                        .single())
                .as("the schema's column keeps the original")
                .isEqualTo("Prise de parole en public");
    }

    @Test
    void badTranslationsAre400AndChangeNothing() {
        for (String[] refused : new String[][] {
            {"{\"translations\": {\"de\": {\"title\": \"Führung\"}}}", "translations.de"},
            {"{\"translations\": {\"fr\": {\"title\": \" \"}}}", "translations[fr].title"},
            {"{\"translations\": {\"en\": {\"title\": \"Same language\"}}}", "translations.en"},
            {"{\"originalLanguage\": \"fr\"}", "originalLanguage"},
            {"{\"originalLanguage\": \"es\"}", "originalLanguage"}
        }) {
            MvcTestResult answer =
                    send(cast.trainer(), HttpMethod.PATCH, "/api/v1/trainings/" + translated, refused[0]);
            assertThat(answer).as(refused[0]).hasStatus(400);
            assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo(refused[1]);
        }
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated + "?lang=fr", null))
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo(FRENCH_TITLE);
    }

    @Test
    void searchFindsATrainingByItsTitleInEitherLanguage() {
        assertThat(titles("?q=équipe&lang=en")).containsExactly("Leading Teams with Purpose");
        assertThat(titles("?q=réunions&lang=fr")).containsExactly(FRENCH_TITLE);
        assertThat(titles("?q=xylophone&lang=fr")).isEmpty();
        assertThat(titles("?q=dirigr&lang=fr")).as("fuzzy in French").containsExactly(FRENCH_TITLE);
        assertThat(titles("?q=leadng&lang=fr")).as("fuzzy in English").containsExactly(FRENCH_TITLE);
        assertThat(titles("?q=budget&lang=fr")).containsExactly("Budgeting Basics");
    }

    @Test
    void sessionsReadInTheReadersLanguageToo() {
        MvcTestResult created =
                send(cast.trainer(), HttpMethod.POST, "/api/v1/trainings/" + translated + "/sessions", """
                {"title": "Meetings that decide", "sessionDate": "2031-03-10T08:00:00Z",
                 "translations": {"fr": {"title": "Des réunions qui décident"}}}""");
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.translations.fr.title").isEqualTo("Des réunions qui décident");
        int session = JsonPath.read(Logins.body(created), "$.id");
        for (int day = 11; day < 15; day++) {
            assertThat(send(
                            cast.trainer(),
                            HttpMethod.POST,
                            "/api/v1/trainings/" + translated + "/sessions",
                            "{\"title\": \"Practice " + day + "\", \"sessionDate\": \"2031-03-" + day
                                    + "T08:00:00Z\"}"))
                    .hasStatus(201);
        }

        QueryCounting.reset();
        MvcTestResult french =
                ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated + "/sessions?lang=fr", null);
        long statements = QueryCounting.selects();
        assertThat(french).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        String body = Logins.body(french);
        assertThat(JsonPath.<List<String>>read(body, "$.content[*].title"))
                .startsWith("Des réunions qui décident", "Practice 11");
        assertThat(JsonPath.<List<String>>read(body, "$.content[*].language")).startsWith("fr", "en");
        assertThat(statements)
                .as("the training, its sessions, their French titles")
                .isEqualTo(3);

        MvcTestResult feed =
                ApiCalls.readIn(mvc, null, "/api/v1/trainings/" + translated + "/calendar.ics?lang=fr", "en");
        assertThat(feed).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(Logins.body(feed).replace("\r\n ", "").replace("\\,", ","))
                .contains("SUMMARY:" + FRENCH_TITLE + " – Des réunions qui décident")
                .contains("SUMMARY:" + FRENCH_TITLE + " – Practice 11")
                .doesNotContain("Meetings that decide");

        MvcTestResult one = ApiCalls.readIn(mvc, null, "/api/v1/sessions/" + session, "fr");
        assertThat(one).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(one).bodyJson().extractingPath("$.title").isEqualTo("Des réunions qui décident");
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/sessions/" + session, "en"))
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en")
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Meetings that decide");

        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/sessions/" + session,
                        "{\"translations\": {\"fr\": null}}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.translations")
                .isEqualTo(Map.of());
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/sessions/" + session,
                        "{\"translations\": {\"en\": {\"title\": \"Same\"}}}"))
                .hasStatus(400);
        assertThat(ApiCalls.readIn(mvc, null, "/api/v1/sessions/" + session, "fr"))
                .as("back to the original once the translation is removed")
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
    }

    @Test
    void theSchemasViewsAndTheReportsReadWhatTheyReadBefore() {
        cm.resultinstitute.platform.test.TestData.shared()
                .enrol(cast.participant().id(), untranslated, "active");
        String before = views();
        String reportBefore =
                Logins.body(ApiCalls.readIn(mvc, cast.admin(), "/api/v1/reports/trainings?sort=title,asc", "en"));
        assertThat(send(
                        cast.trainer(),
                        HttpMethod.PATCH,
                        "/api/v1/trainings/" + untranslated,
                        "{\"translations\": {\"fr\": {\"title\": \"Les bases du budget\"}}}"))
                .hasStatusOk();
        assertThat(views()).isEqualTo(before);
        assertThat(Logins.body(ApiCalls.readIn(mvc, cast.admin(), "/api/v1/reports/trainings?sort=title,asc", "en")))
                .isEqualTo(reportBefore);
    }

    @Test
    void aParticipantsOwnTrainingsAreListedInTheirLanguage() {
        cm.resultinstitute.platform.test.TestData.shared()
                .enrol(cast.participant().id(), translated, "active");
        assertThat(ApiCalls.readIn(mvc, cast.participant(), "/api/v1/me/enrollments", "fr"))
                .bodyJson()
                .extractingPath("$.content[0].trainingTitle")
                .isEqualTo(FRENCH_TITLE);
        assertThat(ApiCalls.readIn(mvc, cast.participant(), "/api/v1/me/enrollments", "en"))
                .bodyJson()
                .extractingPath("$.content[0].trainingTitle")
                .isEqualTo("Leading Teams with Purpose");
    }

    private String views() {
        return jdbc.sql("SELECT * FROM v_training_summary ORDER BY id").query().listOfRows()
                + " "
                + jdbc.sql("SELECT * FROM v_participant_progress ORDER BY user_id, training_id")
                        .query()
                        .listOfRows();
    }

    private List<String> titles(String query) {
        MvcTestResult result = ApiCalls.readIn(mvc, null, "/api/v1/trainings" + query, null);
        assertThat(result).hasStatusOk();
        return JsonPath.read(Logins.body(result), "$.content[*].title");
    }

    private MvcTestResult send(SignedIn caller, HttpMethod method, String uri, String json) {
        var request = mvc.method(method).uri(uri).header(HttpHeaders.AUTHORIZATION, caller.bearer());
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }
}
