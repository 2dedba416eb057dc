package cm.resultinstitute.platform.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The lists of projects, of a board's tasks and of "my tasks" read a fixed number of statements whatever the number
 * of rows: creators and assignees come in the same query (no N+1).
 */
@PlatformTest
class ProjectListQueryCountTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsReadTheSameNumberOfStatementsForFewOrManyRows() {
        SignedIn trainer = Logins.newUser(mvc, "trainer@counts.test", "trainer");
        SignedIn participant = Logins.newUser(mvc, "participant@counts.test", "participant");
        Calls api = new Calls(mvc);
        int project = project(api, trainer, participant, 2);
        long[] few = counts(api, trainer, participant, project);

        for (int i = 0; i < 6; i++) {
            project(api, Logins.newUser(mvc, "creator" + i + "@counts.test", "trainer"), participant, 0);
        }
        for (int i = 0; i < 10; i++) {
            int someone = TestData.shared().user("someone" + i + "@counts.test", "participant");
            api.post(
                    "/api/v1/projects/" + project + "/tasks",
                    trainer,
                    "{\"title\": \"More " + i + "\", \"assignedTo\": " + someone + "}");
            api.post(
                    "/api/v1/projects/" + project + "/tasks",
                    trainer,
                    "{\"title\": \"Mine " + i + "\", \"assignedTo\": " + participant.id() + "}");
        }
        long[] many = counts(api, trainer, participant, project);

        assertThat(many).isEqualTo(few);
        assertThat(java.util.Arrays.stream(few).max().orElseThrow()).isLessThanOrEqualTo(3);
    }

    private static int project(Calls api, SignedIn creator, SignedIn participant, int tasks) {
        int project = Calls.read(api.post("/api/v1/projects", creator, "{\"title\": \"Counted\"}"), "$.id");
        for (int i = 0; i < Math.max(tasks, 1); i++) {
            api.post(
                    "/api/v1/projects/" + project + "/tasks",
                    creator,
                    "{\"title\": \"Task " + i + "\", \"assignedTo\": " + participant.id() + "}");
        }
        return project;
    }

    private static long[] counts(Calls api, SignedIn trainer, SignedIn participant, int project) {
        return new long[] {
            selects(() -> api.get("/api/v1/projects?size=100", trainer)),
            selects(() -> api.get("/api/v1/projects?size=100", participant)),
            selects(() -> api.get("/api/v1/projects/" + project + "/tasks?size=100", trainer)),
            selects(() -> api.get("/api/v1/me/tasks?size=100", participant))
        };
    }

    private static long selects(Runnable call) {
        QueryCounting.reset();
        call.run();
        return QueryCounting.selects();
    }
}
