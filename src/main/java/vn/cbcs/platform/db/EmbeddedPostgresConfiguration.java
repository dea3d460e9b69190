package vn.cbcs.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 from the zonky binaries when no {@code spring.datasource.url} is given, so
 * that {@code ./mvnw spring-boot:run} needs nothing but a JDK. With a URL, Spring Boot's own
 * DataSource is used and this class does nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDbProperties props) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            .setLocaleConfig("locale", "C")
            .setServerConfig("max_connections", "100")
            .setRegisterShutdownHook(true);
    if (props.temporary()) {
      builder.setCleanDataDirectory(true);
    } else {
      Path dir = Path.of(props.dataDir()).toAbsolutePath().normalize();
      Files.createDirectories(dir);
      StaleServer.stopIfOrphaned(dir);
      // zonky turns synchronous_commit off for speed; kept data must survive a crash
      builder
          .setDataDirectory(dir)
          .setCleanDataDirectory(false)
          .setServerConfig("synchronous_commit", "on");
    }
    if (props.port() > 0) {
      builder.setPort(props.port());
    }
    EmbeddedPostgres pg = builder.start();
    log.info(
        "Embedded PostgreSQL on localhost:{} (data: {})",
        pg.getPort(),
        props.temporary() ? "temporary" : props.dataDir());
    return pg;
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(EmbeddedPostgres pg, EmbeddedDbProperties props) throws SQLException {
    ensureDatabase(pg.getPostgresDatabase(), props.database());
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(
        "jdbc:postgresql://localhost:"
            + pg.getPort()
            + "/"
            + props.database()
            + "?reWriteBatchedInserts=true");
    config.setUsername("postgres");
    config.setMaximumPoolSize(10);
    config.setPoolName("cbcs-embedded");
    return new HikariDataSource(config);
  }

  private static void ensureDatabase(DataSource admin, String name) throws SQLException {
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("cbcs.embedded-db.database must be a plain identifier");
    }
    try (Connection c = admin.getConnection();
        var check = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      check.setString(1, name);
      try (var rs = check.executeQuery()) {
        if (!rs.next()) {
          try (var create = c.createStatement()) {
            create.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
          }
          log.info("Created database {}", name);
        }
      }
    }
  }
}
