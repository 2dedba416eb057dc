package cm.resultinstitute.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.HttpVisitor;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.SecondInstance;
import cm.resultinstitute.platform.test.TestData;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in limit holds however many attempts arrive at once, and on however many instances: checking and counting
 * an attempt are one statement in PostgreSQL.
 */
@PlatformTest
class ConcurrentSignInAttemptsTest {

    @RegisterExtension
    static SecondInstance other = new SecondInstance();

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void fortyParallelWrongPasswordsOnTwoInstancesLetAtMostFiveThrough() throws Exception {
        TestData.shared().user("target@concurrent.test", "participant");
        awayFromTheEndOfAWindow();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService attackers = Executors.newFixedThreadPool(40);
        try {
            List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String base = i % 2 == 0 ? "http://localhost:" + port : other.url("");
                attempts.add(attackers.submit(() -> {
                    start.await();
                    return HttpVisitor.json(
                            "POST",
                            base + "/api/v1/auth/login",
                            "{\"email\": \"target@concurrent.test\", \"password\": \"wrong-password\"}");
                }));
            }
            start.countDown();
            int checked = 0;
            int refused = 0;
            for (Future<HttpResponse<String>> attempt : attempts) {
                HttpResponse<String> answer = attempt.get();
                if (answer.statusCode() == 429) {
                    refused++;
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                    assertThat(answer.headers().firstValue("Content-Type"))
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                } else {
                    assertThat(answer.statusCode()).isEqualTo(401);
                    checked++;
                }
            }
            assertThat(checked).as("passwords checked").isBetween(1, 5);
            assertThat(refused).isEqualTo(40 - checked);
            assertThat(jdbc.sql(
                                    "SELECT hits FROM rate_limits WHERE bucket_key = 'login:account:target@concurrent.test'")
                            .query(Integer.class)
                            .single())
                    .isLessThanOrEqualTo(5);
        } finally {
            attackers.shutdownNow();
        }
    }

    /** Counters live in 15-minute windows on the real clock: a window must not end in the middle of the test. */
    private static void awayFromTheEndOfAWindow() throws InterruptedException {
        long intoWindow = Instant.now().getEpochSecond() % 900;
        if (intoWindow > 880) {
            Thread.sleep((901 - intoWindow) * 1000);
        }
    }
}
