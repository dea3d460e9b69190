package vn.cbcs.security.internal;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session store's own transactions: a plain transaction manager on the same pool, without the
 * application's transaction listeners (the audit log's hook). Reading or saving a session then
 * never runs application code at its begin, which once asked for the session again in a second
 * transaction — two connections for one request, and a pool that drained under load. Spring Session
 * takes the bean by its name. (Application code builds its own {@code TransactionTemplate} from the
 * transaction manager: with this bean there is no auto-configured one.)
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

  @Bean
  TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }
}
