package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schema document says PostgreSQL 14 or newer: the migrations apply on 14 and give the same schema. */
class MinimumPostgresVersionTest {

    @TempDir
    Path dataDir;

    @Test
    void migrationsApplyOnPostgres14() throws Exception {
        Path binaries = Path.of(System.getProperty(
                "postgres.minimum.binaries", "target/postgres-minimum/postgres-minimum-binaries.jar"));
        assertThat(binaries).as("PostgreSQL 14 binaries copied by the build").exists();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, hardware) -> binaryFrom(binaries, system, hardware))
                .setDataDirectory(dataDir)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int / 10000")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(14);

            Migrations.apply(dataSource);

            Set<String> shape = SchemaShape.of(dataSource);
            assertThat(shape.stream().filter(line -> line.startsWith("trigger ")))
                    .hasSizeGreaterThanOrEqualTo(8);
            assertThat(shape.stream().filter(line -> line.startsWith("index ") && line.contains(" idx_")))
                    .hasSizeGreaterThanOrEqualTo(35);
            assertThat(shape).contains("extension pg_trgm", "extension uuid-ossp");
            assertThat(jdbc.sql("SELECT count(*) FROM v_participant_progress")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    private static InputStream binaryFrom(Path jar, String system, String hardware) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz");
            if (entry == null) {
                throw new IOException("No PostgreSQL 14 binaries for " + system + "-" + hardware + " in " + jar);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }
}
