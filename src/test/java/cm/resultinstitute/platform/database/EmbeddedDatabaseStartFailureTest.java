package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A failed start of the embedded PostgreSQL says why in one line, from what PostgreSQL itself printed. */
class EmbeddedDatabaseStartFailureTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "initdb: error: cannot be run as root\ninitdb: hint: Please log in (using, e.g., \"su\") as the"
                        + " (unprivileged) user that will own the server process.\n",
                "pg_ctl: cannot be run as root\nPlease log in (using, e.g., \"su\") as the (unprivileged) user\n",
                "\"root\" execution of the PostgreSQL server is not permitted.\nThe server must be started under an"
                        + " unprivileged user ID to prevent\n",
                "Execution of PostgreSQL by a user with administrative permissions is not permitted.\n"
            })
    void postgresRefusingRootBecomesOneLineWithTheFix(String printed) {
        DatabaseUnavailableException failure = EmbeddedDatabase.startFailure(
                dataDir, new IllegalStateException("Process [initdb, -A, trust] failed"), printed);
        assertThat(failure.getMessage())
                .isEqualTo("The embedded PostgreSQL refuses to run as root or as an administrator: start the platform"
                        + " as an ordinary user, or set DATABASE_URL to use a PostgreSQL server")
                .doesNotContain("\n");
        assertThat(new DatabaseUnavailableFailureAnalyzer()
                        .analyze(failure, failure)
                        .getAction())
                .isEqualTo("Start the platform as an ordinary user, or set DATABASE_URL to use a PostgreSQL server.");
    }

    @Test
    void anotherFailureQuotesThePostgresErrorLine() throws IOException {
        Path postgresDir = dataDir.resolve("postgres");
        Files.createDirectories(postgresDir);
        Files.writeString(postgresDir.resolve("left-behind.txt"), "not a PostgreSQL data directory");

        assertThatThrownBy(() -> EmbeddedDatabase.start(postgresDir))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("The embedded PostgreSQL could not start with its data in " + postgresDir)
                .hasMessageContaining("exists but is not empty");
        assertThat(EmbeddedDatabase.outputFile(postgresDir)).isEqualTo(dataDir.resolve("postgres.log"));
    }

    /**
     * As root, the embedded binaries run in a user namespace of their own ({@code unshare -U}); where there is none,
     * PostgreSQL refuses, and the platform says so. A fake {@code unshare} that fails plays such a machine.
     */
    @Test
    void asRootWithoutAUserNamespaceTheStartSaysToRunAsAnOrdinaryUser() throws Exception {
        assumeThat(new com.sun.security.auth.module.UnixSystem().getUid())
                .as("running as root")
                .isZero();
        Path bin = Files.createDirectory(dataDir.resolve("bin"));
        Path unshare = Files.writeString(bin.resolve("unshare"), "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(unshare, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder child = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseStarter.class.getName(),
                        dataDir.resolve("postgres").toString()))
                .redirectErrorStream(true);
        child.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(output)
                .as("what the platform said")
                .contains("The embedded PostgreSQL refuses to run as root or as an administrator: start the"
                        + " platform as an ordinary user, or set DATABASE_URL");
        assertThat(Files.readString(dataDir.resolve("postgres.log"))).contains("cannot be run as root");
    }
}
