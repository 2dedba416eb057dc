package cm.resultinstitute.platform.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be used right now (no connection from the pool, a connection lost, a server shutting
 * down or starting) from every other failure, wherever it sits among the causes: such requests get 503 with
 * {@code Retry-After}, not 500.
 */
public final class DatabaseOutages {

    /** What {@code Retry-After} tells the client: about as long as the pool takes to reconnect. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * What HikariCP answers, without a SQL state, when a connection it has just evicted for being lost is used again,
     * typically to roll back the transaction that found it lost (and whose own exception that rollback hides).
     */
    private static final String HIKARI_EVICTED = "Connection is closed";

    private DatabaseOutages() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isOutage(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among others
                || cause instanceof CannotCreateTransactionException
                || cause instanceof JDBCConnectionException
                || cause instanceof SQLTransientConnectionException // the pool timed out
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        if (HIKARI_EVICTED.equals(sql.getMessage())) {
            return true;
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        // 08: connection exception; 57P01-03: the server is shutting down, crashed, or not yet accepting connections
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
