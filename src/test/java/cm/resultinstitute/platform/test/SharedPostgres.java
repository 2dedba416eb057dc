package cm.resultinstitute.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one embedded PostgreSQL of a test JVM, started on first use and stopped when the JVM exits. Every Spring
 * context of the tests uses its {@code platform_test} database; tests that need an untouched database create one.
 */
public final class SharedPostgres {

    public static final String DATABASE = "platform_test";
    public static final String SUPERUSER = "postgres";
    /** A role that must give its password, so that tests can see credentials refused. */
    public static final String PASSWORD_ROLE = "password_checked";

    private static EmbeddedPostgres postgres;

    private SharedPostgres() {}

    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                Path directory = Files.createTempDirectory("platform-test-pg");
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(true)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .setDataDirectoryCustomizer(SharedPostgres::requirePasswordForOneRole)
                        .start();
                createDatabase(DATABASE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    public static String jdbcUrl(String database) {
        return server().getJdbcUrl(SUPERUSER, database).replaceAll("\\?.*$", "");
    }

    public static String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public static DataSource dataSource(String database) {
        return server().getDatabase(SUPERUSER, database);
    }

    public static int port() {
        return server().getPort();
    }

    /** Creates (or recreates) an empty database. */
    public static String createDatabase(String name) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
    }

    private static void requirePasswordForOneRole(java.io.File dataDirectory) {
        Path hba = dataDirectory.toPath().resolve("pg_hba.conf");
        try {
            String rules = "host all " + PASSWORD_ROLE + " 127.0.0.1/32 scram-sha-256\n" + "host all " + PASSWORD_ROLE
                    + " ::1/128 scram-sha-256\n";
            Files.writeString(hba, rules + Files.readString(hba));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points a Spring context at the shared server, as {@code DATABASE_URL} would, and its mail at GreenMail. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "app.database.url=" + jdbcUrl(),
                            "app.database.username=" + SUPERUSER,
                            "app.admin.email=" + TestAccounts.ADMIN_EMAIL,
                            "app.admin.password=" + TestAccounts.PASSWORD,
                            "spring.mail.host=127.0.0.1",
                            "spring.mail.port=" + SharedMail.port(),
                            "app.mail.poll-interval=200ms",
                            // Tests write with SQL and read the pages at once: no anonymous page is kept for them.
                            "app.page-cache-ttl=0s",
                            // The reminder job runs when a test calls it, never on its own in the middle of one
                            // (a run holding its lock made the test's own runs skip).
                            "app.reminders.cron=-",
                            "app.jwt.secret=" + TestAccounts.JWT_SECRET)
                    .applyTo(context);
        }
    }
}
