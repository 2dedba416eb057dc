package cm.resultinstitute.platform.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Moves of one board sent at the same time still leave every column numbered 0..n-1. */
@PlatformTest
class ConcurrentMovesTest {

    static final List<String> COLUMNS = List.of("todo", "in_progress", "review", "done");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void concurrentMovesLeaveNoGapsNorRepeats() throws Exception {
        SignedIn trainer = Logins.newUser(mvc, "trainer@moves.test", "trainer");
        Calls api = new Calls(mvc);
        int project = Calls.read(api.post("/api/v1/projects", trainer, "{\"title\": \"Busy board\"}"), "$.id");
        List<Integer> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(Calls.read(
                    api.post("/api/v1/projects/" + project + "/tasks", trainer, "{\"title\": \"Task " + i + "\"}"),
                    "$.id"));
        }
        HttpClient client = HttpClient.newHttpClient();
        Random random = new Random(42);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int task = tasks.get(random.nextInt(tasks.size()));
                String body = "{\"status\": \"" + COLUMNS.get(random.nextInt(COLUMNS.size())) + "\", \"position\": "
                        + random.nextInt(6) + "}";
                HttpRequest move = HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/tasks/" + task + "/move"))
                        .header("Authorization", trainer.bearer())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                statuses.add(pool.submit(() -> {
                    start.await();
                    return client.send(move, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        long total = 0;
        for (String column : COLUMNS) {
            List<Integer> indexes = jdbc.sql(
                            "SELECT order_index FROM tasks WHERE project_id = ? AND status = ? ORDER BY order_index")
                    .params(project, column)
                    .query(Integer.class)
                    .list();
            assertThat(indexes)
                    .as(column)
                    .isEqualTo(IntStream.range(0, indexes.size()).boxed().toList());
            total += indexes.size();
        }
        assertThat(total).isEqualTo(12);
        assertThat(jdbc.sql("SELECT count(*) FROM tasks WHERE status = 'done' AND completed_at IS NULL"
                                + " OR status <> 'done' AND completed_at IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
