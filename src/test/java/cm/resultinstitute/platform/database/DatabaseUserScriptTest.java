package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cm.resultinstitute.platform.PlatformApplication;
import cm.resultinstitute.platform.test.SharedPostgres;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code scripts/create-db-user.sh} gives the platform an account that can read and write the rows of every table,
 * including those of later migrations, but cannot empty a table at once or change the schema; the owner runs the
 * migrations.
 */
class DatabaseUserScriptTest {

    static final String APP_USER = "resultinstitute_user";

    @BeforeAll
    static void client() {
        Scripts.requirePostgresClient();
    }

    @Test
    void platformRunsAsTheLeastPrivilegedAccountWhileTheOwnerMigrates() throws Exception {
        String database = SharedPostgres.createDatabase("least_privilege");
        Map<String, String> env =
                Map.of("DATABASE_URL", Scripts.databaseUrl(database), "DB_APP_PASSWORD", "app-secret-password");

        Scripts.Result created = Scripts.run(env, "scripts/create-db-user.sh");
        assertThat(created.exitCode()).as(created.output()).isZero();
        assertThat(created.output()).doesNotContain("app-secret-password");
        JdbcClient superuser = JdbcClient.create(SharedPostgres.dataSource(database));
        assertThat(superuser
                        .sql("SELECT rolcanlogin AND rolpassword IS NOT NULL FROM pg_authid WHERE rolname = ?")
                        .param(APP_USER)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        String jdbcUrl = "jdbc:postgresql://localhost:" + SharedPostgres.port() + "/" + database;
        try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(PlatformApplication.class)
                .run(
                        "--server.port=0",
                        "--app.database.url=" + jdbcUrl,
                        "--app.database.username=" + APP_USER,
                        "--app.database.password=app-secret-password",
                        "--app.database.migration-username=postgres",
                        "--app.demo-data=true",
                        "--DB_POOL_MAX_SIZE=7")) {
            assertThat(platform.getBean(HikariDataSource.class).getMaximumPoolSize())
                    .as("pool settings come from the environment")
                    .isEqualTo(7);
            JdbcClient asApplication = platform.getBean(JdbcClient.class);
            assertThat(asApplication
                            .sql("SELECT current_user")
                            .query(String.class)
                            .single())
                    .isEqualTo(APP_USER);
            assertThat(asApplication
                            .sql("SELECT count(*) FROM users")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(3);
        }
        assertThat(superuser
                        .sql("SELECT tableowner FROM pg_tables WHERE tablename = 'users'")
                        .query(String.class)
                        .single())
                .isEqualTo("postgres");

        try (Connection connection = DriverManager.getConnection(jdbcUrl, APP_USER, "app-secret-password")) {
            assertReadsAndWritesRowsOnly(
                    connection,
                    "users",
                    "email, password_hash, first_name, last_name, role",
                    "'rows@script.test', 'x', 'Row', 'Only', 'participant'",
                    "bio = 'changed'",
                    "email = 'rows@script.test'");
        }

        superuser
                .sql("CREATE TABLE added_later (id SERIAL PRIMARY KEY, note TEXT)")
                .update();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, APP_USER, "app-secret-password")) {
            assertReadsAndWritesRowsOnly(
                    connection, "added_later", "note", "'written'", "note = 'changed'", "note = 'changed'");
        }

        assertThat(Scripts.run(env, "scripts/create-db-user.sh").exitCode())
                .as("running it again is harmless")
                .isZero();
    }

    @Test
    void refusesToCreateAnAccountWithoutAPassword() throws Exception {
        Scripts.Result result = Scripts.run(
                Map.of("DATABASE_URL", Scripts.databaseUrl(SharedPostgres.DATABASE), "DB_APP_USER", "not_created_yet"),
                "scripts/create-db-user.sh");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("set DB_APP_PASSWORD");
    }

    /**
     * An owner without CREATEROLE cannot create the login role: the script says so in one line; once a superuser has
     * created it, the same script run as the owner grants what the platform needs.
     */
    @Test
    void anOwnerWithoutCreateroleGrantsToTheRoleASuperuserCreated() throws Exception {
        JdbcClient cluster = JdbcClient.create(SharedPostgres.dataSource("postgres"));
        cluster.sql("CREATE ROLE plain_owner LOGIN").update();
        cluster.sql("CREATE DATABASE owned_by_plain_owner OWNER plain_owner").update();
        String ownerUrl = "postgresql://plain_owner@localhost:" + SharedPostgres.port() + "/owned_by_plain_owner";
        String jdbcUrl = "jdbc:postgresql://localhost:" + SharedPostgres.port() + "/owned_by_plain_owner";
        try (Connection owner = DriverManager.getConnection(jdbcUrl, "plain_owner", null)) {
            owner.createStatement().execute("CREATE TABLE notes (id SERIAL PRIMARY KEY, note TEXT)");
        }
        Map<String, String> env = Map.of(
                "DATABASE_URL", ownerUrl, "DB_APP_USER", "granted_app", "DB_APP_PASSWORD", "granted-app-password");

        Scripts.Result refused = Scripts.run(env, "scripts/create-db-user.sh");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output().strip())
                .doesNotContain("\n")
                .startsWith("create-db-user.sh: plain_owner may not create the role granted_app (it lacks CREATEROLE)")
                .contains("have a superuser run CREATE ROLE granted_app LOGIN PASSWORD");

        cluster.sql("CREATE ROLE granted_app LOGIN PASSWORD 'set-by-the-superuser'")
                .update();
        Scripts.Result granted = Scripts.run(env, "scripts/create-db-user.sh");
        assertThat(granted.exitCode()).as(granted.output()).isZero();
        assertThat(granted.output())
                .contains("The password of granted_app is left as it was")
                .doesNotContain("granted-app-password", "ERROR");

        try (Connection owner = DriverManager.getConnection(jdbcUrl, "plain_owner", null)) {
            owner.createStatement().execute("CREATE TABLE notes_later (id SERIAL PRIMARY KEY, note TEXT)");
        }
        try (Connection app = DriverManager.getConnection(jdbcUrl, "granted_app", "set-by-the-superuser")) {
            assertReadsAndWritesRowsOnly(app, "notes", "note", "'written'", "note = 'changed'", "note = 'changed'");
            assertReadsAndWritesRowsOnly(
                    app, "notes_later", "note", "'written'", "note = 'changed'", "note = 'changed'");
        }
    }

    /** Inserts (using the table's sequence), reads, updates and deletes a row; TRUNCATE, DROP and ALTER are refused. */
    private static void assertReadsAndWritesRowsOnly(
            Connection connection, String table, String columns, String values, String change, String changedRow)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")"))
                    .isEqualTo(1);
            assertThat(statement.executeQuery("SELECT count(*) FROM " + table).next())
                    .isTrue();
            assertThat(statement.executeUpdate("UPDATE " + table + " SET " + change))
                    .isPositive();
            assertThat(statement.executeUpdate("DELETE FROM " + table + " WHERE " + changedRow))
                    .isEqualTo(1);
        }
        for (String forbidden : new String[] {
            "TRUNCATE " + table,
            "DROP TABLE " + table,
            "ALTER TABLE " + table + " ADD COLUMN intruder INT",
            "CREATE TABLE intruder (id INT)"
        }) {
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute(forbidden))
                        .as(forbidden)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e ->
                                assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
    }
}
