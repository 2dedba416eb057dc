package cm.resultinstitute.platform.database;

import cm.resultinstitute.platform.shared.AppProperties;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The one {@code DataSource} of the platform: HikariCP sized by {@code spring.datasource.hikari.*}, connected to
 * the server of {@code DATABASE_URL} or, without one, to the embedded PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(NoDatabaseUrl.class)
    EmbeddedDatabase embeddedDatabase(AppProperties properties) {
        return EmbeddedDatabase.start(properties.embeddedDatabaseDir());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(
            AppProperties properties, ObjectProvider<EmbeddedDatabase> embedded, Environment environment) {
        ConnectionSettings settings = properties.database().external()
                ? externalSettings(properties.database())
                : embedded.getObject().connectionSettings();
        ServerCheck.verify(settings);
        HikariDataSource dataSource = new RequestAwarePool(properties.database().requestConnectionTimeout());
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
        dataSource.setJdbcUrl(settings.jdbcUrl());
        dataSource.setUsername(settings.username());
        dataSource.setPassword(settings.password());
        if (properties.database().external()) {
            log.info("Using PostgreSQL at {}", settings.describe());
        }
        return dataSource;
    }

    /** With a separate owner account, Flyway migrates as the owner while the application uses its own account. */
    @Bean
    FlywayConfigurationCustomizer migrationAccount(AppProperties properties) {
        AppProperties.Database database = properties.database();
        return configuration -> {
            if (database.external() && database.separateMigrationAccount()) {
                ConnectionSettings owner = ConnectionSettings.fromDatabaseUrl(
                        database.url(), database.migrationUsername(), database.migrationPassword());
                configuration.dataSource(owner.jdbcUrl(), owner.username(), owner.password());
            }
        };
    }

    private static ConnectionSettings externalSettings(AppProperties.Database database) {
        return ConnectionSettings.fromDatabaseUrl(database.url(), database.username(), database.password());
    }

    static class NoDatabaseUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("app.database.url"));
        }
    }
}
