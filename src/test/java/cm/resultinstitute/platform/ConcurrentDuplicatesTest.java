package cm.resultinstitute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Cast;
import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.MutableClock;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SignedIn;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The same write sent several times at once (a double tap, a client that retries, a busy office) succeeds each time
 * as it does one after the other: no 409 for a slug nobody chose, nor for a mark that is updated in place.
 */
@PlatformTest
class ConcurrentDuplicatesTest {

    static final int AT_ONCE = 8;
    static final Instant START = Instant.parse("2030-03-10T08:00:00Z");

    static Cast cast;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    @BeforeAll
    static void people(@Autowired MockMvcTester mvc, @Autowired JdbcClient jdbc) {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        cast = Cast.create(mvc);
    }

    @AfterEach
    void realTime() {
        MutableClock.INSTANCE.reset();
    }

    @Test
    void trainingsOfOneTitleCreatedAtOnceEachGetAFreeSlug() throws Exception {
        List<Integer> statuses = atOnce("POST", "/api/v1/trainings", cast.trainer(), "{\"title\": \"Race Training\"}");

        assertThat(statuses).containsOnly(201);
        assertThat(jdbc.sql("SELECT slug FROM trainings WHERE title = 'Race Training'")
                        .query(String.class)
                        .set())
                .hasSize(AT_ONCE)
                .contains("race-training", "race-training-2", "race-training-" + AT_ONCE);
    }

    @Test
    void postsOfOneTitleCreatedAtOnceEachGetAFreeSlug() throws Exception {
        List<Integer> statuses =
                atOnce("POST", "/api/v1/blog/posts", cast.trainer(), "{\"title\": \"Race Post\", \"content\": \"C\"}");

        assertThat(statuses).containsOnly(201);
        assertThat(jdbc.sql("SELECT slug FROM blog_posts WHERE title = 'Race Post'")
                        .query(String.class)
                        .set())
                .hasSize(AT_ONCE);
    }

    @Test
    void theSameMarkOrCheckInSentAtOnceIsOneRowUpdatedInPlace() throws Exception {
        int training = TestData.shared()
                .training(
                        "Roll call",
                        "published",
                        LocalDate.of(2030, 3, 1),
                        LocalDate.of(2030, 4, 30),
                        cast.trainer().id());
        int session = TestData.shared().session(training, "Kick-off", START, 120);
        TestData.shared().enrol(cast.participant().id(), training, "active");
        TestData.shared().enrol(cast.otherParticipant().id(), training, "active");
        MutableClock.INSTANCE.setTo(START.plusSeconds(300));
        SignedIn trainer = Logins.signIn(mvc, cast.trainer().email(), TestAccounts.PASSWORD);
        SignedIn participant = Logins.signIn(mvc, cast.otherParticipant().email(), TestAccounts.PASSWORD);

        List<Integer> marks = atOnce(
                "PUT",
                "/api/v1/sessions/" + session + "/attendance",
                trainer,
                "[{\"userId\": " + cast.participant().id() + ", \"status\": \"present\"}]");
        String code = JsonPath.read(
                Logins.body(mvc.get()
                        .uri("/api/v1/sessions/" + session + "/check-in-code")
                        .header("Authorization", trainer.bearer())
                        .exchange()),
                "$.code");
        List<Integer> checkIns = atOnce(
                "POST", "/api/v1/sessions/" + session + "/check-in", participant, "{\"code\": \"" + code + "\"}");

        assertThat(marks).containsOnly(200);
        assertThat(checkIns).containsOnly(200);
        assertThat(jdbc.sql("SELECT count(*) FROM attendance WHERE session_id = ?")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private List<Integer> atOnce(String method, String path, SignedIn caller, String body) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", caller.bearer())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
