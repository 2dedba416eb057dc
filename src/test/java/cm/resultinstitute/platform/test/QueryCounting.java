package cm.resultinstitute.platform.test;

import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.QueryType;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.QueryUtils;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements of the test's thread (MockMvc runs requests on it), so that list endpoints can be held
 * to a fixed number of queries whatever the number of rows: no N+1. The check that a caller's access still holds
 * (marked {@value #ACCESS_CHECK}) is left out: it runs at most once per caller and half second, whatever the endpoint.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

    /** The comment that opens the statement of the per-call access check. */
    public static final String ACCESS_CHECK = "/* live access */";

    private static final ThreadLocal<long[]> COUNTS = ThreadLocal.withInitial(() -> new long[2]);

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counted")
                            .listener(new Counter())
                            .build();
                }
                return bean;
            }
        };
    }

    public static void reset() {
        COUNTS.remove();
    }

    /** Statements run since the last {@link #reset()}. */
    public static long total() {
        return COUNTS.get()[0];
    }

    /** SELECT statements run since the last {@link #reset()}. */
    public static long selects() {
        return COUNTS.get()[1];
    }

    private static final class Counter implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            for (QueryInfo query : queries) {
                String sql = query.getQuery().strip();
                if (sql.startsWith(ACCESS_CHECK)) {
                    continue;
                }
                long[] counts = COUNTS.get();
                counts[0]++;
                if (QueryUtils.getQueryType(sql) == QueryType.SELECT) {
                    counts[1]++;
                }
            }
        }
    }
}
