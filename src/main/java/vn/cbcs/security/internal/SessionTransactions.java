package vn.cbcs.security.internal;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session store: Spring Session's, in PostgreSQL, with its own transactions and a last access
 * written only when it has fallen behind ({@link CoarseLastAccess}).
 *
 * <p>Its own transactions: a plain transaction manager on the same pool, without the application's
 * transaction listeners (the audit log's hook). Reading or saving a session then never runs
 * application code at its begin, which once asked for the session again in a second transaction —
 * two connections for one request, and a pool that drained under load. Spring Session takes the
 * bean by its name. (Application code builds its own {@code TransactionTemplate} from the
 * transaction manager: with this bean there is no auto-configured one.)
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

  @Bean
  TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /**
   * Spring Session's store, as Spring Boot configures it, seen through {@link CoarseLastAccess} by
   * everything that uses it (the session filter, {@link UserSessions}). Wrapped after it is
   * initialised, so its clean-up of expired sessions runs and stops as before.
   */
  @Bean
  static BeanPostProcessor coarseLastAccess(ObjectProvider<TrustProperties> props) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcIndexedSessionRepository store) {
          return new CoarseLastAccess(store, props.getObject().session().lastAccessResolution());
        }
        return bean;
      }
    };
  }
}
