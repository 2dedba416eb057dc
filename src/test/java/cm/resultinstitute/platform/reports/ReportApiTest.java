package cm.resultinstitute.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The two reports through the API: who sees which rows, filters, paging, CSV and the statements a page takes. */
@PlatformTest
class ReportApiTest {

    static final String TRAININGS = "/api/v1/reports/trainings";
    static final String PROGRESS = "/api/v1/reports/participant-progress";

    static Cast cast;
    static int leadership;
    static int negotiation;
    static int coaching;
    static int orphan;
    static int amina;
    static int formula;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportSummaries summaries;

    @BeforeAll
    static void institute(@Autowired MockMvcTester mvc) {
        cast = Cast.create(mvc);
        ReportFixtures data = ReportFixtures.shared();
        amina = data.person("amina@reports.test", "Amina", "Ndiaye, \"Mimi\"", "participant");
        int eloise = data.person("eloise@reports.test", "Éloïse", "Ébène", "participant");
        formula = data.person("formula@reports.test", "=HYPERLINK(\"http://evil\")", "Guy", "participant");
        int enrolledTrainer = data.person("enrolled.trainer@reports.test", "Enrolled", "Trainer", "trainer");

        leadership = data.training(
                "Leadership Basics",
                "Leadership Training",
                "published",
                cast.trainer().id());
        negotiation = data.training(
                "Négociation, avancée\nniveau 2",
                "Executive Development",
                "draft",
                cast.trainer().id());
        coaching = data.training(
                "Coaching",
                "Entrepreneurship Coaching",
                "published",
                cast.otherTrainer().id());
        orphan = data.training("-Orphan", null, "archived", null);

        int first = data.session(leadership, "completed");
        int second = data.session(leadership, "completed");
        data.session(leadership, "scheduled");
        data.session(leadership, "cancelled");

        data.enrol(cast.participant().id(), leadership, "active", at("2026-03-01T08:00:00Z"), 40);
        data.enrol(cast.otherParticipant().id(), leadership, "completed", at("2026-03-02T08:00:00Z"), 100);
        data.enrol(amina, leadership, "active", at("2026-03-03T08:00:00Z"), 10);
        data.enrol(formula, leadership, "suspended", at("2026-03-04T08:00:00Z"), 0);
        data.enrol(eloise, negotiation, "dropped", at("2026-03-05T08:00:00Z"), 5);
        data.enrol(cast.participant().id(), coaching, "active", at("2026-03-06T08:00:00Z"), 70);
        data.enrol(enrolledTrainer, leadership, "active", at("2026-03-07T08:00:00Z"), 0);

        data.attend(first, cast.participant().id(), "present");
        data.attend(second, cast.participant().id(), "late");
        data.attend(first, cast.otherParticipant().id(), "present");
        data.attend(second, cast.otherParticipant().id(), "present");
        data.attend(first, amina, "absent");
    }

    @Test
    void adminSeesEveryTraining() {
        String body = ok(TRAININGS, cast.admin());
        assertThat(ids(body)).containsExactlyInAnyOrder(leadership, negotiation, coaching, orphan);
    }

    @Test
    void trainerSeesOnlyTheTrainingsTheyCreated() {
        assertThat(ids(ok(TRAININGS, cast.trainer()))).containsExactlyInAnyOrder(leadership, negotiation);
        assertThat(ids(ok(TRAININGS, cast.otherTrainer()))).containsExactly(coaching);
    }

