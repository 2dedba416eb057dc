package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pool is sized as the schema document's connection pool configuration says, with its 30 s to acquire a
 * connection for background work; a web request waits only a few seconds, so that an outage is answered 503 at once
 * (README, "Operations").
 */
@PlatformTest
class ConnectionPoolTest {

    @Autowired
    DataSource dataSource;

    @Test
    void poolFollowsTheSchemaDocument() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(20);
        assertThat(pool.getMinimumIdle()).isEqualTo(5);
        assertThat(pool.getIdleTimeout()).isEqualTo(10_000);
        assertThat(pool.getConnectionTimeout()).isEqualTo(30_000);
    }

    @Test
    void aRequestWaitsAFewSecondsForAConnectionAndOpeningOneIsBounded() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(dataSource.unwrap(RequestAwarePool.class).requestTimeoutMillis())
                .isEqualTo(3_000);
        assertThat(pool.getValidationTimeout()).isEqualTo(1_000);
        assertThat(pool.getDataSourceProperties())
                .containsEntry("connectTimeout", "5")
                .containsEntry("loginTimeout", "5");
    }
}
