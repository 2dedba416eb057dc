package cm.resultinstitute.platform.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Applies the platform's Flyway migrations to a database of a test's choosing. */
final class Migrations {

    private Migrations() {}

    static void apply(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
