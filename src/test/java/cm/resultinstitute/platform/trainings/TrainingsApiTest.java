package cm.resultinstitute.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.ApiCalls;
import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
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

/** The catalogue: who sees and changes which training, slugs, status rules, validation, seats and search. */
@PlatformTest
class TrainingsApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Cast cast;

    @BeforeEach
    void people() {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        cast = Cast.create(mvc);
    }

    @Test
    void trainerCreatesATrainingWithASlugFromItsTitle() {
        MvcTestResult created = create(
                cast.trainer(),
                "{\"title\": \"Développement personnel : l'essentiel\","
                        + " \"category\": \"Personal Development\", \"level\": \"beginner\", \"durationHours\": 12,"
                        + " \"maxParticipants\": 20, \"startDate\": \"2030-03-01\", \"endDate\": \"2030-03-31\"}");
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.slug").isEqualTo("developpement-personnel-l-essentiel");
        assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("draft");
        assertThat(created)
                .bodyJson()
                .extractingPath("$.createdBy")
                .isEqualTo(cast.trainer().id());
        assertThat(created).bodyJson().extractingPath("$.seatsTaken").isEqualTo(0);
        assertThat(created).bodyJson().extractingPath("$.seatsLeft").isEqualTo(20);
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).matches(".*/api/v1/trainings/\\d+");
        assertThat(count("SELECT count(*) FROM activity_logs WHERE action = 'training_created'"))
                .isEqualTo(1);
    }

    @Test
    void slugsStayUniqueWithNumberedSuffixes() {
        for (String expected : new String[] {"leadership", "leadership-2", "leadership-3"}) {
            assertThat(create(cast.trainer(), "{\"title\": \"Leadership\"}"))
                    .bodyJson()
                    .extractingPath("$.slug")
                    .isEqualTo(expected);
        }
        MvcTestResult taken = create(cast.admin(), "{\"title\": \"Other\", \"slug\": \"leadership-2\"}");
        assertThat(taken).hasStatus(409);
        assertThat(taken).bodyJson().extractingPath("$.errors[0].field").isEqualTo("slug");
        assertThat(create(cast.admin(), "{\"title\": \"Other\", \"slug\": \"Not A Slug!\"}"))
                .hasStatus(400);
        assertThat(create(cast.admin(), "{\"title\": \"Other\", \"slug\": \"12345\"}"))
                .as("ids and slugs share a path")
                .hasStatus(400);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"title\": \"\"}|title",
                "{\"title\": \"T\", \"startDate\": \"2030-03-10\", \"endDate\": \"2030-03-01\"}|endDate",
                "{\"title\": \"T\", \"durationHours\": 0}|durationHours",
                "{\"title\": \"T\", \"maxParticipants\": -3}|maxParticipants",
                "{\"title\": \"T\", \"level\": \"expert\"}|level",
                "{\"title\": \"T\", \"status\": \"open\"}|status",
                "{\"title\": \"T\", \"startDate\": \"next monday\"}|startDate",
                "{\"title\": \"T\", \"imageUrl\": \"javascript:alert(1)\"}|imageUrl",
                "{\"title\": \"T\", \"createdBy\": 1}|createdBy"
            })
    void invalidTrainingsAre400NamingTheField(String json, String field) {
        MvcTestResult refused = create(cast.trainer(), json);
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void statusFollowsItsRules() {
        int id = ApiCalls.createdId(create(cast.trainer(), "{\"title\": \"Rules\"}"));
        assertThat(patch(cast.trainer(), id, "{\"status\": \"archived\"}"))
                .as("draft → archived")
                .hasStatus(409);
        assertThat(patch(cast.trainer(), id, "{\"status\": \"published\"}")).hasStatusOk();
        assertThat(patch(cast.trainer(), id, "{\"status\": \"archived\"}")).hasStatusOk();
        assertThat(patch(cast.trainer(), id, "{\"status\": \"published\"}"))
                .as("archived → published again")
                .hasStatusOk();
        TestData.shared().enrol(cast.participant().id(), id, "active");
        MvcTestResult backToDraft = patch(cast.trainer(), id, "{\"status\": \"draft\"}");
        assertThat(backToDraft).as("back to draft once people enrolled").hasStatus(409);
        assertThat(backToDraft).bodyJson().extractingPath("$.type").asString().endsWith("/illegal-status-change");
        assertThat(count(
                        "SELECT count(*) FROM activity_logs WHERE action = 'training_published' AND entity_id = " + id))
                .isEqualTo(2);
    }

    @Test
    void capacityCannotDropBelowTheSeatsTaken() {
        int id = ApiCalls.createdId(
                create(cast.trainer(), "{\"title\": \"Small\", \"maxParticipants\": 5, \"status\": \"published\"}"));
        TestData.shared().enrol(cast.participant().id(), id, "active");
        TestData.shared().enrol(cast.otherParticipant().id(), id, "completed");
        MvcTestResult seats = get(null, "/api/v1/trainings/" + id);
        assertThat(seats).bodyJson().extractingPath("$.seatsTaken").isEqualTo(2);
        assertThat(seats).bodyJson().extractingPath("$.seatsLeft").isEqualTo(3);
        assertThat(patch(cast.trainer(), id, "{\"maxParticipants\": 1}")).hasStatus(409);
        assertThat(patch(cast.trainer(), id, "{\"maxParticipants\": 2}")).hasStatusOk();
    }

    @Test
    void nullClearsTheLimitTheHoursAndTheDatesWhileALeftOutFieldStays() {
        int id = ApiCalls.createdId(create(
                cast.trainer(),
                "{\"title\": \"Bounded\", \"maxParticipants\": 5, \"durationHours\": 12,"
                        + " \"startDate\": \"2030-03-01\", \"endDate\": \"2030-03-31\"}"));

        MvcTestResult kept = patch(cast.trainer(), id, "{\"title\": \"Still bounded\"}");
        assertThat(kept).bodyJson().extractingPath("$.maxParticipants").isEqualTo(5);
        assertThat(kept).bodyJson().extractingPath("$.startDate").isEqualTo("2030-03-01");

        MvcTestResult unlimited = patch(cast.trainer(), id, "{\"maxParticipants\": null, \"durationHours\": null}");
        assertThat(unlimited).hasStatusOk();
        assertThat(unlimited).bodyJson().extractingPath("$.maxParticipants").isNull();
        assertThat(unlimited).bodyJson().extractingPath("$.seatsLeft").isNull();
        assertThat(unlimited).bodyJson().extractingPath("$.durationHours").isNull();
        assertThat(unlimited).bodyJson().extractingPath("$.endDate").isEqualTo("2030-03-31");

        MvcTestResult undated = patch(cast.trainer(), id, "{\"startDate\": null, \"endDate\": null}");
        assertThat(undated).bodyJson().extractingPath("$.startDate").isNull();
        assertThat(undated).bodyJson().extractingPath("$.endDate").isNull();
        assertThat(undated).bodyJson().extractingPath("$.title").isEqualTo("Still bounded");

        MvcTestResult refused = patch(cast.trainer(), id, "{\"maxParticipants\": 0}");
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("maxParticipants");
    }

    @Test
    void trainersChangeOnlyTheirOwnTrainings() {
        int mine = ApiCalls.createdId(create(cast.trainer(), "{\"title\": \"Mine\", \"status\": \"published\"}"));
        int draft = ApiCalls.createdId(create(cast.trainer(), "{\"title\": \"My draft\"}"));
        assertThat(patch(cast.otherTrainer(), mine, "{\"title\": \"Taken over\"}"))
                .as("visible, not theirs")
                .hasStatus(403);
        assertThat(patch(cast.otherTrainer(), draft, "{\"title\": \"Taken over\"}"))
                .as("not even visible")
                .hasStatus(404);
        assertThat(send(cast.otherTrainer(), HttpMethod.DELETE, "/api/v1/trainings/" + mine, null))
                .hasStatus(403);
        assertThat(patch(cast.participant(), mine, "{\"title\": \"Taken over\"}"))
                .hasStatus(403);
        assertThat(patch(cast.admin(), mine, "{\"title\": \"Renamed by admin\"}"))
                .hasStatusOk();
        assertThat(create(cast.participant(), "{\"title\": \"Nope\"}")).hasStatus(403);
    }

    @Test
    void draftsAre404ToThePublicAndOtherTrainers() {
        int draft =
                ApiCalls.createdId(create(cast.trainer(), "{\"title\": \"Secret plan\", \"slug\": \"secret-plan\"}"));
        assertThat(get(null, "/api/v1/trainings/" + draft)).hasStatus(404);
        assertThat(get(null, "/api/v1/trainings/secret-plan")).hasStatus(404);
        assertThat(get(cast.participant(), "/api/v1/trainings/" + draft)).hasStatus(404);
        assertThat(get(cast.otherTrainer(), "/api/v1/trainings/" + draft)).hasStatus(404);
        assertThat(get(cast.trainer(), "/api/v1/trainings/secret-plan")).hasStatusOk();
        assertThat(get(cast.admin(), "/api/v1/trainings/" + draft)).hasStatusOk();
        assertThat(get(null, "/api/v1/trainings/999999")).hasStatus(404);
    }

    @Test
    void deletingIsForTrainingsNobodyEnrolledIn() {
        int empty = ApiCalls.createdId(create(cast.trainer(), "{\"title\": \"Empty\"}"));
        int attended =
                ApiCalls.createdId(create(cast.trainer(), "{\"title\": \"Attended\", \"status\": \"published\"}"));
        TestData.shared().enrol(cast.participant().id(), attended, "dropped");
        assertThat(send(cast.trainer(), HttpMethod.DELETE, "/api/v1/trainings/" + attended, null))
                .hasStatus(409);
        assertThat(send(cast.trainer(), HttpMethod.DELETE, "/api/v1/trainings/" + empty, null))
                .hasStatus(204);
        assertThat(count("SELECT count(*) FROM trainings")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM activity_logs WHERE action = 'training_deleted'"))
                .isEqualTo(1);
    }

    @Test
    void theListShowsEachCallerWhatTheyMaySeeWithFiltersAndFuzzySearch() {
        TestData data = TestData.shared();
        int trainer = cast.trainer().id();
        data.training(
                "Leadership Essentials", "published", LocalDate.of(2030, 1, 10), LocalDate.of(2030, 1, 20), trainer);
        data.training("Executive Presence", "published", LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 30), trainer);
        data.training("Hidden Draft", "draft", null, null, trainer);
        data.training("Other's Draft", "draft", null, null, cast.otherTrainer().id());
        data.training("Old Course", "archived", null, null, trainer);

        assertThat(total(null, "")).isEqualTo(2);
        assertThat(total(cast.participant(), "")).isEqualTo(2);
        assertThat(total(cast.trainer(), "")).as("published and own").isEqualTo(4);
        assertThat(total(cast.admin(), "")).isEqualTo(5);
        assertThat(total(cast.admin(), "?status=draft")).isEqualTo(2);
        assertThat(total(null, "?q=leadrship"))
                .as("a misspelling still finds it")
                .isEqualTo(1);
        assertThat(total(null, "?q=%25"))
                .as("a % is a character, not a wildcard")
                .isZero();
        assertThat(total(null, "?q=__")).isZero();
        assertThat(total(null, "?q=ssentials")).as("part of a word").isEqualTo(1);
        assertThat(total(null, "?from=2030-05-01")).isEqualTo(1);
        assertThat(total(null, "?to=2030-02-01")).isEqualTo(1);
        assertThat(total(null, "?category=leadership training&level=beginner")).isEqualTo(2);
        assertThat(get(null, "/api/v1/trainings?sort=title,desc"))
                .bodyJson()
                .extractingPath("$.content[0].title")
                .isEqualTo("Leadership Essentials");
        assertThat(get(null, "/api/v1/trainings?sort=seats")).hasStatus(400);
        assertThat(get(null, "/api/v1/trainings?from=soon")).hasStatus(400);
    }

    @Test
    void aLaterPageHoldsTheNextTrainingsInOrderWithTheirOwnSeats() {
        TestData data = TestData.shared();
        for (int day = 1; day <= 6; day++) {
            int id = data.training(
                    "Day " + day,
                    "published",
                    LocalDate.of(2031, 1, day),
                    null,
                    cast.trainer().id());
            for (int seat = 0; seat < day; seat++) {
                data.enrol(data.user("day" + day + "-" + seat + "@example.com", "participant"), id, "active");
            }
        }
        data.training(
                "Hidden draft",
                "draft",
                LocalDate.of(2031, 1, 3),
                null,
                cast.trainer().id());

        // Other tests of this class leave trainings of 2030 (ended before) and without dates (listed last).
        MvcTestResult page = get(null, "/api/v1/trainings?size=2&page=1&from=2031-01-01&to=2031-01-31");

        assertThat(page).bodyJson().extractingPath("$.content[*].title").isEqualTo(List.of("Day 3", "Day 4"));
        assertThat(page).bodyJson().extractingPath("$.content[*].seatsTaken").isEqualTo(List.of(3, 4));

        MvcTestResult pastTheEnd = get(null, "/api/v1/trainings?size=2&page=9&from=2031-01-01&to=2031-01-31");
        assertThat(pastTheEnd).bodyJson().extractingPath("$.content").asArray().isEmpty();
        assertThat(pastTheEnd).bodyJson().extractingPath("$.page.totalElements").isEqualTo(6);
        assertThat(pastTheEnd).bodyJson().extractingPath("$.page.totalPages").isEqualTo(3);
    }

    @Test
    void listingTakesOneStatementWhateverTheNumberOfTrainings() {
        for (int i = 0; i < 25; i++) {
            int id = TestData.shared()
                    .training(
                            "Course " + i,
                            "published",
                            null,
                            null,
                            cast.trainer().id());
            TestData.shared().enrol(cast.participant().id(), id, "active");
        }
        // The page and its count together, for a page past the end too.
        for (String page : List.of("/api/v1/trainings?size=100", "/api/v1/trainings?size=100&page=3")) {
            QueryCounting.reset();
            assertThat(get(null, page))
                    .bodyJson()
                    .extractingPath("$.page.totalElements")
                    .isEqualTo(25);
            assertThat(QueryCounting.total()).as(page).isEqualTo(1);
        }
    }

    @Test
    void summaryIsTheViewsRowForTheTrainer() {
        int id = ApiCalls.createdId(create(cast.trainer(), "{\"title\": \"Summarised\", \"status\": \"published\"}"));
        TestData.shared().enrol(cast.participant().id(), id, "completed");
        MvcTestResult summary = get(cast.trainer(), "/api/v1/trainings/" + id + "/summary");
        assertThat(summary).hasStatusOk();
        assertThat(summary).bodyJson().extractingPath("$.totalEnrollments").isEqualTo(1);
        assertThat(summary).bodyJson().extractingPath("$.completedEnrollments").isEqualTo(1);
        assertThat(summary).bodyJson().extractingPath("$.createdByName").isEqualTo("Test trainer");
        assertThat(get(cast.otherTrainer(), "/api/v1/trainings/" + id + "/summary"))
                .hasStatus(403);
        assertThat(get(cast.participant(), "/api/v1/trainings/" + id + "/summary"))
                .hasStatus(403);
    }

    private long total(SignedIn caller, String query) {
        MvcTestResult result = get(caller, "/api/v1/trainings" + query);
        assertThat(result).hasStatusOk();
        Number total = JsonPath.read(Logins.body(result), "$.page.totalElements");
        return total.longValue();
    }

    private MvcTestResult create(SignedIn caller, String json) {
        return send(caller, HttpMethod.POST, "/api/v1/trainings", json);
    }

    private MvcTestResult patch(SignedIn caller, int id, String json) {
        return send(caller, HttpMethod.PATCH, "/api/v1/trainings/" + id, json);
    }

    private MvcTestResult get(SignedIn caller, String uri) {
        return send(caller, HttpMethod.GET, uri, null);
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

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
