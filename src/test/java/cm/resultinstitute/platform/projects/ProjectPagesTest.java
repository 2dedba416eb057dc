package cm.resultinstitute.platform.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The projects' pages: the list, the board and its moves, the task dialog and "my tasks". */
@PlatformTest
class ProjectPagesTest {

    static final String TRAINER = "trainer@projectpages.test";
    static final String PARTICIPANT = "participant@projectpages.test";
    static final String OUTSIDER = "outsider@projectpages.test";

    static SignedIn trainer;
    static SignedIn participant;
    static int project;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void board(@Autowired MockMvcTester mvc) {
        trainer = Logins.newUser(mvc, TRAINER, "trainer");
        participant = Logins.newUser(mvc, PARTICIPANT, "participant");
        Logins.newUser(mvc, OUTSIDER, "participant");
        Calls api = new Calls(mvc);
        project = Calls.read(api.post("/api/v1/projects", trainer, "{\"title\": \"Youth Bootcamp\"}"), "$.id");
        api.post(
                "/api/v1/projects/" + project + "/tasks",
                trainer,
                "{\"title\": \"Book the venue\", \"assignedTo\": " + participant.id() + "}");
        api.post("/api/v1/projects/" + project + "/tasks", trainer, "{\"title\": \"Print badges\"}");
    }

    /** A task of the participant for one test alone, so that no test sees another's changes. */
    private int participantsTask(String title) {
        return Calls.read(
                new Calls(mvc)
                        .post(
                                "/api/v1/projects/" + project + "/tasks",
                                trainer,
                                "{\"title\": \"" + title + "\", \"assignedTo\": " + participant.id() + "}"),
                "$.id");
    }

    @Test
    void theListShowsEachPersonTheProjectsTheyMaySee() {
        assertThat(html(mvc.get().uri("/projects").cookie(Logins.pageSession(mvc, TRAINER))))
                .contains("Youth Bootcamp", "New project");
        assertThat(html(mvc.get().uri("/projects").cookie(Logins.pageSession(mvc, PARTICIPANT))))
                .contains("Youth Bootcamp", "One project")
                .doesNotContain("New project", "1 projects");
        assertThat(html(mvc.get().uri("/projects").cookie(Logins.pageSession(mvc, OUTSIDER))))
                .contains("No project matches")
                .doesNotContain("Youth Bootcamp");
        assertThat(html(mvc.get()
                        .uri("/projects")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .cookie(Logins.pageSession(mvc, TRAINER))))
                .contains("Projets", "Nouveau projet");
    }

    @Test
    void theBoardShowsTheColumnsWithTheirCardsAndTheScripts() {
        String page = html(mvc.get().uri("/projects/" + project).cookie(Logins.pageSession(mvc, TRAINER)));
        assertThat(page)
                .contains("id=\"column-todo\"", "id=\"column-done\"", "Book the venue", "Print badges")
                .containsPattern("/webjars/sortablejs/1\\.15\\.6/Sortable\\.min-[0-9a-f]{32}\\.js")
                .containsPattern("/assets/js/board-[0-9a-f]{32}\\.js")
                .containsPattern("/assets/css/board-[0-9a-f]{32}\\.css")
                .contains("class=\"board-card movable\"")
                .doesNotContain("onclick", "<script>");
        assertThat(mvc.get().uri("/projects/" + project).cookie(Logins.pageSession(mvc, OUTSIDER)))
                .hasStatus(404);
    }

