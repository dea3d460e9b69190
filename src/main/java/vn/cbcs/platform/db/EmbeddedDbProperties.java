package vn.cbcs.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL started when {@code spring.datasource.url} is not set.
 *
 * @param dataDir directory of the cluster; kept across restarts. Blank: a fresh temporary cluster
 *     that is deleted on exit (used by tests, where two contexts must not share a directory).
 * @param port TCP port on localhost; 0 picks a free one.
 * @param database name of the application database inside the cluster.
 * @param allowInProduction whether production (the {@code prod} profile or {@code
 *     cbcs.mode=production}) may run on the embedded server; refused by default.
 * @param poolSize most connections the application holds to it at once (HikariCP's {@code
 *     maximumPoolSize}); 10 by default. A request, an import or a report job needs one at a time.
 */
@ConfigurationProperties("cbcs.embedded-db")
public record EmbeddedDbProperties(
    String dataDir, Integer port, String database, boolean allowInProduction, Integer poolSize) {

  public EmbeddedDbProperties {
    dataDir = dataDir == null ? "./data/pg" : dataDir.trim();
    port = port == null ? 0 : port;
    database = database == null || database.isBlank() ? "cbcs" : database;
    poolSize = poolSize == null ? 10 : poolSize;
    if (poolSize < 1) {
      throw new IllegalArgumentException("cbcs.embedded-db.pool-size must be at least 1");
    }
  }

  boolean temporary() {
    return dataDir.isEmpty();
  }

  Path directory() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }
}
