package vn.cbcs.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.AuditVerification;
import vn.cbcs.backup.internal.ToolConfiguration;

/**
 * Commands run instead of the application (no web server), on the database the application would
 * use (the embedded one in {@code cbcs.embedded-db.data-dir}, or {@code spring.datasource.url}):
 *
 * <ul>
 *   <li>{@code --cbcs.backup=FILE}: writes a backup, encrypted when {@code
 *       cbcs.backup.encryption-key} is set (when CBCS is running, use {@code GET /api/backup}
 *       instead: the embedded data directory is in use);
 *   <li>{@code --cbcs.restore=FILE}: restores a backup (encrypted or not) into an empty database
 *       and checks it;
 *   <li>{@code --cbcs.audit.verify}: verifies the audit log's hash chain (exit code 0 if intact, 1
 *       if not).
 * </ul>
 *
 * Exit code 2 when the command itself fails.
 */
public final class DatabaseCommands {

  private static final String BACKUP = "--cbcs.backup=";
  private static final String RESTORE = "--cbcs.restore=";
  private static final String VERIFY = "--cbcs.audit.verify";

  private DatabaseCommands() {}

  public static boolean handles(String[] args) {
    return Arrays.stream(args)
        .anyMatch(a -> a.startsWith(BACKUP) || a.startsWith(RESTORE) || a.startsWith(VERIFY));
  }

  /** Runs the command the arguments name; returns the process exit code. */
  public static int run(String[] args) {
    SpringApplication app = new SpringApplication(ToolConfiguration.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setBannerMode(Banner.Mode.OFF);
    app.setDefaultProperties(
        Map.of("spring.flyway.enabled", "false", "logging.level.com.zaxxer.hikari", "WARN"));
    try (ConfigurableApplicationContext ctx = app.run(args)) {
      DataSource dataSource = ctx.getBean(DataSource.class);
      String backup = value(args, BACKUP);
      String restore = value(args, RESTORE);
      if (backup != null || restore != null) {
        DatabaseBackup db =
            new DatabaseBackup(
                dataSource, ctx.getEnvironment().getProperty("cbcs.backup.encryption-key"));
        return backup != null ? backup(db, Path.of(backup)) : restore(db, Path.of(restore));
      }
      return verify(dataSource);
    } catch (RuntimeException | IOException e) {
      System.err.println("ERROR: " + e.getMessage());
      return 2;
    }
  }

  private static int backup(DatabaseBackup db, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
    BackupManifest m;
    try (OutputStream out = Files.newOutputStream(partial)) {
      m = db.backup(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf(
        "Backup written: %s (%s%d tables, %d rows, schema %s, audit head %s:%s; left out: %s)%n",
        file,
        db.encrypts() ? "encrypted, " : "",
        m.tables().size(),
        m.rows(),
        m.schemaVersion(),
        m.auditHeadSeq(),
        m.auditHeadHash(),
        String.join(", ", m.excluded().stream().map(BackupManifest.Excluded::name).toList()));
    return 0;
  }

  private static int restore(DatabaseBackup db, Path file) {
    RestoreReport r = db.restore(file, System.getProperty("user.name", "restore"));
    System.out.printf(
        "Restored %s: %d tables, %d rows, every table equal to the backup; schema %s -> %s;"
            + " audit chain %s%n",
        file,
        r.manifest().tables().size(),
        r.manifest().rows(),
        r.manifest().schemaVersion(),
        r.schemaVersion(),
        r.auditChainOk() ? "intact" : "NOT INTACT: " + r.auditProblem());
    return r.auditChainOk() ? 0 : 1;
  }

  private static int verify(DataSource dataSource) {
    for (AuditVerification v : AuditLog.verify(dataSource)) {
      System.out.printf("%s: %s%n", v.verifier(), AuditLog.summary(v));
      if (!v.ok()) {
        return 1;
      }
    }
    return 0;
  }

  private static String value(String[] args, String prefix) {
    return Arrays.stream(args)
        .filter(a -> a.startsWith(prefix))
        .map(a -> a.substring(prefix.length()))
        .findFirst()
        .orElse(null);
  }
}