    @Test
    void trainingRowsCarryTheViewsColumnsInCamelCase() {
        String body = ok(TRAININGS + "?sort=title,asc&status=published&category=Leadership Training", cast.admin());
        Map<String, Object> row = JsonPath.read(body, "$.content[0]");
        assertThat(row)
                .containsOnlyKeys(
                        "id",
                        "title",
                        "category",
                        "status",
                        "startDate",
                        "endDate",
                        "maxParticipants",
                        "totalEnrollments",
                        "completedEnrollments",
                        "totalSessions",
                        "completedSessions",
                        "createdByName")
                .containsEntry("id", leadership)
                .containsEntry("title", "Leadership Basics")
                .containsEntry("status", "published")
                .containsEntry("startDate", "2026-03-01")
                .containsEntry("endDate", "2026-06-30")
                .containsEntry("maxParticipants", 30)
                .containsEntry("totalEnrollments", 5)
                .containsEntry("completedEnrollments", 1)
                .containsEntry("totalSessions", 4)
                .containsEntry("completedSessions", 2)
                .containsEntry("createdByName", "Test trainer");
    }

    @Test
    void aTrainingWithoutCreatorHasTheViewsBlankName() {
        String body = ok(TRAININGS + "?status=archived", cast.admin());
        assertThat(ids(body)).containsExactly(orphan);
        assertThat((Object) JsonPath.read(body, "$.content[0].createdByName")).isEqualTo(" ");
    }

