package cm.resultinstitute.platform.database;

import java.nio.file.Path;

/** Starts (and stops) the embedded PostgreSQL in a JVM of its own, printing the one line of a failed start. */
final class EmbeddedDatabaseStarter {

    private EmbeddedDatabaseStarter() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]))) {
            System.out.println("Started on port " + database.port());
        } catch (DatabaseUnavailableException e) {
            System.out.println(e.getMessage());
        }
    }
}
