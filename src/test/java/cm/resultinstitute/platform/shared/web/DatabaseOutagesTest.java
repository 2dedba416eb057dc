package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are the database being unreachable: by type or SQL state, anywhere among the causes. */
class DatabaseOutagesTest {

    @Test
    void noConnectionFromThePoolIsAnOutage() {
        assertThat(DatabaseOutages.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
                .isTrue();
        assertThat(DatabaseOutages.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager")))
                .isTrue();
        assertThat(DatabaseOutages.causedBy(new SQLTransientConnectionException("platform - request timed out")))
                .isTrue();
    }

    @Test
    void aLostConnectionIsAnOutageHoweverDeepItsCause() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseOutages.causedBy(new ServletException(
                        "Request processing failed", new JpaSystemException(new RuntimeException(lost)))))
                .isTrue();
        assertThat(DatabaseOutages.causedBy(new JDBCConnectionException("Unable to acquire JDBC Connection", lost)))
                .isTrue();
        assertThat(DatabaseOutages.causedBy(
                        new JpaSystemException(new RuntimeException(new SQLException("Connection is closed")))))
                .as("HikariCP's answer once it evicted the lost connection")
                .isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingIsAnOutage() {
        assertThat(DatabaseOutages.causedBy(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseOutages.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutages.causedBy(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseOutages.causedBy(new IllegalStateException("SELECT 1")))
                .isFalse();
        assertThat(DatabaseOutages.causedBy(null)).isFalse();
    }
}