    @Test
    void theProgressReportSortsByTheAttendanceRateToo() {
        assertThat(mvc.get()
                        .uri(PROGRESS + "?sort=attendanceRate,desc&sort=attendedSessions")
                        .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void trainingsAreFilteredByStatusAndCategory() {
        assertThat(ids(ok(TRAININGS + "?status=published", cast.admin())))
                .containsExactlyInAnyOrder(leadership, coaching);
        assertThat(ids(ok(TRAININGS + "?status=PUBLISHED&category=Entrepreneurship Coaching", cast.admin())))
                .containsExactly(coaching);
        assertThat(ids(ok(TRAININGS + "?category=Executive Development", cast.otherTrainer())))
                .isEmpty();
    }

    @Test
    void anUnknownStatusIs400() {
        assertThat(problemField(TRAININGS + "?status=finished", cast.admin())).isEqualTo("status");
    }

    @Test
    void adminSeesTheProgressOfEveryParticipantButNotOfEnrolledTrainers() {
        String body = ok(PROGRESS + "?size=100", cast.admin());
        assertThat(JsonPath.<Integer>read(body, "$.page.totalElements")).isEqualTo(6);
        assertThat(JsonPath.<List<String>>read(body, "$.content[*].email"))
                .doesNotContain("enrolled.trainer@reports.test");
    }

    @Test
    void progressRowsCarryTheViewsColumnsAndAttendanceRate() {
        String body = ok(PROGRESS + "?trainingId=" + leadership + "&sort=email,asc", cast.admin());
        List<Map<String, Object>> rows = JsonPath.read(body, "$.content[?(@.email == 'participant@cast.test')]");
        Map<String, Object> row = rows.get(0);
        assertThat(row)
                .containsOnlyKeys(
                        "userId",
                        "participantName",
                        "email",
                        "trainingId",
                        "trainingTitle",
                        "enrollmentDate",
                        "enrollmentStatus",
                        "progress",
                        "totalSessions",
                        "attendedSessions",
                        "attendanceRate")
                .containsEntry("userId", cast.participant().id())
                .containsEntry("participantName", "Test participant")
                .containsEntry("trainingId", leadership)
                .containsEntry("trainingTitle", "Leadership Basics")
                .containsEntry("enrollmentDate", "2026-03-01T08:00:00Z")
                .containsEntry("enrollmentStatus", "active")
                .containsEntry("progress", 40)
                .containsEntry("totalSessions", 4)
                .containsEntry("attendedSessions", 1);
        assertThat(row.get("attendanceRate")).hasToString("25.0");
        assertThat(JsonPath.<List<Object>>read(body, "$.content[*].attendanceRate"))
                .extracting(Object::toString)
                .containsExactly("0.0", "0.0", "50.0", "25.0");
    }

    @Test
    void trainerSeesTheProgressOfTheirOwnTrainingsOnly() {
        String body = ok(PROGRESS + "?size=100", cast.trainer());
        assertThat(JsonPath.<List<Integer>>read(body, "$.content[*].trainingId"))
                .hasSize(5)
                .allMatch(id -> id == leadership || id == negotiation);
        assertThat(JsonPath.<List<Integer>>read(ok(PROGRESS, cast.otherTrainer()), "$.content[*].trainingId"))
                .containsExactly(coaching);
    }

    @Test
    void trainerAskingForAnotherTrainersTrainingGetsNothing() {
        assertThat(JsonPath.<Integer>read(
                        ok(PROGRESS + "?trainingId=" + coaching, cast.trainer()), "$.page.totalElements"))
                .isZero();
    }

    @Test
    void participantSeesOnlyTheirOwnRows() {
        String body = ok(PROGRESS, cast.participant());
        assertThat(JsonPath.<List<Integer>>read(body, "$.content[*].userId"))
                .containsExactly(cast.participant().id(), cast.participant().id());
        assertThat(JsonPath.<List<Integer>>read(body, "$.content[*].trainingId"))
                .containsExactly(coaching, leadership);
        assertThat(JsonPath.<List<Integer>>read(ok(PROGRESS, cast.otherParticipant()), "$.content[*].userId"))
                .containsExactly(cast.otherParticipant().id());
    }

    @Test
    void participantAskingForSomeoneElseGetsAnEmptyPage() {
        String body = ok(PROGRESS + "?userId=" + cast.otherParticipant().id(), cast.participant());
        assertThat(JsonPath.<List<Object>>read(body, "$.content")).isEmpty();
        assertThat(JsonPath.<Integer>read(body, "$.page.totalElements")).isZero();
    }

    @Test
    void progressIsFilteredByTrainingAndUser() {
        assertThat(JsonPath.<List<Integer>>read(
                        ok(PROGRESS + "?userId=" + cast.participant().id() + "&trainingId=" + coaching, cast.admin()),
                        "$.content[*].trainingId"))
                .containsExactly(coaching);
        assertThat(JsonPath.<List<Integer>>read(
                        ok(PROGRESS + "?trainingId=" + leadership, cast.participant()), "$.content[*].trainingId"))
                .containsExactly(leadership);
    }

    @Test
    void progressIsPagedNewestEnrolmentFirst() {
        String first = ok(PROGRESS + "?size=2", cast.admin());
        assertThat(JsonPath.<Map<String, Object>>read(first, "$.page"))
                .containsEntry("size", 2)
                .containsEntry("number", 0)
                .containsEntry("totalElements", 6)
                .containsEntry("totalPages", 3);
        assertThat(JsonPath.<List<String>>read(first, "$.content[*].enrollmentDate"))
                .containsExactly("2026-03-06T08:00:00Z", "2026-03-05T08:00:00Z");
        assertThat(JsonPath.<List<Object>>read(ok(PROGRESS + "?size=2&page=2", cast.admin()), "$.content"))
                .hasSize(2);
        assertThat(JsonPath.<List<Object>>read(ok(PROGRESS + "?size=2&page=7", cast.admin()), "$.content"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "id",
                "title",
                "category",
                "status",
                "startDate",
                "endDate",
                "maxParticipants",
                "totalEnrollments",
                "completedEnrollments",
                "totalSessions",
                "completedSessions",
                "createdByName"
            })
    void trainingsSortByEveryColumnBothWays(String field) {
        assertThat(ids(ok(TRAININGS + "?sort=" + field + ",desc", cast.admin())))
                .hasSize(4);
        assertThat(ids(ok(TRAININGS + "?sort=" + field, cast.admin()))).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "userId",
                "participantName",
                "email",
                "trainingId",
                "trainingTitle",
                "enrollmentDate",
                "enrollmentStatus",
                "progress"
            })
    void progressSortsByEveryPlainColumnBothWays(String field) {
        assertThat(JsonPath.<Integer>read(
                        ok(PROGRESS + "?sort=" + field + ",desc", cast.admin()), "$.page.totalElements"))
                .isEqualTo(6);
        assertThat(JsonPath.<Integer>read(
                        ok(PROGRESS + "?sort=" + field + ",asc", cast.admin()), "$.page.totalElements"))
                .isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "page=-1|page",
                "page=first|page",
                "size=0|size",
                "size=101|size",
                "sort=nope|sort",
                "sort=attendanceRate,sideways|sort",
                "sort=email,sideways|sort",
                "trainingId=abc|trainingId",
                "userId=1.5|userId",
                "format=xml|format"
            })
    void badParametersOfTheProgressReportAre400(String parameterAndField) {
        String[] parts = parameterAndField.split("\\|");
        assertThat(problemField(PROGRESS + "?" + parts[0], cast.admin())).isEqualTo(parts[1]);
    }

    @Test
    void badPagingOfTheTrainingReportIs400EvenForCsv() {
        MvcTestResult result = mvc.get()
                .uri(TRAININGS + "?size=1000")
                .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                .header(HttpHeaders.ACCEPT, "text/csv")
                .exchange();
        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(Logins.body(result), "$.errors[0].field"))
                .isEqualTo("size");
    }

