package cm.resultinstitute.platform.test;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements of the test's thread (MockMvc runs requests on it), so that list endpoints can be held
 * to a fixed number of queries whatever the number of rows: no N+1.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counted")
                            .countQuery()
                            .build();
                }
                return bean;
            }
        };
    }

    public static void reset() {
        QueryCountHolder.clear();
    }

    /** Statements run since the last {@link #reset()}. */
    public static QueryCount counted() {
        return QueryCountHolder.get("counted");
    }

    public static long selects() {
        QueryCount count = counted();
        return count == null ? 0 : count.getSelect();
    }
}
