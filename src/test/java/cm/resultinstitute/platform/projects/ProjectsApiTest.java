package cm.resultinstitute.platform.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Projects through the API: validation, filters, who sees which, changes in the audit trail. */
@PlatformTest
class ProjectsApiTest {

    static SignedIn trainer;
    static SignedIn otherTrainer;
    static SignedIn admin;
    static SignedIn participant;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Calls api;

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        trainer = Logins.newUser(mvc, "trainer@projects.test", "trainer");
        otherTrainer = Logins.newUser(mvc, "other.trainer@projects.test", "trainer");
        admin = Logins.newUser(mvc, "admin@projects.test", "admin");
        participant = Logins.newUser(mvc, "participant@projects.test", "participant");
    }

    @BeforeEach
    void noProjects() {
        api = new Calls(mvc);
        jdbc.sql("DELETE FROM projects").update();
    }

    @Test
    void createAnswers201WithTheProject() {
        MvcTestResult created = create(trainer, """
                {"title": "Youth Leadership Bootcamp", "description": "Five days", "status": "active",
                 "priority": "high", "startDate": "2027-03-01", "endDate": "2027-03-05",
                 "budget": 1500000.50, "location": "Douala"}""");

        assertThat(created).hasStatus(201);
        int id = Calls.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/projects/" + id);
        assertThat(Calls.<String>read(created, "$.status")).isEqualTo("active");
        assertThat(Calls.<String>read(created, "$.priority")).isEqualTo("high");
        assertThat(Calls.<String>read(created, "$.startDate")).isEqualTo("2027-03-01");
        assertThat(Calls.<Double>read(created, "$.budget")).isEqualTo(1500000.50);
        assertThat(Calls.<Integer>read(created, "$.createdBy")).isEqualTo(trainer.id());
        assertThat(actions(id)).containsExactly("project_created");
    }

    @Test
    void defaultsArePlanningAndMedium() {
        MvcTestResult created = create(trainer, "{\"title\": \"Plain\"}");
        assertThat(Calls.<String>read(created, "$.status")).isEqualTo("planning");
        assertThat(Calls.<String>read(created, "$.priority")).isEqualTo("medium");
    }

    @Test
    void invalidProjectsAre400() {
        List<String> bodies = List.of(
                "{\"title\": \"\"}",
                "{\"title\": \"T\", \"startDate\": \"2027-03-05\", \"endDate\": \"2027-03-01\"}",
                "{\"title\": \"T\", \"budget\": -1}",
                "{\"title\": \"T\", \"budget\": 10.123}",
                "{\"title\": \"T\", \"budget\": 100000000}",
                "{\"title\": \"T\", \"status\": \"finished\"}",
                "{\"title\": \"T\", \"priority\": \"critical\"}",
                "{\"title\": \"T\", \"startDate\": \"2027-02-30\"}",
                "{\"title\": \"T\", \"startDate\": 20270101}",
                "{\"title\": \"T\", \"startDate\": \"\"}",
                "{\"title\": \"T\", \"status\": 2}",
                "{\"title\": \"T\", \"priority\": 3}",
                "{\"title\": \"T\", \"createdBy\": 1}");
        for (String body : bodies) {
            assertThat(create(trainer, body)).as(body).hasStatus(400);
        }
        assertThat(create(trainer, "{\"title\": \"T\", \"budget\": 99999999.99}"))
                .hasStatus(201);
        assertThat(create(trainer, "{\"title\": \"T\", \"budget\": 0}")).hasStatus(201);
    }

    @Test
    void datesStayOrderedWhenOnlyOneChanges() {
        int id = Calls.read(
                create(trainer, "{\"title\": \"T\", \"startDate\": \"2027-03-01\", \"endDate\": \"2027-03-05\"}"),
                "$.id");
        MvcTestResult refused = api.patch(uri(id), trainer, "{\"endDate\": \"2027-02-01\"}");
        assertThat(refused).hasStatus(400);
        assertThat(Calls.<String>read(refused, "$.errors[0].field")).isEqualTo("endDate");
        assertThat(api.patch(uri(id), trainer, "{\"startDate\": null}")).hasStatusOk();
        assertThat(api.patch(uri(id), trainer, "{\"endDate\": \"2027-02-01\"}")).hasStatusOk();
    }

    @Test
    void patchChangesOnlyWhatIsGivenAndNullClears() {
        int id = Calls.read(create(trainer, "{\"title\": \"T\", \"budget\": 1000, \"location\": \"Yaoundé\"}"), "$.id");
        MvcTestResult changed = api.patch(uri(id), trainer, "{\"status\": \"on_hold\"}");
        assertThat(Calls.<String>read(changed, "$.status")).isEqualTo("on_hold");
        assertThat(Calls.<Double>read(changed, "$.budget")).isEqualTo(1000.0);
        assertThat(Calls.<String>read(changed, "$.location")).isEqualTo("Yaoundé");

        MvcTestResult cleared = api.patch(uri(id), admin, "{\"budget\": null, \"location\": \"\"}");
        assertThat(Calls.<Object>read(cleared, "$.budget")).isNull();
        assertThat(Calls.<Object>read(cleared, "$.location")).isNull();
        assertThat(actions(id)).containsExactly("project_created", "project_updated", "project_updated");
        assertThat(api.patch(uri(id), admin, "{\"given\": [\"budget\"]}"))
                .as("the request's own bookkeeping is no field a client may send")
                .hasStatus(400);
    }

    @Test
    void onlyTheCreatorAndAdminsChangeAProject() {
        int id = Calls.read(create(trainer, "{\"title\": \"Mine\"}"), "$.id");
        assertThat(api.patch(uri(id), otherTrainer, "{\"title\": \"Theirs\"}")).hasStatus(403);
        assertThat(api.call(HttpMethod.DELETE, uri(id), otherTrainer, null)).hasStatus(403);
        assertThat(api.patch(uri(id), participant, "{\"title\": \"Theirs\"}")).hasStatus(404);
        assertThat(api.patch(uri(id), admin, "{\"title\": \"Renamed\"}")).hasStatusOk();
    }

    @Test
    void participantsSeeOnlyProjectsWhereATaskIsTheirs() {
        int theirs = Calls.read(create(trainer, "{\"title\": \"With a task\"}"), "$.id");
        int other = Calls.read(create(trainer, "{\"title\": \"Without\"}"), "$.id");
        api.post(uri(theirs) + "/tasks", trainer, "{\"title\": \"Do it\", \"assignedTo\": " + participant.id() + "}");

        assertThat(ids(api.get("/api/v1/projects", participant))).containsExactly(theirs);
        assertThat(api.get(uri(theirs), participant)).hasStatusOk();
        assertThat(api.get(uri(other), participant)).hasStatus(404);
        assertThat(api.get(uri(other) + "/tasks", participant)).hasStatus(404);
        assertThat(ids(api.get("/api/v1/projects", otherTrainer))).containsExactlyInAnyOrder(theirs, other);
    }

    @Test
    void theListFiltersByStatusPriorityAndText() {
        int bootcamp = Calls.read(create(trainer, """
                {"title": "Leadership bootcamp", "status": "active", "priority": "urgent"}"""), "$.id");
        int fair = Calls.read(create(trainer, """
                {"title": "Entrepreneurship fair", "description": "Stands for young founders"}"""), "$.id");

        assertThat(ids(api.get("/api/v1/projects?status=active", admin))).containsExactly(bootcamp);
        assertThat(ids(api.get("/api/v1/projects?status=ON_HOLD", admin))).isEmpty();
        assertThat(ids(api.get("/api/v1/projects?priority=urgent", admin))).containsExactly(bootcamp);
        assertThat(ids(api.get("/api/v1/projects?q=founders", admin))).containsExactly(fair);
        assertThat(ids(api.get("/api/v1/projects?q=leadrship", admin))).containsExactly(bootcamp);
        assertThat(ids(api.get("/api/v1/projects?sort=title,asc", admin))).containsExactly(fair, bootcamp);
        assertThat(api.get("/api/v1/projects?status=bogus", admin)).hasStatus(400);
        assertThat(api.get("/api/v1/projects?sort=secret,asc", admin)).hasStatus(400);
        assertThat(api.get("/api/v1/projects?page=-1", admin)).hasStatus(400);
    }

    @Test
    void deletingAProjectDeletesItsTasks() {
        int id = Calls.read(create(trainer, "{\"title\": \"Doomed\"}"), "$.id");
        api.post(uri(id) + "/tasks", trainer, "{\"title\": \"One\"}");
        api.post(uri(id) + "/tasks", trainer, "{\"title\": \"Two\"}");

        assertThat(api.call(HttpMethod.DELETE, uri(id), trainer, null)).hasStatus(204);

        assertThat(api.get(uri(id), trainer)).hasStatus(404);
        assertThat(jdbc.sql("SELECT count(*) FROM tasks").query(Long.class).single())
                .isZero();
        assertThat(actions(id)).containsExactly("project_created", "project_deleted");
    }

    private MvcTestResult create(SignedIn who, String json) {
        return api.post("/api/v1/projects", who, json);
    }

    private List<String> actions(int id) {
        return jdbc.sql("SELECT action FROM activity_logs WHERE entity_type = 'project' AND entity_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    private static List<Integer> ids(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return Calls.read(result, "$.content[*].id");
    }

    private static String uri(int id) {
        return "/api/v1/projects/" + id;
    }
}
