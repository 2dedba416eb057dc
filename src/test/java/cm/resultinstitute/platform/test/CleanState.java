package cm.resultinstitute.platform.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test class a clean slate: a migrated shared database with every table but Flyway's history empty, an
 * empty mail server and the real time. Migrating first lets a class insert data in {@code @BeforeAll}, before
 * Spring has started.
 */
public class CleanState implements BeforeAllCallback {

    private static final AtomicInteger CLASSES = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        Flyway.configure()
                .dataSource(SharedPostgres.dataSource(SharedPostgres.DATABASE))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        truncateAll(SharedPostgres.DATABASE);
        SharedMail.clear();
        MutableClock.INSTANCE.reset();
    }

    /** Empties every table but the migrations' own reference data (the category list). */
    public static void truncateAll(String database) throws SQLException {
        try (Connection connection = SharedPostgres.dataSource(database).getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename NOT IN ('flyway_schema_history', 'categories')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
                // Each class's accounts get ids no earlier class used: an instance remembers a user's access for a
                // moment by id (LiveAccess), and the same id with another role would end a new page session.
                statement.execute(
                        "ALTER SEQUENCE users_id_seq RESTART WITH " + (1 + 10_000 * CLASSES.incrementAndGet()));
            }
        }
    }
}
