package vn.cbcs.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL is not open to every local user: each role has a generated password kept
 * in an owner-only file next to the cluster, every connection is checked with scram-sha-256, the
 * server listens on loopback only, and the application is a role without superuser powers. Shown on
 * new, restarted, temporary and earlier-version clusters, by connecting to them.
 */
class EmbeddedDatabaseProtectionTest {

  @TempDir Path dir;

  /** The embedded database alone, as the application and the command-line tools start it. */
  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(EmbeddedDbProperties.class)
  @Import(EmbeddedPostgresConfiguration.class)
  static class Db {}

  private static ConfigurableApplicationContext start(String dataDir) {
    return new SpringApplicationBuilder(Db.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .run("--spring.datasource.url=", "--cbcs.embedded-db.data-dir=" + dataDir);
  }

  private static Map<String, String> passwords(Path file) throws IOException {
    Map<String, String> byRole = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split(":", 5);
      if (f.length == 5) {
        byRole.put(f[3], f[4]);
      }
    }
    return byRole;
  }

  private static Connection connect(int port, String user, String password, String db)
      throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + db, p);
  }

  private static void assertRefused(int port, String user, String password) {
    assertThatThrownBy(() -> connect(port, user, password, "postgres").close())
        .as("%s with password %s", user, password == null ? "none" : "'" + password + "'")
        .isInstanceOf(SQLException.class)
        .satisfiesAnyOf(
            e -> assertThat(e).hasMessageContaining("password authentication failed"),
            e -> assertThat(e).hasMessageContaining("no password was provided"));
  }

  private static String one(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static List<String> all(Connection c, String sql) throws SQLException {
    List<String> list = new ArrayList<>();
    try (Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      while (rs.next()) {
        list.add(rs.getString(1));
      }
    }
    return list;
  }

  private static void migrate(DataSource ds) {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
  }

  /** What the application's role may not do, however it is asked. */
  private static void assertNotSuperuser(DataSource app) {
    JdbcClient jdbc = JdbcClient.create(app);
    assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("cbcs");
    assertThat(
            jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class)
                .single())
        .isFalse();
    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_seal SET hash = hash").update())
        .as("the privileges revoked from the application count: refused before the trigger")
        .hasStackTraceContaining("permission denied for table audit_seal");
    assertThatThrownBy(() -> jdbc.sql("COPY (SELECT 1) TO PROGRAM 'true'").update())
        .as("no program runs on the server through SQL")
        .hasStackTraceContaining("permission denied");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
                        + " WHERE n.nspname = 'public' AND k.relkind IN ('r', 'v', 'S')"
                        + " AND k.relowner <> 'cbcs'::regrole")
                .query(Long.class)
                .single())
        .as("the application's role owns its schema")
        .isZero();
  }

  @Test
  void aNewClusterLetsInOnlyWithItsPasswordsOnLoopbackAndTheApplicationIsNoSuperuser()
      throws Exception {
    Path data = dir.resolve("pg");
    Path file = data.resolve("cbcs.pgpass");
    long migrations;
    try (ConfigurableApplicationContext ctx = start(data.toString())) {
      assertThat(file).exists();
      if (PasswordFile.posix()) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .as("readable by the owner only")
            .isEqualTo("rw-------");
      }
      Map<String, String> pw = passwords(file);
      assertThat(pw.get("postgres")).hasSizeGreaterThanOrEqualTo(40);
      assertThat(pw.get("cbcs")).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(pw.get("postgres"));

      int port = ctx.getBean(EmbeddedCluster.class).port();
      assertRefused(port, "postgres", null);
      assertRefused(port, "postgres", "postgres");
      assertRefused(port, "postgres", pw.get("cbcs"));
      assertRefused(port, "cbcs", null);
      assertRefused(port, "cbcs", pw.get("postgres"));
      try (Connection su = connect(port, "postgres", pw.get("postgres"), "postgres")) {
        assertThat(one(su, "SHOW listen_addresses")).isEqualTo("localhost");
        assertThat(all(su, "SELECT DISTINCT auth_method FROM pg_hba_file_rules"))
            .as("every line of pg_hba.conf")
            .containsExactly("scram-sha-256");
        assertThat(one(su, "SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL"))
            .isEqualTo("0");
      }
      for (InetAddress other : nonLoopbackAddresses()) {
        assertThatThrownBy(
                () -> {
                  try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(other, port), 2000);
                  }
                })
            .as("not reachable on %s", other)
            .isInstanceOf(ConnectException.class);
      }

      DataSource app = ctx.getBean(DataSource.class);
      migrate(app);
      assertNotSuperuser(app);
      migrations =
          JdbcClient.create(app)
              .sql("SELECT count(*) FROM flyway_schema_history")
              .query(Long.class)
              .single();
    }

    try (ConfigurableApplicationContext again = start(data.toString())) {
      DataSource app = again.getBean(DataSource.class);
      assertThat(
              JdbcClient.create(app)
                  .sql("SELECT count(*) FROM flyway_schema_history")
                  .query(Long.class)
                  .single())
          .as("restarted on the same directory, with the password from the file")
          .isEqualTo(migrations);
      assertRefused(again.getBean(EmbeddedCluster.class).port(), "postgres", null);
    }
  }

  @Test
  void aClusterOfAnEarlierVersionIsProtectedAtItsNextStart() throws Exception {
    Path data = dir.resolve("pg");
    // as CBCS made it before: initdb -A trust, the application as the superuser postgres
    try (EmbeddedPostgres old =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setLocaleConfig("locale", "C")
            .start()) {
      try (Connection c = old.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE cbcs ENCODING 'UTF8' TEMPLATE template0");
      }
      migrate(old.getDatabase("postgres", "cbcs"));
      assertThat(
              JdbcClient.create(old.getDatabase("postgres", "cbcs"))
                  .sql("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'person'")
                  .query(String.class)
                  .single())
          .isEqualTo("postgres");
    }
    assertThat(data.resolve("cbcs.pgpass")).doesNotExist();

    try (ConfigurableApplicationContext ctx = start(data.toString())) {
      int port = ctx.getBean(EmbeddedCluster.class).port();
      assertRefused(port, "postgres", null);
      assertRefused(port, "cbcs", null);
      DataSource app = ctx.getBean(DataSource.class);
      assertNotSuperuser(app);
      migrate(app); // validates the history as the new owner
      JdbcClient jdbc = JdbcClient.create(app);
      jdbc.sql(
              "CREATE OR REPLACE FUNCTION cbcs_search_key(text) RETURNS text LANGUAGE sql"
                  + " IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower(regexp_replace("
                  + "cbcs_unaccent(normalize($1, NFC)), '\\s+', ' ', 'g')) $$")
          .update();
      assertThat(jdbc.sql("SELECT cbcs_search_key('Chợ  Đồn')").query(String.class).single())
          .as("the application owns the functions too")
          .isEqualTo("cho don");
      assertThat(
              jdbc.sql("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'cbcs'")
                  .query(String.class)
                  .single())
          .isEqualTo("cbcs");
    }
    assertThat(data.resolve("cbcs.pgpass")).exists();
  }

  @Test
  void aProtectedClusterWithoutItsPasswordFileIsRefusedWithAMessage() throws Exception {
    Path data = dir.resolve("pg");
    start(data.toString()).close();
    Files.delete(data.resolve("cbcs.pgpass"));
    assertThatThrownBy(() -> start(data.toString()))
        .hasStackTraceContaining("Thiếu tệp mật khẩu " + data.resolve("cbcs.pgpass"))
        .hasStackTraceContaining("password file");
    assertThat(data.resolve("cbcs.pgpass")).as("no new password is made up").doesNotExist();
  }

  @Test
  void aTemporaryClusterIsProtectedTooAndLeavesNothingBehind() throws Exception {
    Path file;
    try (ConfigurableApplicationContext ctx = start("")) {
      EmbeddedCluster cluster = ctx.getBean(EmbeddedCluster.class);
      file = cluster.passwordFile();
      assertThat(file).exists();
      assertRefused(cluster.port(), "postgres", null);
      assertRefused(cluster.port(), "cbcs", null);
      assertThat(
              JdbcClient.create(ctx.getBean(DataSource.class))
                  .sql("SELECT current_user")
                  .query(String.class)
                  .single())
          .isEqualTo("cbcs");
    }
    assertThat(file.getParent()).as("the cluster and its passwords are deleted").doesNotExist();
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    List<InetAddress> list = new ArrayList<>();
    for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (ni.isUp() && !ni.isLoopback()) {
        for (InetAddress a : Collections.list(ni.getInetAddresses())) {
          if (a instanceof Inet4Address) {
            list.add(a);
          }
        }
      }
    }
    return list;
  }
}
