package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    @Test
    void readsTheHostingServiceForm() {
        ConnectionSettings settings = ConnectionSettings.fromDatabaseUrl(
                "postgresql://institute:s%40cret%3Apass@db.example.cm:6543/resultinstitute_db?sslmode=require",
                null, null);
        assertThat(settings.jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.cm:6543/resultinstitute_db?sslmode=require");
        assertThat(settings.username()).isEqualTo("institute");
        assertThat(settings.password()).isEqualTo("s@cret:pass");
    }

    @Test
    void acceptsThePostgresSchemeAndADefaultPort() {
        ConnectionSettings settings = ConnectionSettings.fromDatabaseUrl("postgres://u:p@localhost/db", null, null);
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/db");
    }

    @Test
    void keepsAJdbcUrlAsItIs() {
        ConnectionSettings settings =
                ConnectionSettings.fromDatabaseUrl("jdbc:postgresql://localhost:5432/resultinstitute_db", "app", "pw");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/resultinstitute_db");
        assertThat(settings.username()).isEqualTo("app");
        assertThat(settings.password()).isEqualTo("pw");
    }

    @Test
    void explicitCredentialsWinOverTheUrls() {
        ConnectionSettings settings = ConnectionSettings.fromDatabaseUrl(
                "postgresql://url-user:url-pass@localhost/db", "env-user", "env-pass");
        assertThat(settings.username()).isEqualTo("env-user");
        assertThat(settings.password()).isEqualTo("env-pass");
    }

    @Test
    void describesTheTargetWithoutThePassword() {
        ConnectionSettings settings = ConnectionSettings.fromDatabaseUrl(
                "postgresql://app:topsecret@db:5432/institute?password=x", null, null);
        assertThat(settings.describe()).isEqualTo("app@db:5432/institute").doesNotContain("topsecret");
    }

    @Test
    void refusesAnythingButPostgresql() {
        assertThatThrownBy(() -> ConnectionSettings.fromDatabaseUrl("mysql://root:pw@localhost/db", null, null))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("not a PostgreSQL URL")
                .hasMessageNotContaining("pw");
    }

    @Test
    void refusesAUrlWithoutHost() {
        assertThatThrownBy(() -> ConnectionSettings.fromDatabaseUrl("postgresql://user:hidden@/db", null, null))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("no host")
                .hasMessageNotContaining("hidden");
    }
}
