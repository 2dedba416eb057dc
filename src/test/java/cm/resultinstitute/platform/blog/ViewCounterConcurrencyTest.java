package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The view counter is incremented in the database, so that concurrent readers never lose a view. */
@PlatformTest
class ViewCounterConcurrencyTest {

    static final int READERS = 100;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aHundredConcurrentPublicReadsAddExactlyAHundredViews() throws Exception {
        int author = TestData.shared().user("author@views.test", "trainer");
        int id = TestData.shared().post("Popular post", "published", author, null);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest read = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/blog/posts/popular-post"))
                .GET()
                .build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return client.send(read, HttpResponse.BodyHandlers.discarding())
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
        assertThat(jdbc.sql("SELECT views FROM blog_posts WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(READERS);
    }
}