    @Test
    void csvOfTheTrainingsHoldsEveryMatchingRowWithAByteOrderMarkAndQuoting() {
        MvcTestResult result = mvc.get()
                .uri(TRAININGS + "?size=1&sort=id,asc")
                .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                .header(HttpHeaders.ACCEPT, "text/csv")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"trainings-report.csv\"");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo("\uFEFF"
                        + "id,title,category,status,startDate,endDate,maxParticipants,totalEnrollments,"
                        + "completedEnrollments,totalSessions,completedSessions,createdByName\r\n"
                        + leadership
                        + ",Leadership Basics,Leadership Training,published,2026-03-01,2026-06-30,30,5,1,4,"
                        + "2,Test trainer\r\n"
                        + negotiation + ",\"Négociation, avancée\nniveau 2\",Executive Development,draft,2026-03-01,"
                        + "2026-06-30,30,1,0,0,0,Test trainer\r\n"
                        + coaching + ",Coaching,Entrepreneurship Coaching,published,2026-03-01,2026-06-30,30,1,0,0,0,"
                        + "Test trainer\r\n"
                        + orphan + ",'-Orphan,,archived,2026-03-01,2026-06-30,30,0,0,0,0, \r\n");
    }

    @Test
    void csvOfTheProgressQuotesNamesAndNeutralisesFormulas() {
        MvcTestResult result = mvc.get()
                .uri(PROGRESS + "?format=csv&trainingId=" + leadership + "&sort=email,asc")
                .header(HttpHeaders.AUTHORIZATION, cast.trainer().bearer())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"participant-progress.csv\"");
        String csv = Logins.body(result);
        assertThat(csv.lines())
                .containsExactly(
                        "\uFEFFuserId,participantName,email,trainingId,trainingTitle,enrollmentDate,enrollmentStatus,"
                                + "progress,totalSessions,attendedSessions,attendanceRate",
                        amina + ",\"Amina Ndiaye, \"\"Mimi\"\"\",amina@reports.test," + leadership
                                + ",Leadership Basics,2026-03-03T08:00:00Z,active,10,4,0,0.00",
                        formula + ",\"'=HYPERLINK(\"\"http://evil\"\") Guy\",formula@reports.test," + leadership
                                + ",Leadership Basics,2026-03-04T08:00:00Z,suspended,0,4,0,0.00",
                        cast.otherParticipant().id() + ",Test participant,other.participant@cast.test," + leadership
                                + ",Leadership Basics,2026-03-02T08:00:00Z,completed,100,4,2,50.00",
                        cast.participant().id() + ",Test participant,participant@cast.test," + leadership
                                + ",Leadership Basics,2026-03-01T08:00:00Z,active,40,4,1,25.00");
    }

    @Test
    void csvKeepsTheScopeOfTheCaller() {
        MvcTestResult result = mvc.get()
                .uri(PROGRESS + "?userId=" + cast.otherParticipant().id())
                .header(HttpHeaders.AUTHORIZATION, cast.participant().bearer())
                .header(HttpHeaders.ACCEPT, "text/csv, application/json;q=0.5")
                .exchange();
        assertThat(Logins.body(result).lines()).hasSize(1);
        MvcTestResult accents = mvc.get()
                .uri(PROGRESS + "?trainingId=" + negotiation)
                .header(HttpHeaders.AUTHORIZATION, cast.trainer().bearer())
                .header(HttpHeaders.ACCEPT, "text/csv")
                .exchange();
        assertThat(Logins.body(accents)).contains("Éloïse Ébène", "\"Négociation, avancée\nniveau 2\"");
    }

    @Test
    void jsonStaysTheAnswerWhenAcceptPrefersIt() {
        MvcTestResult result = mvc.get()
                .uri(TRAININGS)
                .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                .header(HttpHeaders.ACCEPT, "application/json, text/csv;q=0.5")
                .exchange();
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        assertThat(mvc.get()
                        .uri(TRAININGS + "?format=json")
                        .header(HttpHeaders.AUTHORIZATION, cast.admin().bearer())
                        .header(HttpHeaders.ACCEPT, "text/csv, application/json;q=0.1")
                        .exchange()
                        .getResponse()
                        .getContentType())
                .startsWith("application/json");
    }

    @Test
    void aReportPageTakesTheSameStatementsWhateverTheNumberOfRows() {
        summaries.refreshIfChanged();
        for (String report : List.of(PROGRESS, TRAININGS)) {
            for (int size : List.of(1, 100)) {
                // Whether the stored summaries are current (with the total), the rows, and the count while they
                // are not.
                Counted page = selectsInOneState(report + "?size=" + size, cast.admin());
                assertThat(page.selects()).as(report + " " + size).isEqualTo(page.fresh() ? 2 : 3);
            }
        }
        // A trainer's scope always counts its rows.
        assertThat(selects(PROGRESS + "?size=1", cast.trainer()))
                .isEqualTo(selects(PROGRESS + "?size=100", cast.trainer()))
                .isEqualTo(3);
    }

    private record Counted(long selects, boolean fresh) {}

    /**
     * The statements of one call, and whether the summaries were current throughout it: the scheduled refresh of any
     * test context on this database may change that at any moment, so a call it crossed is made again.
     */
    private Counted selectsInOneState(String uri, SignedIn caller) {
        for (int attempt = 0; attempt < 10; attempt++) {
            boolean fresh = summaries.state().fresh();
            long selects = selects(uri, caller);
            if (summaries.state().fresh() == fresh) {
                return new Counted(selects, fresh);
            }
        }
        throw new AssertionError("The summaries changed state during each of ten calls of " + uri);
    }

    @Test
    void aCsvExportTakesTheSameStatementsWhateverTheNumberOfRows() {
        long one = selects(PROGRESS + "?format=csv&trainingId=" + coaching, cast.admin());
        long all = selects(PROGRESS + "?format=csv", cast.admin());
        assertThat(one).isEqualTo(all).isEqualTo(2);
    }

    private long selects(String uri, SignedIn caller) {
        QueryCounting.reset();
        assertThat(mvc.get()
                        .uri(uri)
                        .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                        .exchange())
                .hasStatusOk();
        return QueryCounting.selects();
    }

    private String ok(String uri, SignedIn caller) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .exchange();
        assertThat(result).hasStatusOk();
        return Logins.body(result);
    }

    private String problemField(String uri, SignedIn caller) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .exchange();
        assertThat(result).hasStatus(400);
        return JsonPath.read(Logins.body(result), "$.errors[0].field");
    }

    private static List<Integer> ids(String body) {
        return JsonPath.read(body, "$.content[*].id");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
