package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assumptions.assumeThat;

import cm.resultinstitute.platform.test.SharedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the operations scripts of {@code scripts/} as an administrator would, against the shared PostgreSQL. */
final class Scripts {

    record Result(int exitCode, String output) {}

    private Scripts() {}

    /**
     * The scripts need Debian's postgresql-client. CI installs it and sets REQUIRE_POSTGRES_CLIENT, so there a missing
     * client fails the build; on a developer's machine without it, these tests are skipped.
     */
    static void requirePostgresClient() {
        boolean available = onPath("psql") && onPath("pg_dump");
        if (!available && Boolean.parseBoolean(System.getenv("REQUIRE_POSTGRES_CLIENT"))) {
            throw new IllegalStateException("psql and pg_dump are required (apt-get install postgresql-client)");
        }
        assumeThat(available).as("psql and pg_dump on the PATH").isTrue();
    }

    static String databaseUrl(String database) {
        return "postgresql://" + SharedPostgres.SUPERUSER + "@localhost:" + SharedPostgres.port() + "/" + database;
    }

    static Result run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("bash"));
        arguments.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("APP_DATA_DIR");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("script did not finish: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
