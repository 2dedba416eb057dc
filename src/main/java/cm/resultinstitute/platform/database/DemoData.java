package cm.resultinstitute.platform.database;

import cm.resultinstitute.platform.shared.AppProperties;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a new installation with the demo data of the README (the schema document's three sample users, trainings in
 * its five categories, sessions, enrolments, attendance, blog posts with videos and a project board), once: only into
 * a schema without users, and only when {@link AppProperties#loadDemoData()} says so.
 */
@Component
@Order(DemoData.ORDER)
class DemoData implements ApplicationRunner {

    static final int ORDER = 0;
    static final Resource SCRIPT = new ClassPathResource("db/demo/demo-data.sql");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long ADVISORY_LOCK = 0x5245_5355_4c54_0002L;

    private final AppProperties properties;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoData(AppProperties properties, DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.loadDemoData()) {
            loadIntoEmptySchema();
        }
    }

    /** Loads the demo data unless the schema already has users; returns whether it did. */
    boolean loadIntoEmptySchema() {
        Boolean loaded = transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                    .param(ADVISORY_LOCK)
                    .query()
                    .singleRow();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM users)")
                    .query(Boolean.class)
                    .single()) {
                return false;
            }
            ScriptUtils.executeSqlScript(
                    DataSourceUtils.getConnection(dataSource), new EncodedResource(SCRIPT, StandardCharsets.UTF_8));
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Loaded the demo data: the README lists its accounts and passwords");
        } else {
            log.info("The database already has users: no demo data loaded");
        }
        return Boolean.TRUE.equals(loaded);
    }
}
