package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.SharedPostgres;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The {@code db} health answers within about a second, whatever the database does, and runs one probe at a time. */
class DatabaseHealthIndicatorTest {

    @Test
    void aReachableDatabaseIsUp() {
        DatabaseHealthIndicator health =
                new DatabaseHealthIndicator(SharedPostgres.dataSource(SharedPostgres.DATABASE));
        try {
            Health answer = health.health();
            assertThat(answer.getStatus()).isEqualTo(Status.UP);
            assertThat(answer.getDetails()).containsEntry("database", "PostgreSQL");
        } finally {
            health.destroy();
        }
    }

    @Test
    void aDatabaseThatHangsIsDownWithinASecondAndCallersShareOneProbe() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        AtomicInteger connectionsAsked = new AtomicInteger();
        DataSource hanging = (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connectionsAsked.incrementAndGet();
                        released.await();
                        throw new java.sql.SQLTransientConnectionException("timed out", "08001");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        DatabaseHealthIndicator health = new DatabaseHealthIndicator(hanging);
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try {
            List<Future<Health>> answers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                answers.add(callers.submit((Callable<Health>) health::health));
            }
            for (Future<Health> answer : answers) {
                Health down = answer.get(10, TimeUnit.SECONDS);
                assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                assertThat(down.getDetails()).containsEntry("error", "no connection within 1000 ms");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(connectionsAsked).as("one probe for all callers").hasValue(1);

            released.countDown();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (connectionsAsked.get() < 2 && System.nanoTime() < deadline) {
                Health next = health.health();
                assertThat(next.getStatus()).isEqualTo(Status.DOWN);
            }
            assertThat(connectionsAsked)
                    .as("a new probe once the first one ended")
                    .hasValue(2);
        } finally {
            released.countDown();
            callers.shutdownNow();
            health.destroy();
        }
    }
}
