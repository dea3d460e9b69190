package vn.cbcs.support;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registered in {@code META-INF/spring.factories} of the tests, so that every application started
 * from the test classpath — the shared {@code @SpringBootTest} context, the contexts of tests with
 * their own properties, and the applications tests start themselves — has its DataSource wrapped in
 * a {@link ConnectionGuard} and its connection leaks recorded ({@link LeakLog}). {@code
 * cbcs.test.connection-guard=false} leaves the DataSource as it is (the load benchmark measures the
 * application alone).
 */
public class ConnectionGuardInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    LeakLog.attach();
    if (!context
        .getEnvironment()
        .getProperty("cbcs.test.connection-guard", Boolean.class, Boolean.TRUE)) {
      return;
    }
    context
        .getBeanFactory()
        .addBeanPostProcessor(
            new BeanPostProcessor() {
              @Override
              public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds && !(bean instanceof ConnectionGuard)) {
                  return new ConnectionGuard(ds, name);
                }
                return bean;
              }
            });
  }
}
