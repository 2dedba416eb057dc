package cm.resultinstitute.platform.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's own settings ({@code app.*}), each fed by an environment variable documented in the README.
 *
 * @param dataDir where local state lives (the embedded database among it)
 * @param timeZone the institute's time zone, which decides what "today" is
 * @param demoData whether to load the demo data; {@code null} means "only with the embedded database"
 * @param database the external PostgreSQL server, when one is configured
 * @param admin the first administrator created when there is none
 * @param maxRequestSize the largest request body the API accepts
 */
@Validated
@ConfigurationProperties("app")
public record AppProperties(
        @NotNull Path dataDir,
        @NotNull ZoneId timeZone,
        Boolean demoData,
        @Valid @NotNull Database database,
        @Valid @NotNull Admin admin,
        @NotNull DataSize maxRequestSize) {

    /**
     * An external server; with no {@code url} the platform runs its own embedded PostgreSQL. The migration
     * account, when given, owns the schema and runs Flyway, so the application's own account needs no DDL rights.
     */
    public record Database(
            String url, String username, String password, String migrationUsername, String migrationPassword) {

        public boolean external() {
            return StringUtils.hasText(url);
        }

        public boolean separateMigrationAccount() {
            return StringUtils.hasText(migrationUsername);
        }
    }

    /** The administrator created on first start; without a password a random one is generated and logged once. */
    public record Admin(
            @Email @NotNull String email,
            String password,
            @NotNull String firstName,
            @NotNull String lastName) {}

    /** Demo data is on by default with the embedded database and off with an external one, unless said otherwise. */
    public boolean loadDemoData() {
        return demoData != null ? demoData : !database.external();
    }

    /** Today's date where the institute is. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }

    public Path embeddedDatabaseDir() {
        return dataDir.resolve("postgres");
    }
}
