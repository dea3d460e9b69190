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
 */
@ConfigurationProperties("cbcs.embedded-db")
public record EmbeddedDbProperties(
    String dataDir, Integer port, String database, boolean allowInProduction) {

  public EmbeddedDbProperties {
    dataDir = dataDir == null ? "./data/pg" : dataDir.trim();
    port = port == null ? 0 : port;
    database = database == null || database.isBlank() ? "cbcs" : database;
  }

  boolean temporary() {
    return dataDir.isEmpty();
  }

  Path directory() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }
}
