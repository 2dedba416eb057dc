package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.SharedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** The migrations give the exact schema of the institute's document, and only add to it. */
class SchemaConformanceTest {

    static Set<String> documented;
    static Set<String> migrated;
    static DataSource migratedDatabase;

    @BeforeAll
    static void buildBothSchemas() throws Exception {
        DataSource reference = SharedPostgres.dataSource(SharedPostgres.createDatabase("schema_reference"));
        try (Connection connection = reference.getConnection()) {
            ScriptUtils.executeSqlScript(
                    connection,
                    new EncodedResource(
                            new ClassPathResource("institute-schema/database-schema.sql"), StandardCharsets.UTF_8),
                    false,
                    false,
                    ScriptUtils.DEFAULT_COMMENT_PREFIX,
                    ScriptUtils.EOF_STATEMENT_SEPARATOR,
                    ScriptUtils.DEFAULT_BLOCK_COMMENT_START_DELIMITER,
                    ScriptUtils.DEFAULT_BLOCK_COMMENT_END_DELIMITER);
        }
        migratedDatabase = SharedPostgres.dataSource(SharedPostgres.createDatabase("schema_migrated"));
        Migrations.apply(migratedDatabase);
        documented = SchemaShape.of(reference);
        migrated = SchemaShape.of(migratedDatabase);
    }

    @Test
    void everyDocumentedElementIsMigratedUnchanged() {
        assertThat(documented).hasSizeGreaterThan(200);
        assertThat(migrated).containsAll(documented);
    }

    @Test
    void theDocumentsTablesIndexesViewsAndTriggersAreAllThere() {
        assertThat(migrated.stream().filter(line -> line.startsWith("index ") && line.contains(" idx_")))
                .hasSizeGreaterThanOrEqualTo(35);
        assertThat(migrated.stream()
                        .filter(line -> line.startsWith("trigger ") && line.contains("update_updated_at_column")))
                .hasSize(8);
        assertThat(migrated).contains("extension pg_trgm", "extension uuid-ossp");
        assertThat(migrated.stream().filter(line -> line.startsWith("viewcolumn v_training_summary.")))
                .hasSize(12);
        assertThat(migrated.stream().filter(line -> line.startsWith("viewcolumn v_participant_progress.")))
                .hasSize(11);
        assertThat(migrated)
                .contains(
                        "column blog_posts.tags _varchar null=YES default=-",
                        "column projects.budget numeric(10,2) null=YES default=-",
                        "column activity_logs.metadata jsonb null=YES default=-",
                        "column activity_logs.ip_address inet null=YES default=-");
    }

    @Test
    void updatedAtMovesOnUpdate() throws Exception {
        JdbcClient jdbc = JdbcClient.create(migratedDatabase);
        int id = jdbc.sql("""
                        INSERT INTO users (email, password_hash, first_name, last_name, role, updated_at)
                        VALUES ('trigger@example.com', 'x', 'T', 'R', 'participant', now() - interval '1 hour')
                        RETURNING id""").query(Integer.class).single();
        Instant before = jdbc.sql("SELECT updated_at FROM users WHERE id = ?")
                .param(id)
                .query(Instant.class)
                .single();
        jdbc.sql("UPDATE users SET first_name = 'Changed' WHERE id = ?")
                .param(id)
                .update();
        Instant after = jdbc.sql("SELECT updated_at FROM users WHERE id = ?")
                .param(id)
                .query(Instant.class)
                .single();
        assertThat(after).isAfter(before.plusSeconds(3000));
    }
}
