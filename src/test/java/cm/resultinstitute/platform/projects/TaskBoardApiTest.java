package cm.resultinstitute.platform.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.Mailbox;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Tasks on a board: their place in the columns, completion, assignment and who may change what. */
@PlatformTest
class TaskBoardApiTest {

    static SignedIn trainer;
    static SignedIn otherTrainer;
    static SignedIn admin;
    static SignedIn assignee;
    static SignedIn otherParticipant;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Calls api;
    int project;

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        trainer = Logins.newUser(mvc, "trainer@board.test", "trainer");
        otherTrainer = Logins.newUser(mvc, "other.trainer@board.test", "trainer");
        admin = Logins.newUser(mvc, "admin@board.test", "admin");
        assignee = Logins.newUser(mvc, "assignee@board.test", "participant");
        otherParticipant = Logins.newUser(mvc, "other@board.test", "participant");
    }

    @BeforeEach
    void aProject() {
        api = new Calls(mvc);
        jdbc.sql("DELETE FROM projects").update();
        project = Calls.read(api.post("/api/v1/projects", trainer, "{\"title\": \"Bootcamp\"}"), "$.id");
    }

    @Test
    void aTaskOfAProjectOneMayNotSeeAnswersAsAMissingOne() {
        int id = task("Hidden", null);
        MvcTestResult missing = api.get("/api/v1/tasks/999999", otherParticipant);
        String detail = Calls.read(missing, "$.detail");

        for (MvcTestResult hidden : List.of(
                api.get("/api/v1/tasks/" + id, otherParticipant),
                api.patch("/api/v1/tasks/" + id, otherParticipant, "{\"status\": \"done\"}"),
                move(id, "review", 0, otherParticipant),
                api.call(HttpMethod.DELETE, "/api/v1/tasks/" + id, otherParticipant, null))) {
            assertThat(hidden).hasStatus(404);
            assertThat(Calls.<String>read(hidden, "$.detail")).isEqualTo(detail).isEqualTo("No such task.");
        }
    }

    @Test
    void newTasksGoLastInTheirColumn() {
        int a = task("A", null);
        int b = task("B", null);
        int c = task("C", "review");
        int d = task("D", null);
        assertThat(column("todo")).containsExactly(a, b, d);
        assertThat(column("review")).containsExactly(c);
        MvcTestResult created = api.get("/api/v1/tasks/" + d, trainer);
        assertThat(Calls.<Integer>read(created, "$.orderIndex")).isEqualTo(2);
        assertThat(Calls.<String>read(created, "$.projectTitle")).isEqualTo("Bootcamp");
    }

    @Test
    void theTaskListIsOrderedByColumnThenPlaceAndFiltered() {
        int done = task("Done", "done");
        int review = task("Review", "review");
        int todo = task("Todo", null);
        int progress = task("Progress", "in_progress");
        int mine = create("{\"title\": \"Mine\", \"assignedTo\": " + assignee.id() + "}");

        assertThat(ids(api.get(tasks(), trainer))).containsExactly(todo, mine, progress, review, done);
        assertThat(ids(api.get(tasks() + "?status=review", trainer))).containsExactly(review);
        assertThat(ids(api.get(tasks() + "?assignedTo=" + assignee.id(), trainer)))
                .containsExactly(mine);
        assertThat(api.get(tasks() + "?status=later", trainer)).hasStatus(400);
    }

    @Test
    void movingRenumbersBothColumnsWithoutGapsOrRepeats() {
        int a = task("A", null);
        int b = task("B", null);
        int c = task("C", null);
        int x = task("X", "in_progress");
        int y = task("Y", "in_progress");

        assertThat(move(b, "in_progress", 1)).hasStatusOk();
        assertThat(column("todo")).containsExactly(a, c);
        assertThat(column("in_progress")).containsExactly(x, b, y);
        assertOrderIndexes();

        assertThat(move(y, "in_progress", 0)).hasStatusOk();
        assertThat(column("in_progress")).containsExactly(y, x, b);

        assertThat(move(a, "todo", 99)).hasStatusOk();
        assertThat(column("todo")).containsExactly(c, a);
        assertThat(move(c, "done", 0)).hasStatusOk();
        assertThat(column("todo")).containsExactly(a);
        assertThat(column("done")).containsExactly(c);
        assertOrderIndexes();

        assertThat(move(a, "todo", -1)).hasStatus(400);
        assertThat(api.post("/api/v1/tasks/" + a + "/move", trainer, "{\"status\": \"todo\"}"))
                .hasStatus(400);
        assertThat(move(a, "later", 0)).hasStatus(400);
        assertThat(move(999999, "todo", 0)).hasStatus(404);
    }

    @Test
    void doneSetsCompletedAtAndLeavingDoneClearsIt() {
        int id = task("Finish", null);
        assertThat(Calls.<Object>read(api.get("/api/v1/tasks/" + id, trainer), "$.completedAt"))
                .isNull();

        MvcTestResult done = api.patch("/api/v1/tasks/" + id, trainer, "{\"status\": \"done\"}");
        String completedAt = Calls.read(done, "$.completedAt");
        assertThat(completedAt).isNotNull();

        MvcTestResult reordered = move(id, "done", 0);
        assertThat(Calls.<String>read(reordered, "$.completedAt"))
                .as("staying in done keeps the time")
                .isEqualTo(completedAt);

        MvcTestResult reopened = move(id, "review", 0);
        assertThat(Calls.<Object>read(reopened, "$.completedAt")).isNull();

        MvcTestResult createdDone = api.post(tasks(), trainer, "{\"title\": \"Already\", \"status\": \"done\"}");
        assertThat(Calls.<String>read(createdDone, "$.completedAt")).isNotNull();
        assertThat(actions(id))
                .as("one entry per change: reordering within done changed nothing")
                .containsExactly("task_created", "task_completed", "task_updated");
    }

    @Test
    void completingATaskWritesOneEntryCarryingEveryChange() {
        int id = task("Finish", null);
        assertThat(api.patch(
                        "/api/v1/tasks/" + id,
                        trainer,
                        "{\"status\": \"done\", \"title\": \"Finished\", \"priority\": \"high\"}"))
                .hasStatusOk();

        List<String> entries = metadataSince(id, 1);
        assertThat(actions(id)).containsExactly("task_created", "task_completed");
        String metadata = entries.get(0);
        assertThat(JsonPath.<String>read(metadata, "$.changes.status.old")).isEqualTo("todo");
        assertThat(JsonPath.<String>read(metadata, "$.changes.status.new")).isEqualTo("done");
        assertThat(JsonPath.<String>read(metadata, "$.changes.title.old")).isEqualTo("Finish");
        assertThat(JsonPath.<String>read(metadata, "$.changes.title.new")).isEqualTo("Finished");
        assertThat(JsonPath.<String>read(metadata, "$.changes.priority.new")).isEqualTo("high");
        assertThat(JsonPath.<String>read(metadata, "$.completedAt")).isNotEqualTo("null");
        assertThat(JsonPath.<Integer>read(metadata, "$.projectId")).isEqualTo(project);
    }

    @Test
    void movingATaskToDoneWritesOneEntry() {
        task("Done before", "done");
        task("Waiting", null);
        int id = task("Second in line", null);
        assertThat(move(id, "done", 0)).hasStatusOk();

        assertThat(actions(id)).containsExactly("task_created", "task_completed");
        String metadata = metadataSince(id, 1).get(0);
        assertThat(JsonPath.<String>read(metadata, "$.changes.status.new")).isEqualTo("done");
        assertThat(JsonPath.<Integer>read(metadata, "$.changes.orderIndex.old")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(metadata, "$.changes.orderIndex.new")).isEqualTo(0);
    }

    @Test
    void assigningATaskWritesOneEntryCarryingEveryChange() {
        int id = task("Book the hall", null);
        assertThat(api.patch(
                        "/api/v1/tasks/" + id,
                        trainer,
                        "{\"assignedTo\": " + assignee.id() + ", \"dueDate\": \"2027-01-10\"}"))
                .hasStatusOk();

        assertThat(actions(id)).containsExactly("task_created", "task_assigned");
        String metadata = metadataSince(id, 1).get(0);
        assertThat(JsonPath.<Object>read(metadata, "$.changes.assignedTo.old")).isNull();
        assertThat(JsonPath.<Integer>read(metadata, "$.changes.assignedTo.new")).isEqualTo(assignee.id());
        assertThat(JsonPath.<String>read(metadata, "$.changes.dueDate.new")).isEqualTo("2027-01-10");
        assertThat(JsonPath.<Integer>read(metadata, "$.assignedTo")).isEqualTo(assignee.id());
    }

    @Test
    void aTaskAddedDoneForSomeoneIsCreatedAssignedAndCompletedOnceEach() {
        int id = create("{\"title\": \"Done already\", \"status\": \"done\", \"assignedTo\": " + assignee.id() + "}");

        assertThat(actions(id)).containsExactly("task_created", "task_assigned", "task_completed");
        List<String> entries = metadataSince(id, 0);
        assertThat(JsonPath.<String>read(entries.get(0), "$.status")).isEqualTo("done");
        assertThat(JsonPath.<Integer>read(entries.get(1), "$.assignedTo")).isEqualTo(assignee.id());

        int assigned = create("{\"title\": \"For someone\", \"assignedTo\": " + assignee.id() + "}");
        assertThat(actions(assigned)).containsExactly("task_created", "task_assigned");
    }

    @Test
    void theAssigneeMayChangeOnlyTheStatusOfTheirOwnTask() {
        int id = create("{\"title\": \"Theirs\", \"assignedTo\": " + assignee.id() + "}");
        int other = task("Not theirs", null);

        assertThat(api.patch("/api/v1/tasks/" + id, assignee, "{\"status\": \"in_progress\"}"))
                .hasStatusOk();
        assertThat(move(id, "review", 0, assignee)).hasStatusOk();
        assertThat(api.patch("/api/v1/tasks/" + id, assignee, "{\"title\": \"Renamed\"}"))
                .hasStatus(403);
        assertThat(api.patch("/api/v1/tasks/" + id, assignee, "{\"status\": \"done\", \"priority\": \"low\"}"))
                .hasStatus(403);
        assertThat(api.patch("/api/v1/tasks/" + other, assignee, "{\"status\": \"done\"}"))
                .hasStatus(403);
        assertThat(api.call(HttpMethod.DELETE, "/api/v1/tasks/" + id, assignee, null))
                .hasStatus(403);
        assertThat(api.patch("/api/v1/tasks/" + id, otherParticipant, "{\"status\": \"done\"}"))
                .hasStatus(404);
        assertThat(api.patch("/api/v1/tasks/" + id, otherTrainer, "{\"status\": \"done\"}"))
                .hasStatus(403);
        assertThat(Calls.<String>read(api.get("/api/v1/tasks/" + id, trainer), "$.title"))
                .isEqualTo("Theirs");
    }

    @Test
    void onlyActiveUsersCanBeAssigned() {
        int suspended = TestData.shared().user("suspended@board.test", "participant");
        jdbc.sql("UPDATE users SET status = 'suspended' WHERE id = ?")
                .param(suspended)
                .update();

        MvcTestResult refused = api.post(tasks(), trainer, "{\"title\": \"T\", \"assignedTo\": " + suspended + "}");
        assertThat(refused).hasStatus(400);
        assertThat(Calls.<String>read(refused, "$.errors[0].field")).isEqualTo("assignedTo");
        assertThat(api.post(tasks(), trainer, "{\"title\": \"T\", \"assignedTo\": 999999}"))
                .hasStatus(400);
        int id = task("Later", null);
        assertThat(api.patch("/api/v1/tasks/" + id, trainer, "{\"assignedTo\": " + suspended + "}"))
                .hasStatus(400);
    }

    @Test
    void assigningMailsTheAssigneeAndIsInTheAuditTrail() {
        SignedIn organiser = Logins.newUser(mvc, "organiser@board.test", "participant");
        int id = task("Book the venue", null);
        MvcTestResult assigned = api.patch("/api/v1/tasks/" + id, trainer, "{\"assignedTo\": " + organiser.id() + "}");
        assertThat(Calls.<Integer>read(assigned, "$.assignedTo")).isEqualTo(organiser.id());
        assertThat(Calls.<String>read(assigned, "$.assignedToName")).isEqualTo("Test participant");

        String mail = Mailbox.decoded(Mailbox.awaitMailTo(organiser.email(), "A task was assigned to you"));
        assertThat(mail).contains("Book the venue", "Bootcamp", "/projects/" + project);
        assertThat(actions(id)).containsExactly("task_created", "task_assigned");

        MvcTestResult unassigned = api.patch("/api/v1/tasks/" + id, trainer, "{\"assignedTo\": null}");
        assertThat(Calls.<Object>read(unassigned, "$.assignedTo")).isNull();
    }

    @Test
    void myTasksListsTheTasksAssignedToMeWithTheirProject() {
        int mine = create("{\"title\": \"Mine\", \"assignedTo\": " + assignee.id() + ", \"dueDate\": \"2027-01-10\"}");
        create("{\"title\": \"Someone else's\", \"assignedTo\": " + otherParticipant.id() + "}");

        MvcTestResult page = api.get("/api/v1/me/tasks", assignee);
        assertThat(ids(page)).containsExactly(mine);
        assertThat(Calls.<String>read(page, "$.content[0].projectTitle")).isEqualTo("Bootcamp");
        assertThat(Calls.<String>read(page, "$.content[0].dueDate")).isEqualTo("2027-01-10");
        assertThat(Calls.<Integer>read(page, "$.page.totalElements")).isEqualTo(1);
        assertThat(ids(api.get("/api/v1/me/tasks", trainer))).isEmpty();
        assertThat(api.get("/api/v1/me/tasks", null)).hasStatus(401);
    }

    @Test
    void deletingATaskClosesTheGapInItsColumn() {
        int a = task("A", null);
        int b = task("B", null);
        int c = task("C", null);
        assertThat(api.call(HttpMethod.DELETE, "/api/v1/tasks/" + b, trainer, null))
                .hasStatus(204);
        assertThat(column("todo")).containsExactly(a, c);
        assertOrderIndexes();
        assertThat(actions(b)).contains("task_deleted");
    }

    private int task(String title, String status) {
        return create(
                "{\"title\": \"" + title + "\"" + (status == null ? "" : ", \"status\": \"" + status + "\"") + "}");
    }

    private int create(String json) {
        MvcTestResult created = api.post(tasks(), trainer, json);
        assertThat(created).hasStatus(201);
        return Calls.read(created, "$.id");
    }

    private MvcTestResult move(int id, String status, int position) {
        return move(id, status, position, trainer);
    }

    private MvcTestResult move(int id, String status, int position, SignedIn who) {
        return api.post(
                "/api/v1/tasks/" + id + "/move",
                who,
                "{\"status\": \"" + status + "\", \"position\": " + position + "}");
    }

    private List<Integer> column(String status) {
        return jdbc.sql("SELECT id FROM tasks WHERE project_id = ? AND status = ? ORDER BY order_index")
                .params(project, status)
                .query(Integer.class)
                .list();
    }

    /** Every column numbered 0..n-1. */
    private void assertOrderIndexes() {
        for (String status : List.of("todo", "in_progress", "review", "done")) {
            List<Integer> indexes = jdbc.sql(
                            "SELECT order_index FROM tasks WHERE project_id = ? AND status = ? ORDER BY order_index")
                    .params(project, status)
                    .query(Integer.class)
                    .list();
            assertThat(indexes)
                    .as(status)
                    .isEqualTo(java.util.stream.IntStream.range(0, indexes.size())
                            .boxed()
                            .toList());
        }
    }

    /** The metadata of the task's entries after the first {@code skip}, oldest first. */
    private List<String> metadataSince(int id, int skip) {
        return jdbc.sql("SELECT metadata::text FROM activity_logs WHERE entity_type = 'task' AND entity_id = ?"
                        + " ORDER BY id OFFSET ?")
                .params(id, skip)
                .query(String.class)
                .list();
    }

    private List<String> actions(int id) {
        return jdbc.sql("SELECT action FROM activity_logs WHERE entity_type = 'task' AND entity_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    private String tasks() {
        return "/api/v1/projects/" + project + "/tasks";
    }

    private static List<Integer> ids(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return Calls.read(result, "$.content[*].id");
    }
}
