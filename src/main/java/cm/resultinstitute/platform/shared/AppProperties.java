package cm.resultinstitute.platform.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * @param baseUrl the address people use to reach the platform, for links in emails
 * @param database the external PostgreSQL server, when one is configured
 * @param admin the first administrator created when there is none
 * @param maxRequestSize the largest request body the API accepts
 * @param jwt how access and refresh tokens are made
 * @param trustedProxies addresses (or CIDR ranges) of reverse proxies whose {@code X-Forwarded-For} is believed
 * @param rateLimits how often anonymous and failed attempts may be repeated
 * @param mail outgoing mail
 * @param certificateMinAttendance the attendance rate (percent) a completed enrolment needs for a certificate
 */
@Validated
@ConfigurationProperties("app")
public record AppProperties(
        @NotNull Path dataDir,
        @NotNull ZoneId timeZone,
        Boolean demoData,
        @NotNull URI baseUrl,
        @Valid @NotNull Database database,
        @Valid @NotNull Admin admin,
        @NotNull DataSize maxRequestSize,
        @Valid @NotNull Jwt jwt,
        @NotNull List<String> trustedProxies,
        @Valid @NotNull RateLimits rateLimits,
        @Valid @NotNull Mail mail,
        @Min(0) @Max(100) int certificateMinAttendance) {

    /**
     * An external server; with no {@code url} the platform runs its own embedded PostgreSQL. The migration
     * account, when given, owns the schema and runs Flyway, so the application's own account needs no DDL rights.
     * A web request waits at most {@code requestConnectionTimeout} for a pooled connection (then answers 503); the
     * background jobs wait as long as the pool's own connection timeout.
     */
    public record Database(
            String url,
            String username,
            String password,
            String migrationUsername,
            String migrationPassword,
            Duration requestConnectionTimeout) {

        public Database {
            requestConnectionTimeout =
                    requestConnectionTimeout == null ? Duration.ofSeconds(3) : requestConnectionTimeout;
        }

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

    /**
     * Access tokens are HS256 JWTs signed with {@code secret} (or the content of {@code secretFile}); without either,
     * a random key is made at each start, so tokens die with the process and instances cannot share them.
     */
    public record Jwt(
            String secret,
            Path secretFile,
            @NotBlank String issuer,
            @NotNull Duration accessTokenTtl,
            @NotNull Duration refreshTokenTtl) {}

    /** A number of attempts allowed per window of time. */
    public record Limit(@Positive int attempts, @NotNull Duration window) {}

    /**
     * Failed logins per account and per address; registrations and reset requests per address; new verification
     * links per user.
     */
    public record RateLimits(
            @Valid @NotNull Limit loginPerAccount,
            @Valid @NotNull Limit loginPerAddress,
            @Valid @NotNull Limit registrationPerAddress,
            @Valid @NotNull Limit passwordResetPerAddress,
            @Valid @NotNull Limit emailVerificationPerUser) {}

    /**
     * The sender's address, and how the outbox delivers: how often it looks for due mail, how many messages one claim
     * takes, how often a message is tried, and how long a claim keeps its messages for itself ({@code lease}, longer than
     * the worst-case send).
     */
    public record Mail(
            @NotBlank String from,
            @NotNull Duration pollInterval,
            @Positive int batchSize,
            @Positive int maxAttempts,
            @NotNull Duration lease) {}

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

    /** Whether links point to this machine only: {@code APP_BASE_URL} left at its default, or set to localhost. */
    public boolean linksToThisMachineOnly() {
        return isLocal(baseUrl.getHost());
    }

    public static boolean isLocal(String host) {
        return host == null
                || host.equalsIgnoreCase("localhost")
                || host.startsWith("127.")
                || host.equals("::1")
                || host.equals("[::1]")
                || host.equals("0:0:0:0:0:0:0:1");
    }

    /** An absolute link to a path of the platform, e.g. for an email. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
