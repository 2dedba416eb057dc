package cm.resultinstitute.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AppPropertiesTest {

    @Test
    void demoDataIsOnWithTheEmbeddedDatabaseByDefault() {
        assertThat(properties(null, null).loadDemoData()).isTrue();
    }

    @Test
    void demoDataIsOffWithAnExternalDatabaseByDefault() {
        assertThat(properties("postgresql://db/institute", null).loadDemoData()).isFalse();
    }

    @Test
    void demoDataFollowsAnExplicitChoice() {
        assertThat(properties(null, false).loadDemoData()).isFalse();
        assertThat(properties("postgresql://db/institute", true).loadDemoData()).isTrue();
    }

    @Test
    void todayIsTheInstitutesDate() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2027-03-01T23:30:00Z"), ZoneOffset.UTC);
        assertThat(properties(null, null).today(lateEveningUtc)).isEqualTo(LocalDate.parse("2027-03-02"));
    }

    @Test
    void embeddedDatabaseLivesInTheDataDirectory() {
        assertThat(properties(null, null).embeddedDatabaseDir()).isEqualTo(Path.of("data", "postgres"));
    }

    @Test
    void linksAreAbsoluteUnderTheBaseUrl() {
        assertThat(properties(null, null).link("/verify-email?token=abc"))
                .isEqualTo("https://platform.resultinstitute.cm/verify-email?token=abc");
    }

    private static AppProperties properties(String databaseUrl, Boolean demoData) {
        AppProperties.Limit limit = new AppProperties.Limit(5, Duration.ofMinutes(15));
        return new AppProperties(
                Path.of("data"),
                ZoneId.of("Africa/Douala"),
                demoData,
                URI.create("https://platform.resultinstitute.cm/"),
                new AppProperties.Database(databaseUrl, null, null, null, null),
                new AppProperties.Admin("admin@resultinstitute.cm", null, "Platform", "Administrator"),
                DataSize.ofMegabytes(1),
                new AppProperties.Jwt(null, null, "issuer", Duration.ofMinutes(15), Duration.ofDays(30)),
                List.of(),
                new AppProperties.RateLimits(limit, limit, limit, limit, limit),
                new AppProperties.Mail("no-reply@resultinstitute.cm", Duration.ofSeconds(10), 20, 10),
                75);
    }
}
