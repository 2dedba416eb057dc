package cm.resultinstitute.platform.database;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health of readiness, in place of Spring Boot's, which waits as long as the pool does: DOWN when no
 * connection answers within a second. One probe runs at a time; callers that arrive while it runs wait for that same
 * probe, so that a database that hangs never piles up waiting threads.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    static final Duration WAIT = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "db-health");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> probe;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try {
            return currentProbe().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("error", "no connection within " + WAIT.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    private synchronized Future<Health> currentProbe() {
        if (probe == null || probe.isDone()) {
            probe = prober.submit(this::check);
        }
        return probe;
    }

    private Health check() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid((int) WAIT.toSeconds())) {
                return Health.down()
                        .withDetail("error", "the connection did not answer")
                        .build();
            }
            return Health.up()
                    .withDetail("database", connection.getMetaData().getDatabaseProductName())
                    .build();
        }
    }

    @Override
    public void destroy() {
        prober.shutdownNow();
    }
}
