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
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL of its own for tests of outages: it can be stopped and started again on the same port with the same
 * data, as a server restarted by its operator would be. The shared server of {@link SharedPostgres} is never stopped.
 */
public final class RestartablePostgres implements AutoCloseable {

    public static final String DATABASE = "platform";

    private final Path directory;
    private final int port;
    private volatile EmbeddedPostgres server;

    private RestartablePostgres(Path directory, int port, EmbeddedPostgres server) {
        this.directory = directory;
        this.port = port;
        this.server = server;
    }

    /** Starts a new server with an empty {@value #DATABASE} database. */
    public static RestartablePostgres start() {
        try {
            Path directory = Files.createTempDirectory("platform-test-pg-restartable");
            EmbeddedPostgres server = builder(directory, 0).start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return new RestartablePostgres(directory, server.getPort(), server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDBC URL of the {@value #DATABASE} database, the same across restarts. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String username() {
        return SharedPostgres.SUPERUSER;
    }

    /** Stops the server (fast shutdown: open connections are cut), keeping its data. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    /** Starts the server again, on the same port with the same data. */
    public synchronized void restart() {
        stop();
        try {
            server = builder(directory, port).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean running() {
        return server != null;
    }

    /** Stops the server and deletes its data: each test run would otherwise leave about 50 MB behind. */
    @Override
    public synchronized void close() {
        stop();
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        return directory;
    }

    private static EmbeddedPostgres.Builder builder(Path directory, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off");
        return port == 0 ? builder : builder.setPort(port);
    }
}
