package cm.resultinstitute.platform.enrollments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cm.resultinstitute.platform.test.ApiCalls;
import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import cm.resultinstitute.platform.users.Caller;
import cm.resultinstitute.platform.users.Role;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A participant's own lists (enrolments, sessions, attendance, calendar) in the reader's language: {@code lang}, then
 * the preference, then Accept-Language; each row says which language it came in, the answer says the reader's.
 */
@PlatformTest
class OwnListLanguagesApiTest {

    private static final String TRAINING_EN = "Leading Teams with Purpose";
    private static final String TRAINING_FR = "Diriger une équipe avec un cap";
    private static final String SESSION_EN = "Meetings that decide";
    private static final String SESSION_FR = "Des réunions qui décident";
    private static final String OTHER_TRAINING = "Budgeting Basics";
    private static final String OTHER_SESSION = "Cash flow";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarFeeds feeds;

    Cast cast;
    SignedIn participant;

    @BeforeEach
    void aParticipantInATranslatedAndAnUntranslatedTraining() {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        cast = Cast.create(mvc);
        participant = cast.participant();
        Instant soon = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        int translated = ApiCalls.createdId(
                send(cast.trainer(), HttpMethod.POST, "/api/v1/trainings", """
                {"title": "%s", "status": "published",
                 "translations": {"fr": {"title": "%s"}}}""".formatted(TRAINING_EN, TRAINING_FR)));
        int session = ApiCalls.createdId(
                send(cast.trainer(), HttpMethod.POST, "/api/v1/trainings/" + translated + "/sessions", """
                {"title": "%s", "sessionDate": "%s",
                 "translations": {"fr": {"title": "%s"}}}""".formatted(
                                SESSION_EN, soon, SESSION_FR)));
        int untranslated = ApiCalls.createdId(send(
                cast.trainer(),
                HttpMethod.POST,
                "/api/v1/trainings",
                "{\"title\": \"" + OTHER_TRAINING + "\", \"status\": \"published\"}"));
        int other = ApiCalls.createdId(send(
                cast.trainer(),
                HttpMethod.POST,
                "/api/v1/trainings/" + untranslated + "/sessions",
                "{\"title\": \"" + OTHER_SESSION + "\", \"sessionDate\": \"" + soon.plus(Duration.ofDays(1)) + "\"}"));
        TestData.shared().enrol(participant.id(), translated, "active");
        TestData.shared().enrol(participant.id(), untranslated, "active");
        TestData.shared().attended(session, participant.id(), "present");
        TestData.shared().attended(other, participant.id(), "absent");
    }

