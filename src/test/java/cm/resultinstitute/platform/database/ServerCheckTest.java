package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cm.resultinstitute.platform.test.SharedPostgres;
import java.net.ServerSocket;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each way a configured server can be unusable ends the start with a sentence that says which. */
class ServerCheckTest {

    static String host;

    @BeforeAll
    static void roleThatNeedsAPassword() {
        host = "localhost:" + SharedPostgres.port();
        JdbcClient.create(SharedPostgres.dataSource("postgres"))
                .sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + SharedPostgres.PASSWORD_ROLE
                        + "') THEN CREATE ROLE " + SharedPostgres.PASSWORD_ROLE
                        + " LOGIN PASSWORD 'the-right-one'; END IF; END $$")
                .update();
    }

    @Test
    void acceptsAReachableServerOfVersion14OrNewer() {
        assertThatCode(() -> ServerCheck.verify(settings("postgresql://postgres@" + host + "/postgres")))
                .doesNotThrowAnyException();
    }

    @Test
    void saysWhenTheCredentialsAreWrong() {
        assertThatThrownBy(() -> ServerCheck.verify(settings(
                        "postgresql://" + SharedPostgres.PASSWORD_ROLE + ":the-wrong-one@" + host + "/postgres")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("PostgreSQL at " + SharedPostgres.PASSWORD_ROLE + "@" + host
                        + "/postgres refused the credentials of user '" + SharedPostgres.PASSWORD_ROLE
                        + "': check DATABASE_USERNAME and DATABASE_PASSWORD");
    }

    @Test
    void saysWhenTheDatabaseDoesNotExist() {
        assertThatThrownBy(() -> ServerCheck.verify(settings("postgresql://postgres@" + host + "/no_such_db")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void saysWhenTheServerCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> ServerCheck.verify(settings("postgresql://app:pw@localhost:" + closedPort + "/db")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("Cannot reach PostgreSQL at app@localhost:" + closedPort + "/db")
                .hasMessageNotContaining("pw");
    }

    @Test
    void explainsAnUnknownHost() {
        String message = ServerCheck.explain(
                settings("postgresql://app@db.invalid/db"),
                new SQLException("The connection attempt failed.\nmore lines", "08001"));
        assertThat(message).isEqualTo("Cannot reach PostgreSQL at app@db.invalid/db: The connection attempt failed.");
    }

    private static ConnectionSettings settings(String url) {
        return ConnectionSettings.fromDatabaseUrl(url, null, null);
    }
}
