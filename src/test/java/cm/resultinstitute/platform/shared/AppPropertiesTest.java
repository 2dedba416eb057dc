package cm.resultinstitute.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

    private static AppProperties properties(String databaseUrl, Boolean demoData) {
        return new AppProperties(
                Path.of("data"),
                ZoneId.of("Africa/Douala"),
                demoData,
                new AppProperties.Database(databaseUrl, null, null, null, null),
                new AppProperties.Admin("admin@resultinstitute.cm", null, "Platform", "Administrator"),
                DataSize.ofMegabytes(1));
    }
}
