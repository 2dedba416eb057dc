package cm.resultinstitute.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The pool, whose connection timeout (the schema document's 30 s) is what background jobs wait, while a thread
 * serving a web request ({@link WebRequestThreads}) waits only a few seconds: a visitor hears "unavailable, try
 * again" at once when the database is down, instead of every request thread hanging for half a minute.
 */
class RequestAwarePool extends HikariDataSource {

    private static final ThreadLocal<Boolean> SERVING_A_REQUEST = new ThreadLocal<>();

    private final long requestTimeoutMillis;

    RequestAwarePool(Duration requestTimeout) {
        this.requestTimeoutMillis = requestTimeout.toMillis();
    }

    @Override
    public Connection getConnection() throws SQLException {
        // The pool exists once a first connection was asked for; only then can a call wait less than its timeout.
        if (SERVING_A_REQUEST.get() != null && getHikariPoolMXBean() instanceof HikariPool started) {
            return started.getConnection(requestTimeoutMillis);
        }
        return super.getConnection();
    }

    long requestTimeoutMillis() {
        return requestTimeoutMillis;
    }

    static void startServingARequest() {
        SERVING_A_REQUEST.set(Boolean.TRUE);
    }

    static void stopServingARequest() {
        SERVING_A_REQUEST.remove();
    }
}
