package org.xiaoqu.run;

import javax.sql.DataSource;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;

/**
 * Spring Batch's JDBC job repository and job operator on the store's DataSource (a bean registered
 * by {@link BatchContext}). Jobs run synchronously on the calling thread.
 */
@Configuration(proxyBeanMethods = false)
class BatchInfrastructure extends JdbcDefaultBatchConfiguration {
    private final DataSource dataSource;
    private final PlatformTransactionManager transactionManager;

    BatchInfrastructure(DataSource dataSource) {
        this.dataSource = dataSource;
        this.transactionManager = new JdbcTransactionManager(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager() {
        return transactionManager;
    }

    @Override
    protected DataSource getDataSource() {
        return dataSource;
    }

    @Override
    protected PlatformTransactionManager getTransactionManager() {
        return transactionManager;
    }

    /** SERIALIZABLE (the default) makes concurrent job creation fail spuriously on PostgreSQL. */
    @Override
    protected Isolation getIsolationLevelForCreate() {
        return Isolation.READ_COMMITTED;
    }
}