    @Test
    void theLangParameterTranslatesEveryOwnListAndEachRowSaysItsLanguage() {
        MvcTestResult enrolments = ApiCalls.readIn(mvc, participant, "/api/v1/me/enrollments?lang=fr", "en");
        assertThat(enrolments).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(rows(enrolments, "trainingTitle"))
                .as("an untranslated training falls back to its original and says so")
                .containsOnly(entry(TRAINING_FR, "fr"), entry(OTHER_TRAINING, "en"));

        MvcTestResult sessions = ApiCalls.readIn(mvc, participant, "/api/v1/me/sessions?lang=fr", "en");
        assertThat(sessions).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(rows(sessions, "title")).containsExactly(entry(SESSION_FR, "fr"), entry(OTHER_SESSION, "en"));
        assertThat(JsonPath.<List<String>>read(Logins.body(sessions), "$.content[*].trainingTitle"))
                .containsExactly(TRAINING_FR, OTHER_TRAINING);

        MvcTestResult attendance =
                ApiCalls.readIn(mvc, participant, "/api/v1/me/attendance?lang=fr&sort=sessionDate,asc", "en");
        assertThat(attendance).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(rows(attendance, "sessionTitle"))
                .containsExactly(entry(SESSION_FR, "fr"), entry(OTHER_SESSION, "en"));
        assertThat(JsonPath.<List<String>>read(Logins.body(attendance), "$.content[*].trainingTitle"))
                .containsExactly(TRAINING_FR, OTHER_TRAINING);

        MvcTestResult english = ApiCalls.readIn(mvc, participant, "/api/v1/me/sessions?lang=en", "fr");
        assertThat(english).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(rows(english, "title")).containsExactly(entry(SESSION_EN, "en"), entry(OTHER_SESSION, "en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me/enrollments", "/api/v1/me/sessions", "/api/v1/me/attendance"})
    void thePreferenceComesBeforeAcceptLanguageAndAfterLang(String list) {
        assertThat(send(participant, HttpMethod.PATCH, "/api/v1/me", "{\"language\": \"fr\"}"))
                .hasStatusOk();
        MvcTestResult preferred = ApiCalls.readIn(mvc, participant, list, "en");
        assertThat(preferred).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(Logins.body(preferred)).contains(TRAINING_FR).doesNotContain(TRAINING_EN);
        assertThat(JsonPath.<List<String>>read(Logins.body(preferred), "$.content[*].language"))
                .contains("fr");

        MvcTestResult asked = ApiCalls.readIn(mvc, participant, list + "?lang=en", "fr");
        assertThat(asked).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(Logins.body(asked)).contains(TRAINING_EN).doesNotContain(TRAINING_FR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me/enrollments", "/api/v1/me/sessions", "/api/v1/me/attendance"})
    void acceptLanguageDecidesWithoutLangOrPreferenceAndEnglishIsTheDefault(String list) {
        MvcTestResult french = ApiCalls.readIn(mvc, participant, list, "fr-CM, en;q=0.5");
        assertThat(french).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(Logins.body(french)).contains(TRAINING_FR);

        MvcTestResult byDefault = ApiCalls.readIn(mvc, participant, list, null);
        assertThat(byDefault).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(Logins.body(byDefault)).contains(TRAINING_EN).doesNotContain(TRAINING_FR);
        assertThat(JsonPath.<List<String>>read(Logins.body(byDefault), "$.content[*].language"))
                .containsOnly("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me/enrollments", "/api/v1/me/sessions", "/api/v1/me/attendance"})
    void readingInFrenchTakesNoMoreStatementsThanInEnglish(String list) {
        QueryCounting.reset();
        assertThat(ApiCalls.readIn(mvc, participant, list + "?lang=en", null)).hasStatusOk();
        long english = QueryCounting.selects();
        QueryCounting.reset();
        assertThat(ApiCalls.readIn(mvc, participant, list + "?lang=fr", null)).hasStatusOk();
        assertThat(QueryCounting.selects()).isEqualTo(english).isLessThanOrEqualTo(3);
    }

    @Test
    void theSubscribedFeedFollowsItsOwnersChoiceOfLanguage() {
        String link = feeds.renew(new Caller(participant.id(), Role.PARTICIPANT));
        String path = link.substring(link.indexOf("/calendar/"));
        assertThat(unfolded(ApiCalls.readIn(mvc, null, path, "fr")))
                .as("no language chosen: each session in its original")
                .contains("SUMMARY:" + TRAINING_EN + " – " + SESSION_EN);

        assertThat(send(participant, HttpMethod.PATCH, "/api/v1/me", "{\"language\": \"fr\"}"))
                .hasStatusOk();
        assertThat(unfolded(ApiCalls.readIn(mvc, null, path, "en")))
                .as("a calendar app signs in as nobody: the owner's choice decides")
                .contains("SUMMARY:" + TRAINING_FR + " – " + SESSION_FR)
                .contains("SUMMARY:" + OTHER_TRAINING + " – " + OTHER_SESSION);
    }

    @Test
    void theCalendarFeedIsInTheReadersLanguage() {
        MvcTestResult french = ApiCalls.readIn(mvc, participant, "/api/v1/me/calendar.ics?lang=fr", "en");
        assertThat(french).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        assertThat(unfolded(french))
                .contains("SUMMARY:" + TRAINING_FR + " – " + SESSION_FR)
                .contains("SUMMARY:" + OTHER_TRAINING + " – " + OTHER_SESSION)
                .doesNotContain(SESSION_EN);

        assertThat(send(participant, HttpMethod.PATCH, "/api/v1/me", "{\"language\": \"fr\"}"))
                .hasStatusOk();
        assertThat(unfolded(ApiCalls.readIn(mvc, participant, "/api/v1/me/calendar.ics", "en")))
                .as("the preference")
                .contains(SESSION_FR);
        MvcTestResult english = ApiCalls.readIn(mvc, participant, "/api/v1/me/calendar.ics?lang=en", "fr");
        assertThat(english).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(unfolded(english))
                .contains("SUMMARY:" + TRAINING_EN + " – " + SESSION_EN)
                .doesNotContain(TRAINING_FR);
    }

    /** Each row's title with the language the row says it is in, in the list's order. */
    private static Map<String, String> rows(MvcTestResult result, String titleField) {
        String body = Logins.body(result);
        List<String> titles = JsonPath.read(body, "$.content[*]." + titleField);
        List<String> languages = JsonPath.read(body, "$.content[*].language");
        assertThat(languages).hasSameSizeAs(titles);
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            rows.put(titles.get(i), languages.get(i));
        }
        return rows;
    }

    /** The feed with its long lines joined again (RFC 5545 folds them at 75 octets). */
    private static String unfolded(MvcTestResult result) {
        return Logins.body(result).replace("\r\n ", "").replace("\\,", ",");
    }

    private MvcTestResult send(SignedIn caller, HttpMethod method, String uri, String json) {
        return mvc.method(method)
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
