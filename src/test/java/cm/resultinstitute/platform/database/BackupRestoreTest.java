package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.SharedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** {@code scripts/backup.sh} and {@code scripts/restore.sh} bring every row back, in each of their forms. */
class BackupRestoreTest {

    static final String SOURCE = "backup_source";

    @TempDir
    Path backups;

    @BeforeAll
    static void sourceWithDemoData() throws Exception {
        Scripts.requirePostgresClient();
        DataSource source = SharedPostgres.dataSource(SharedPostgres.createDatabase(SOURCE));
        Migrations.apply(source);
        try (Connection connection = source.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(DemoData.SCRIPT, StandardCharsets.UTF_8));
        }
    }

    @Test
    void plainBackupRestoresIntoAFreshDatabaseWithEveryRow() throws Exception {
        Path file = backup();
        assertThat(file.getFileName().toString()).matches("backup_\\d{8}_\\d{6}\\.sql");

        String target = SharedPostgres.createDatabase("restored_plain");
        Scripts.Result restored =
                Scripts.run(Map.of("DATABASE_URL", Scripts.databaseUrl(target)), "scripts/restore.sh", file.toString());

        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(rowCounts(target)).isEqualTo(rowCounts(SOURCE)).containsEntry("users", 5L);
        // pg_dump spells check constraints differently (same meaning); every other element comes back identical.
        assertThat(withoutChecks(SchemaShape.of(SharedPostgres.dataSource(target))))
                .isEqualTo(withoutChecks(SchemaShape.of(SharedPostgres.dataSource(SOURCE))));
    }

    @Test
    void gzipBackupRestoresToo() throws Exception {
        Path file = backup("--gzip");
        assertThat(file.getFileName().toString()).endsWith(".sql.gz");
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("CREATE TABLE public.users");
        }
        String target = SharedPostgres.createDatabase("restored_gzip");
        Scripts.Result restored = Scripts.run(
                Map.of("DATABASE_URL", "jdbc:" + Scripts.databaseUrl(target)), "scripts/restore.sh", file.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(rowCounts(target)).isEqualTo(rowCounts(SOURCE));
    }

    @Test
    void schemaOnlyAndDataOnlyBackupsRebuildTheDatabaseTogether() throws Exception {
        Path schema = backup("--schema-only");
        Path data = backup("--data-only");
        assertThat(schema.getFileName().toString()).startsWith("schema_backup_");
        assertThat(Files.readString(schema)).contains("CREATE TABLE").doesNotContain("COPY public.users");
        assertThat(data.getFileName().toString()).startsWith("data_backup_");
        assertThat(Files.readString(data)).contains("COPY public.users").doesNotContain("CREATE TABLE");

        String target = SharedPostgres.createDatabase("restored_parts");
        Map<String, String> env = Map.of("DATABASE_URL", Scripts.databaseUrl(target));
        assertThat(Scripts.run(env, "scripts/restore.sh", schema.toString()).exitCode())
                .isZero();
        assertThat(Scripts.run(env, "scripts/restore.sh", data.toString()).exitCode())
                .isZero();
        Map<String, Long> expected = new TreeMap<>(rowCounts(SOURCE));
        expected.put("flyway_schema_history", 0L);
        Map<String, Long> restored = rowCounts(target);
        // The data went in with the schema's triggers in place: they noted it as changes for the report summaries.
        assertThat(restored.remove("report_changes")).isGreaterThan(expected.remove("report_changes"));
        assertThat(restored).isEqualTo(expected);
    }

    @Test
    void restoreRefusesToMixIntoADatabaseWithDataUnlessToldToClean() throws Exception {
        Path file = backup();
        Map<String, String> env = Map.of("DATABASE_URL", Scripts.databaseUrl(SOURCE));

        Scripts.Result refused = Scripts.run(env, "scripts/restore.sh", file.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("is not empty").contains("--clean");

        String target = SharedPostgres.createDatabase("restored_clean");
        Map<String, String> targetEnv = Map.of("DATABASE_URL", Scripts.databaseUrl(target));
        assertThat(Scripts.run(targetEnv, "scripts/restore.sh", file.toString()).exitCode())
                .isZero();
        JdbcClient.create(SharedPostgres.dataSource(target))
                .sql("DELETE FROM attendance")
                .update();
        Scripts.Result cleaned = Scripts.run(targetEnv, "scripts/restore.sh", "--clean", file.toString());
        assertThat(cleaned.exitCode()).as(cleaned.output()).isZero();
        assertThat(rowCounts(target)).isEqualTo(rowCounts(SOURCE));
    }

    @Test
    void oldBackupsAreDeletedAfterTheRetentionPeriod() throws Exception {
        Path old = Files.writeString(backups.resolve("backup_20200101_000000.sql.gz"), "old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(40, ChronoUnit.DAYS)));
        Path recent = Files.writeString(backups.resolve("backup_20200102_000000.sql"), "recent");
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(5, ChronoUnit.DAYS)));

        backup("--retention-days", "30");

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void backsUpTheEmbeddedDatabaseOfARunningPlatform(@TempDir Path dataDir) throws Exception {
        SharedPostgres.createDatabase(EmbeddedDatabase.DATABASE_NAME);
        Path postgresDir = Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(
                postgresDir.resolve("postmaster.pid"),
                "12345\n" + postgresDir + "\n1700000000\n" + SharedPostgres.port() + "\n/tmp\nlocalhost\n");

        Scripts.Result result = Scripts.run(
                Map.of("APP_DATA_DIR", dataDir.toString(), "BACKUP_DIR", backups.toString()), "scripts/backup.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("embedded PostgreSQL (localhost:" + SharedPostgres.port() + "/resultinstitute_db)");
    }

    @Test
    void saysWhatIsMissingWithoutADatabase(@TempDir Path emptyDataDir) throws Exception {
        Scripts.Result result = Scripts.run(Map.of("APP_DATA_DIR", emptyDataDir.toString()), "scripts/backup.sh");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("no DATABASE_URL, and no embedded PostgreSQL running");
    }

    private Path backup(String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("scripts/backup.sh", "--dir", backups.toString()));
        command.addAll(List.of(options));
        try (Stream<Path> before = Files.list(backups)) {
            List<Path> existing = before.toList();
            Scripts.Result result =
                    Scripts.run(Map.of("DATABASE_URL", Scripts.databaseUrl(SOURCE)), command.toArray(String[]::new));
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output())
                    .contains("Backup of postgresql://postgres@localhost:")
                    .contains("completed");
            try (Stream<Path> after = Files.list(backups)) {
                return after.filter(path -> !existing.contains(path))
                        .findFirst()
                        .orElseThrow();
            }
        }
    }

    private static java.util.Set<String> withoutChecks(java.util.Set<String> shape) {
        return shape.stream().filter(line -> !line.contains(" CHECK ")).collect(java.util.stream.Collectors.toSet());
    }

    private static Map<String, Long> rowCounts(String database) throws IOException {
        JdbcClient jdbc = JdbcClient.create(SharedPostgres.dataSource(database));
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                .query(String.class)
                .list()) {
            counts.put(
                    table,
                    jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }
}