    @Test
    void theBoardSendsMovesThatTheServerRenumbers() {
        int task = participantsTask("Move me");
        Cookie session = Logins.pageSession(mvc, PARTICIPANT);
        MvcTestResult moved = mvc.post()
                .uri("/projects/tasks/" + task + "/move")
                .cookie(session)
                .with(csrf())
                .param("status", "in_progress")
                .param("position", "0")
                .exchange();
        assertThat(moved).hasStatus(204);
        assertThat(jdbc.sql("SELECT status FROM tasks WHERE id = ?")
                        .param(task)
                        .query(String.class)
                        .single())
                .isEqualTo("in_progress");
        assertThat(mvc.post()
                        .uri("/projects/tasks/" + task + "/move")
                        .cookie(Logins.pageSession(mvc, OUTSIDER))
                        .with(csrf())
                        .param("status", "done")
                        .param("position", "0"))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/projects/tasks/" + task + "/move")
                        .cookie(session)
                        .param("status", "done")
                        .param("position", "0"))
                .as("without the CSRF token")
                .hasStatus(403);
    }

    @Test
    void theTaskDialogComesAsAFragmentForHtmx() {
        int task = participantsTask("Book the venue again");
        Cookie session = Logins.pageSession(mvc, TRAINER);
        String fragment =
                html(mvc.get().uri("/projects/tasks/" + task).cookie(session).header("HX-Request", "true"));
        assertThat(fragment)
                .contains("id=\"task-editor\"", "<h2>Book the venue again</h2>", "name=\"title\"")
                .doesNotContain("<html", "<h1");
        assertThat(html(mvc.get().uri("/projects/tasks/" + task).cookie(session)))
                .as("the page of its own is headed by the task")
                .contains("<html", "id=\"task-editor\"", "<h1>Book the venue again</h1>")
                .doesNotContain("<h2>Book the venue again</h2>");
        String assignees = html(
                mvc.get().uri("/projects/people?q=participant@projectpages").cookie(session));
        assertThat(assignees).contains("participant@projectpages.test").doesNotContain("outsider");
    }

    @Test
    void theAssigneesDialogOffersOnlyTheColumn() {
        int task = participantsTask("Column only");
        String fragment = html(mvc.get()
                .uri("/projects/tasks/" + task)
                .cookie(Logins.pageSession(mvc, PARTICIPANT))
                .header("HX-Request", "true"));
        assertThat(fragment).contains("name=\"status\"").doesNotContain("name=\"title\"");
    }

    @Test
    void savingTheDialogWithHtmxSendsTheBoardBack() {
        int task = participantsTask("Book a venue");
        MvcTestResult saved = mvc.post()
                .uri("/projects/tasks/" + task)
                .cookie(Logins.pageSession(mvc, TRAINER))
                .with(csrf())
                .header("HX-Request", "true")
                .param("title", "Book the big venue")
                .param("assignedTo", String.valueOf(participant.id()))
                .param("status", "REVIEW")
                .param("priority", "HIGH")
                .exchange();
        assertThat(saved).hasStatusOk();
        assertThat(saved.getResponse().getHeader("HX-Redirect")).isEqualTo("/projects/" + project);
        assertThat(jdbc.sql("SELECT title || ' ' || status || ' ' || priority FROM tasks WHERE id = ?")
                        .param(task)
                        .query(String.class)
                        .single())
                .isEqualTo("Book the big venue review high");

        String refused = html(mvc.post()
                .uri("/projects/tasks/" + task)
                .cookie(Logins.pageSession(mvc, TRAINER))
                .with(csrf())
                .header("HX-Request", "true")
                .param("title", " ")
                .param("status", "REVIEW")
                .param("priority", "HIGH"));
        assertThat(refused).contains("id=\"task-editor\"", "Required, at most 255 characters.");
    }

    @Test
    void aRefusedNewTaskComesBackWithWhatWasTypedAndTheReasonByItsField() {
        var session = Logins.pageSession(mvc, TRAINER);
        MvcTestResult refused = mvc.post()
                .uri("/projects/" + project + "/tasks")
                .cookie(session)
                .with(csrf())
                .param("title", "x".repeat(300))
                .param("description", "Keep what I typed")
                .param("status", "TO_DO")
                .param("priority", "HIGH")
                .param("dueDate", "2027-03-04")
                .exchange();
        assertThat(refused).hasStatus3xxRedirection();

        String board = html(mvc.get()
                .uri(refused.getResponse().getRedirectedUrl())
                .cookie(session)
                .flashAttrs(refused.getMvcResult().getFlashMap()));
        assertThat(board)
                .contains("Keep what I typed", "value=\"2027-03-04\"", "aria-invalid=\"true\"")
                .contains("class=\"field-error\"");
    }

    @Test
    void myTasksListsWhatIsAssignedToMe() {
        assertThat(html(mvc.get().uri("/my/tasks").cookie(Logins.pageSession(mvc, PARTICIPANT))))
                .contains("My tasks", "Youth Bootcamp")
                .doesNotContain("Print badges");
        assertThat(html(mvc.get().uri("/my/tasks").cookie(Logins.pageSession(mvc, OUTSIDER))))
                .contains("No task is assigned to you.");
    }

    @Test
    void aTrainerStartsAProjectThroughTheForm() {
        Cookie session = Logins.pageSession(mvc, TRAINER);
        MvcTestResult refused = mvc.post()
                .uri("/projects/new")
                .cookie(session)
                .with(csrf())
                .param("title", "Backwards")
                .param("status", "PLANNING")
                .param("priority", "MEDIUM")
                .param("startDate", "2027-05-10")
                .param("endDate", "2027-05-01")
                .exchange();
        assertThat(html(refused)).contains("The end must not come before the start.");
        for (String budget : new String[] {"abc", "1e30"}) {
            assertThat(html(mvc.post()
                            .uri("/projects/new")
                            .cookie(session)
                            .with(csrf())
                            .param("title", "Odd budget")
                            .param("status", "PLANNING")
                            .param("priority", "MEDIUM")
                            .param("budget", budget)
                            .exchange()))
                    .as(budget)
                    .contains("Budget: ")
                    .doesNotContain("Failed to convert", "java.", "must be less than");
        }

        MvcTestResult created = mvc.post()
                .uri("/projects/new")
                .cookie(session)
                .with(csrf())
                .param("title", "Entrepreneurship fair")
                .param("status", "ACTIVE")
                .param("priority", "HIGH")
                .param("budget", "250000")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(html(mvc.get().uri(created.getResponse().getRedirectedUrl()).cookie(session)))
                .contains("Entrepreneurship fair", "The project is created.", "250 000.00 XAF");
        assertThat(mvc.get().uri("/projects/new").cookie(Logins.pageSession(mvc, PARTICIPANT)))
                .hasStatus(403);
    }

    @Test
    void deletingATaskAsksForConfirmationFirst() {
        int task = participantsTask("Doomed task");
        var session = Logins.pageSession(mvc, TRAINER);
        assertThat(html(mvc.get().uri("/projects/tasks/" + task).cookie(session)))
                .contains("name=\"confirm\" value=\"true\" required", "I understand: delete this task for good.");

        MvcTestResult unconfirmed = mvc.post()
                .uri("/projects/tasks/" + task + "/delete")
                .cookie(session)
                .with(csrf())
                .exchange();
        assertThat(unconfirmed).hasRedirectedUrl("/projects/tasks/" + task);
        assertThat(unconfirmed.getMvcResult().getFlashMap().get("error"))
                .isEqualTo("Tick the box to confirm that the task is to be deleted.");
        assertThat(taskCount(task)).isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/projects/tasks/" + task + "/delete")
                        .param("confirm", "true")
                        .cookie(session)
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/projects/" + project);
        assertThat(taskCount(task)).isZero();
    }

    private long taskCount(int task) {
        return jdbc.sql("SELECT count(*) FROM tasks WHERE id = ?")
                .param(task)
                .query(Long.class)
                .single();
    }

    private static String html(MvcTestResult result) {
        return Logins.html(result);
    }

    private static String html(MockMvcTester.MockMvcRequestBuilder request) {
        return Logins.html(request.exchange());
    }
}
