package cm.resultinstitute.platform.reports;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How much a CSV export holds, and how its rows are read: in batches through a cursor, never all at once. */
final class ReportExport {

    /** The most rows one export holds; the rows past it (in the report's order) are left out. */
    static final int MAX_ROWS = 100_000;

    private static final int FETCH_SIZE = 1_000;

    private ReportExport() {}

    /** PostgreSQL's driver fetches in batches only with a fetch size inside a transaction (autocommit off). */
    static JdbcClient streaming(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        return JdbcClient.create(template);
    }
}
