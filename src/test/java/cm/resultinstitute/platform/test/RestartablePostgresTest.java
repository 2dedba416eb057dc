package cm.resultinstitute.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class RestartablePostgresTest {

    @Test
    void aRestartedServerKeepsItsPortAndItsData() throws SQLException {
        try (RestartablePostgres postgres = RestartablePostgres.start()) {
            execute(postgres, "CREATE TABLE kept (value TEXT); INSERT INTO kept VALUES ('before')");

            postgres.stop();
            assertThatThrownBy(() -> execute(postgres, "SELECT 1")).isInstanceOf(SQLException.class);

            postgres.restart();
            try (Connection connection = connect(postgres);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT value FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("before");
            }
        }
    }

    @Test
    void closingTheServerDeletesItsData() {
        RestartablePostgres postgres = RestartablePostgres.start();
        Path directory = postgres.directory();
        assertThat(directory).isDirectory();

        postgres.close();

        assertThat(directory).doesNotExist();
    }

    private static void execute(RestartablePostgres postgres, String sql) throws SQLException {
        try (Connection connection = connect(postgres);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(RestartablePostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), null);
    }
}
