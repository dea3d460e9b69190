package vn.cbcs.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cbcs.platform.Bilingual;

/**
 * The embedded PostgreSQL 17, protected: a generated password for each role (kept in {@link
 * PasswordFile}), {@code scram-sha-256} for every connection ({@link PgHba}), loopback only, and
 * the application as the non-superuser owner of its database ({@link AppRole}).
 *
 * <p>A new cluster is born protected: {@code initdb} gets the superuser's password and {@code
 * --auth=scram-sha-256} (through zonky's locale options, which are passed to {@code initdb} as they
 * are). A cluster of an earlier version ({@code trust}) is started once as it was, given the
 * passwords and the new {@code pg_hba.conf}, and reloaded; start-up waits until a connection
 * without a password is refused.
 */
final class EmbeddedCluster implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);

  private final EmbeddedPostgres pg;
  private final PasswordFile.Passwords passwords;
  private final Path passwordFile;

  private EmbeddedCluster(
      EmbeddedPostgres pg, PasswordFile.Passwords passwords, Path passwordFile) {
    this.pg = pg;
    this.passwords = passwords;
    this.passwordFile = passwordFile;
  }

  static EmbeddedCluster start(EmbeddedDbProperties props) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            .setLocaleConfig("locale", "C")
            .setServerConfig("max_connections", "100")
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("password_encryption", "scram-sha-256")
            .setRegisterShutdownHook(true);
    Path dir;
    if (props.temporary()) {
      dir = Files.createTempDirectory("cbcs-pg");
      builder.setCleanDataDirectory(true); // deleted on close, with its password file
    } else {
      dir = props.directory();
      Files.createDirectories(dir);
      StaleServer.stopIfOrphaned(dir);
      // zonky turns synchronous_commit off for speed; kept data must survive a crash
      builder.setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on");
    }
    builder.setDataDirectory(dir);
    if (props.port() > 0) {
      builder.setPort(props.port());
    }
    try {
      return start(builder, dir, props);
    } catch (IOException | RuntimeException e) {
      if (props.temporary()) {
        deleteTree(dir);
      }
      throw e;
    }
  }

  private static EmbeddedCluster start(
      EmbeddedPostgres.Builder builder, Path dir, EmbeddedDbProperties props) throws IOException {
    boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
    boolean open = !fresh && PgHba.letsInWithoutPassword(dir);
    Path file = PasswordFile.of(dir);
    PasswordFile.Passwords passwords = PasswordFile.read(file).orElse(null);
    if (passwords == null) {
      if (!fresh && !open) {
        throw new IllegalStateException(
            Bilingual.message("db.embedded.password-missing", file, dir));
      }
      passwords = PasswordFile.generate();
      if (open) {
        PasswordFile.write(file, passwords);
      }
    }
    // zonky connects with these (its start-up check, getPostgresDatabase)
    builder.setConnectConfig("password", passwords.superuser());
    Path pwfile = null;
    if (fresh) {
      pwfile = PasswordFile.initdbPasswordFile(passwords.superuser());
      PasswordFile.Passwords generated = passwords;
      builder
          .setLocaleConfig("pwfile", pwfile.toString())
          .setLocaleConfig("auth", "scram-sha-256")
          // after initdb (which needs an empty directory), before the server starts
          .setDataDirectoryCustomizer(d -> PasswordFile.writeUnchecked(file, generated));
    }
    EmbeddedPostgres pg;
    try {
      pg = builder.start();
    } finally {
      if (pwfile != null) {
        Files.deleteIfExists(pwfile);
      }
    }
    try {
      secure(pg, dir, props.database(), passwords, open);
    } catch (SQLException e) {
      pg.close();
      throw new IllegalStateException(
          "Could not set up the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      pg.close();
      throw e;
    }
    log.info(
        "Embedded PostgreSQL on localhost:{} (data: {}; passwords: {})",
        pg.getPort(),
        props.temporary() ? "temporary" : dir,
        file);
    return new EmbeddedCluster(pg, passwords, file);
  }

  private static void secure(
      EmbeddedPostgres pg, Path dir, String database, PasswordFile.Passwords p, boolean open)
      throws SQLException, IOException {
    if (open) {
      log.warn("The embedded PostgreSQL in {} let local users in without a password; fixing", dir);
      AppRole.setSuperuserPassword(pg.getPostgresDatabase(), p.superuser());
    }
    AppRole.ensure(pg, database, p.app());
    if (!PgHba.isCurrent(dir)) {
      PgHba.write(dir);
      try (Connection c = pg.getPostgresDatabase().getConnection();
          var s = c.createStatement()) {
        s.execute("SELECT pg_reload_conf()");
      }
      awaitPasswordRequired(pg, dir);
    }
  }

  /** The postmaster reloads on a signal: wait until it has, so that nothing starts before. */
  private static void awaitPasswordRequired(EmbeddedPostgres pg, Path dir) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      try (Connection c =
          pg.getDatabase(PasswordFile.SUPERUSER, "postgres", Map.of()).getConnection()) {
        sleep();
      } catch (SQLException refused) {
        return;
      }
    }
    throw new IllegalStateException(Bilingual.message("db.embedded.not-protected", dir));
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  int port() {
    return pg.getPort();
  }

  /** The application's role and password. */
  String username() {
    return PasswordFile.APP_ROLE;
  }

  String password() {
    return passwords.app();
  }

  Path passwordFile() {
    return passwordFile;
  }

  @Override
  public void close() throws IOException {
    pg.close();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
