package cm.resultinstitute.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pool is sized as the schema document's connection pool configuration says. */
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
}
