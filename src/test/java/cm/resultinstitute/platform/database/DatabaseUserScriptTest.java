package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cm.resultinstitute.platform.PlatformApplication;
import cm.resultinstitute.platform.test.SharedPostgres;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code scripts/create-db-user.sh} gives the platform an account that can use every table, including those of later
 * migrations, but cannot change the schema; the owner runs the migrations.
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
            assertThatThrownBy(() -> connection.createStatement().execute("CREATE TABLE intruder (id int)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }

        assertThat(Scripts.run(env, "scripts/create-db-user.sh").exitCode())
                .as("running it again is harmless")
                .isZero();
    }

    @Test
    void refusesToCreateAnAccountWithoutAPassword() throws Exception {
        Scripts.Result result = Scripts.run(
                Map.of("DATABASE_URL", Scripts.databaseUrl(SharedPostgres.DATABASE)), "scripts/create-db-user.sh");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("set DB_APP_PASSWORD");
    }
}
