package cm.resultinstitute.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 15 that the platform starts itself when no server is configured, with its data kept in a local
 * folder across restarts and stopped cleanly on shutdown. Meant for one machine: a trial, a laptop, a small office.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE_NAME = "resultinstitute_db";
    private static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new DatabaseUnavailableException("The embedded PostgreSQL refuses to run as root: start the platform"
                    + " as an ordinary user, or set DATABASE_URL to use a PostgreSQL server");
        }
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("timezone", "UTC")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory);
            database.createDatabaseIfMissing();
            log.info(
                    "Embedded PostgreSQL {} is running on localhost:{} with its data in {}. This mode is for one machine;"
                            + " set DATABASE_URL to use a PostgreSQL server.",
                    database.serverVersion(),
                    postgres.getPort(),
                    directory);
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            if (e instanceof DatabaseUnavailableException unavailable) {
                throw unavailable;
            }
            throw new DatabaseUnavailableException(
                    "The embedded PostgreSQL could not start with its data in " + directory + ": " + e.getMessage(), e);
        }
    }

    ConnectionSettings connectionSettings() {
        return new ConnectionSettings(postgres.getJdbcUrl(SUPERUSER, DATABASE_NAME), SUPERUSER, null);
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase(Map.of()).getConnection();
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE_NAME + " WITH ENCODING 'UTF8'");
                }
            }
        }
    }

    private String serverVersion() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping the embedded PostgreSQL");
        postgres.close();
    }
}
