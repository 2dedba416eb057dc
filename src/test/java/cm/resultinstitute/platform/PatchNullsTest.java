package cm.resultinstitute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestData;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A PATCH field with no empty value (a title, a status, a name) sent as null is a 400 naming it, not a field left
 * out; an optional one sent as null is still cleared.
 */
@PlatformTest
class PatchNullsTest {

    static Cast cast;
    static Map<String, String> paths;

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void oneOfEach(@Autowired MockMvcTester mvc, @Autowired JdbcClient jdbc) {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        cast = Cast.create(mvc);
        TestData data = TestData.shared();
        int training = data.training(
                "Nulls",
                "published",
                LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 2, 1),
                cast.trainer().id());
        int session = data.session(training, "First", java.time.Instant.parse("2030-01-10T08:00:00Z"), 60);
        int enrolment = data.enrol(cast.participant().id(), training, "active");
        int post = data.post("Nulls post", "draft", cast.trainer().id(), null);
        int project = jdbc.sql("INSERT INTO projects (title, created_by) VALUES ('Nulls', ?) RETURNING id")
                .param(cast.trainer().id())
                .query(Integer.class)
                .single();
        int task = jdbc.sql("INSERT INTO tasks (project_id, title, created_by) VALUES (?, 'Task', ?) RETURNING id")
                .params(project, cast.trainer().id())
                .query(Integer.class)
                .single();
        paths = Map.of(
                "me", "/api/v1/me",
                "training", "/api/v1/trainings/" + training,
                "session", "/api/v1/sessions/" + session,
                "enrolment", "/api/v1/enrollments/" + enrolment,
                "post", "/api/v1/blog/posts/" + post,
                "project", "/api/v1/projects/" + project,
                "task", "/api/v1/tasks/" + task,
                "user", "/api/v1/users/" + cast.otherParticipant().id());
    }

    @ParameterizedTest
    @CsvSource({
        "me, firstName, participant",
        "me, language, participant",
        "training, title, trainer",
        "training, status, trainer",
        "session, sessionDate, trainer",
        "enrolment, progress, trainer",
        "enrolment, status, trainer",
        "post, title, trainer",
        "post, content, trainer",
        "project, title, trainer",
        "project, status, trainer",
        "task, status, trainer",
        "user, role, admin",
        "user, email, admin"
    })
    void aFieldWithoutEmptyValueSentAsNullIs400(String record, String field, String role) {
        MvcTestResult refused = patch(record, cast.as(role), "{\"" + field + "\": null}");

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({
        "me, phone, participant",
        "post, excerpt, trainer",
        "task, assignedTo, trainer",
        "project, budget, admin"
    })
    void anOptionalFieldSentAsNullIsCleared(String record, String field, String role) {
        assertThat(patch(record, cast.as(role), "{\"" + field + "\": null}")).hasStatusOk();
    }

    private MvcTestResult patch(String record, SignedIn caller, String json) {
        return mvc.patch()
                .uri(paths.get(record))
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
