package cm.resultinstitute.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path output = outputFile(directory);
        long outputBefore = 0;
        try {
            Files.createDirectories(directory.getParent());
            outputBefore = Files.exists(output) ? Files.size(output) : 0;
            // What initdb and pg_ctl print goes to a file, so that a failed start can say why; once started, the
            // server writes its own log in the data directory, one file per weekday, overwritten a week later.
            ProcessBuilder.Redirect toOutputFile = ProcessBuilder.Redirect.appendTo(output.toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(toOutputFile)
                    .setErrorRedirector(toOutputFile)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_filename", "postgresql-%a.log")
                    .setServerConfig("log_truncate_on_rotation", "on")
                    .setServerConfig("log_rotation_age", "1d")
                    .setServerConfig("log_rotation_size", "0")
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
            throw startFailure(directory, e, printedSince(output, outputBefore));
        }
    }

    /** Where initdb and pg_ctl write, next to the data directory (initdb wants that directory empty). */
    static Path outputFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    /** Words a failed start in one line, from what PostgreSQL printed: its own refusal when it has one. */
    static DatabaseUnavailableException startFailure(Path directory, Exception failure, String printed) {
        if (printed.contains("cannot be run as root")
                || printed.contains("\"root\" execution")
                || printed.contains("administrative permissions")) {
            return new DatabaseUnavailableException(
                    "The embedded PostgreSQL refuses to run as root or as an administrator: start the platform as an"
                            + " ordinary user, or set DATABASE_URL to use a PostgreSQL server",
                    "Start the platform as an ordinary user, or set DATABASE_URL to use a PostgreSQL server.",
                    failure);
        }
        String reason = printed.lines()
                .filter(line -> line.contains("FATAL") || line.contains("error:") || line.contains("ERROR"))
                .findFirst()
                .map(String::strip)
                .orElse(failure.getMessage());
        return new DatabaseUnavailableException(
                "The embedded PostgreSQL could not start with its data in " + directory + ": " + reason,
                "See what PostgreSQL printed in " + outputFile(directory) + ", or set DATABASE_URL to use a PostgreSQL"
                        + " server.",
                failure);
    }

    private static String printedSince(Path output, long offset) {
        try {
            byte[] bytes = Files.exists(output) ? Files.readAllBytes(output) : new byte[0];
            int from = (int) Math.min(offset, bytes.length);
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
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
