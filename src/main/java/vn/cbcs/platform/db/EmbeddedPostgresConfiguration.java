package vn.cbcs.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.cbcs.platform.Bilingual;

/**
 * Starts PostgreSQL 17 from the zonky binaries when no {@code spring.datasource.url} is given, so
 * that {@code ./mvnw spring-boot:run} needs nothing but a JDK. With a URL, Spring Boot's own
 * DataSource is used and this class does nothing. Production (the {@code prod} profile or {@code
 * cbcs.mode=production}) refuses the embedded server unless {@code
 * cbcs.embedded-db.allow-in-production=true}. How the server is protected: {@link EmbeddedCluster}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

  /**
   * The server {@link EarlyEmbeddedCluster} started while the context was built, else a new one.
   */
  @Bean(destroyMethod = "close")
  EmbeddedCluster embeddedCluster(
      EmbeddedDbProperties props,
      Environment env,
      ObjectProvider<EarlyEmbeddedCluster.Started> early)
      throws IOException {
    if (EarlyEmbeddedCluster.production(env) && !props.allowInProduction()) {
      throw new IllegalStateException(Bilingual.message("db.embedded.production"));
    }
    EarlyEmbeddedCluster.Started started = early.getIfAvailable();
    EmbeddedCluster cluster = started == null ? null : started.take(props);
    return cluster != null ? cluster : EmbeddedCluster.start(props);
  }

  /**
   * The pool: {@code cbcs.embedded-db.pool-size} connections at most; any other HikariCP setting
   * can be given as for an external database ({@code spring.datasource.hikari.*}, e.g. {@code
   * leak-detection-threshold}; its {@code maximum-pool-size}, when set, wins). The pool starts at
   * its first use, after these settings are bound.
   */
  @Bean(destroyMethod = "close")
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedCluster cluster, EmbeddedDbProperties props) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(
        "jdbc:postgresql://localhost:"
            + cluster.port()
            + "/"
            + props.database()
            + "?reWriteBatchedInserts=true");
    pool.setUsername(cluster.username());
    pool.setPassword(cluster.password());
    pool.setMaximumPoolSize(props.poolSize());
    pool.setPoolName("cbcs-embedded");
    return pool;
  }
}
