package cm.resultinstitute.platform.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SharedPostgres;
import cm.resultinstitute.platform.test.SignedIn;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every endpoint of projects and tasks, called by each kind of caller with a real token from the real login. The
 * cast's trainer created the project; its participant has a task on it, the other participant none.
 */
@PlatformTest
class ProjectsAuthorizationMatrixTest {

    static final List<String> ROLES =
            List.of("anonymous", "participant", "otherParticipant", "trainer", "otherTrainer", "admin");
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    static Cast cast;
    static int project;
    static int participantsTask;
    static int othersTask;

    @Autowired
    MockMvcTester mvc;

    record Endpoint(
            String name, HttpMethod method, Function<Cast, String> uri, Function<Cast, String> body, int... statuses) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> calls() {
        List<Endpoint> endpoints = List.of(
                new Endpoint(
                        "GET /projects", HttpMethod.GET, c -> "/api/v1/projects", null, 401, 200, 200, 200, 200, 200),
                new Endpoint(
                        "POST /projects",
                        HttpMethod.POST,
                        c -> "/api/v1/projects",
                        c -> "{\"title\": \"Project " + SEQUENCE.incrementAndGet() + "\"}",
                        401,
                        403,
                        403,
                        201,
                        201,
                        201),
                new Endpoint(
                        "GET /projects/{id}",
                        HttpMethod.GET,
                        c -> "/api/v1/projects/" + project,
                        null,
                        401,
                        200,
                        404,
                        200,
                        200,
                        200),
                new Endpoint(
                        "PATCH /projects/{id}",
                        HttpMethod.PATCH,
                        c -> "/api/v1/projects/" + project,
                        c -> "{\"priority\": \"high\"}",
                        401,
                        403,
                        404,
                        200,
                        403,
                        200),
                new Endpoint(
                        "DELETE /projects/{id}",
                        HttpMethod.DELETE,
                        c -> "/api/v1/projects/" + doomedProject(c),
                        null,
                        401,
                        403,
                        404,
                        204,
                        403,
                        204),
                new Endpoint(
                        "GET /projects/{id}/tasks",
                        HttpMethod.GET,
                        c -> "/api/v1/projects/" + project + "/tasks",
                        null,
                        401,
                        200,
                        404,
                        200,
                        200,
                        200),
                new Endpoint(
                        "POST /projects/{id}/tasks",
                        HttpMethod.POST,
                        c -> "/api/v1/projects/" + project + "/tasks",
                        c -> "{\"title\": \"Task " + SEQUENCE.incrementAndGet() + "\"}",
                        401,
                        403,
                        404,
                        201,
                        403,
                        201),
                new Endpoint(
                        "GET /tasks/{id}",
                        HttpMethod.GET,
                        c -> "/api/v1/tasks/" + participantsTask,
                        null,
                        401,
                        200,
                        404,
                        200,
                        200,
                        200),
                new Endpoint(
                        "PATCH /tasks/{own} status",
                        HttpMethod.PATCH,
                        c -> "/api/v1/tasks/" + participantsTask,
                        c -> "{\"status\": \"in_progress\"}",
                        401,
                        200,
                        404,
                        200,
                        403,
                        200),
                new Endpoint(
                        "PATCH /tasks/{own} title",
                        HttpMethod.PATCH,
                        c -> "/api/v1/tasks/" + participantsTask,
                        c -> "{\"title\": \"Renamed\"}",
                        401,
                        403,
                        404,
                        200,
                        403,
                        200),
                new Endpoint(
                        "PATCH /tasks/{someone else's}",
                        HttpMethod.PATCH,
                        c -> "/api/v1/tasks/" + othersTask,
                        c -> "{\"status\": \"review\"}",
                        401,
                        403,
                        404,
                        200,
                        403,
                        200),
                new Endpoint(
                        "POST /tasks/{own}/move",
                        HttpMethod.POST,
                        c -> "/api/v1/tasks/" + participantsTask + "/move",
                        c -> "{\"status\": \"review\", \"position\": 0}",
                        401,
                        200,
                        404,
                        200,
                        403,
                        200),
                new Endpoint(
                        "DELETE /tasks/{id}",
                        HttpMethod.DELETE,
                        c -> "/api/v1/tasks/" + doomedTask(c),
                        null,
                        401,
                        403,
                        404,
                        204,
                        403,
                        204),
                new Endpoint(
                        "GET /me/tasks", HttpMethod.GET, c -> "/api/v1/me/tasks", null, 401, 200, 200, 200, 200, 200),
                new Endpoint(
                        "GET /projects/{unknown}",
                        HttpMethod.GET,
                        c -> "/api/v1/projects/999999",
                        null,
                        401,
                        404,
                        404,
                        404,
                        404,
                        404));
        return endpoints.stream().flatMap(endpoint -> ROLES.stream()
                .map(role -> Arguments.of(endpoint, role, endpoint.statuses()[ROLES.indexOf(role)])));
    }

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc) {
        cast = Cast.create(mvc);
        Calls api = new Calls(mvc);
        project = Calls.read(api.post("/api/v1/projects", cast.trainer(), "{\"title\": \"Matrix\"}"), "$.id");
        participantsTask = Calls.read(
                api.post(
                        "/api/v1/projects/" + project + "/tasks",
                        cast.trainer(),
                        "{\"title\": \"Theirs\", \"assignedTo\": "
                                + cast.participant().id() + "}"),
                "$.id");
        othersTask = Calls.read(
                api.post("/api/v1/projects/" + project + "/tasks", cast.trainer(), "{\"title\": \"Not theirs\"}"),
                "$.id");
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("calls")
    void callerGetsTheExpectedStatus(Endpoint endpoint, String role, int expected) {
        SignedIn caller = cast.as(role);
        String body = endpoint.body() == null ? null : endpoint.body().apply(cast);
        assertThat(new Calls(mvc).call(endpoint.method(), endpoint.uri().apply(cast), caller, body))
                .hasStatus(expected);
    }

    /** A project of the cast's trainer where the cast's participant has a task, made for one deletion. */
    private static int doomedProject(Cast cast) {
        JdbcClient jdbc = JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE));
        int id = jdbc.sql("INSERT INTO projects (title, created_by) VALUES (?, ?) RETURNING id")
                .params("Doomed " + SEQUENCE.incrementAndGet(), cast.trainer().id())
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO tasks (project_id, title, assigned_to, order_index) VALUES (?, 'Theirs', ?, 0)")
                .params(id, cast.participant().id())
                .update();
        return id;
    }

    private static int doomedTask(Cast cast) {
        JdbcClient jdbc = JdbcClient.create(SharedPostgres.dataSource(SharedPostgres.DATABASE));
        return jdbc.sql("INSERT INTO tasks (project_id, title, assigned_to, order_index) VALUES (?, ?, ?, 99)"
                        + " RETURNING id")
                .params(
                        project,
                        "Doomed " + SEQUENCE.incrementAndGet(),
                        cast.participant().id())
                .query(Integer.class)
                .single();
    }
}
