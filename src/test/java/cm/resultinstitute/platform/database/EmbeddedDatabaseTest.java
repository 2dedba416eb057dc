package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.PlatformApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With no database configured the platform runs its own PostgreSQL 15, keeps its data in {@code APP_DATA_DIR}
 * across restarts, loads the demo data once, and stops the server when it stops.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void runsItsOwnPostgresAndKeepsTheDataAcrossRestarts(CapturedOutput output) {
        Path postgresDir = dataDir.resolve("postgres");
        long users;
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int / 10000")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(15);
            assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
                    .isEqualTo("resultinstitute_db");
            users = jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
            assertThat(users).isGreaterThanOrEqualTo(3);
            jdbc.sql("UPDATE users SET bio = 'kept across restarts' WHERE email = 'participant1@example.com'")
                    .update();
            assertThat(Files.exists(postgresDir.resolve("postmaster.pid"))).isTrue();
        }
        assertThat(Files.exists(postgresDir.resolve("postmaster.pid")))
                .as("the server stopped with the application")
                .isFalse();
        assertThat(output)
                .contains("Embedded PostgreSQL 15")
                .contains(postgresDir.toAbsolutePath().toString())
                .contains("This mode is for one machine");

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM users").query(Long.class).single())
                    .as("demo data is loaded only once")
                    .isEqualTo(users);
            assertThat(jdbc.sql("SELECT bio FROM users WHERE email = 'participant1@example.com'")
                            .query(String.class)
                            .single())
                    .isEqualTo("kept across restarts");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlatformApplication.class)
                .run("--app.data-dir=" + dataDir, "--server.port=0", "--app.database.url=");
    }
}
