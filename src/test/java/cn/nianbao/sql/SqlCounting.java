package cn.nianbao.sql;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's DataSource in a counting proxy; Hibernate, Flyway and Flowable's MyBatis all get their
 * connections from it. Imported only by the tests that count, so every other context keeps the bare pool.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlCounting {

    private static final StatementCounter COUNTER = new StatementCounter();

    @Bean
    StatementCounter statementCounter() {
        return COUNTER;
    }

    /** Static, so it exists before the DataSource it wraps; so it cannot depend on another bean either. */
    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(COUNTER)
                            .build();
                }
                return bean;
            }
        };
    }
}
