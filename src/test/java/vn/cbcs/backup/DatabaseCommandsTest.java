package vn.cbcs.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cbcs.support.IntegrationTest;

/**
 * The documented commands, as {@code java -jar cbcs.jar ...} runs them (without the exit): restore
 * into a new embedded data directory, back that directory up again, verify its audit log.
 */
@IntegrationTest
class DatabaseCommandsTest {

  @Autowired DatabaseBackup backup;
  @Autowired DataSource dataSource;
  @TempDir Path dir;

  @Test
  void restoreThenBackupThenVerifyOnAnEmbeddedDataDirectory() throws Exception {
    Path first = dir.resolve("first.zip");
    BackupManifest original;
    try (OutputStream out = Files.newOutputStream(first)) {
      original = backup.backup(out);
    }
    // the embedded database, even where the tests run on an external one (CI)
    String dataDir = "--cbcs.embedded-db.data-dir=" + dir.resolve("pg");
    String embedded = "--spring.datasource.url=";

    assertThat(DatabaseCommands.handles(new String[] {"--cbcs.restore=" + first})).isTrue();
    assertThat(DatabaseCommands.handles(new String[] {"--server.port=0"})).isFalse();
    assertThat(DatabaseCommands.run(new String[] {"--cbcs.restore=" + first, dataDir, embedded}))
        .isZero();
    assertThat(DatabaseCommands.run(new String[] {"--cbcs.restore=" + first, dataDir, embedded}))
        .as("a second restore into the same, now filled, directory is refused")
        .isEqualTo(2);

    Path second = dir.resolve("backups/second.zip");
    assertThat(DatabaseCommands.run(new String[] {"--cbcs.backup=" + second, dataDir, embedded}))
        .isZero();
    BackupManifest again = DatabaseBackup.read(second);
    List<String> auditTables = List.of("audit_log", "audit_txn", "audit_seal");
    assertThat(again.tables().stream().filter(t -> !auditTables.contains(t.name())))
        .as("every record table is as in the first backup")
        .containsExactlyElementsOf(
            original.tables().stream().filter(t -> !auditTables.contains(t.name())).toList());
    assertThat(again.auditHeadSeq())
        .as("plus the seal of the restore")
        .isEqualTo(original.auditHeadSeq() + 1);

    assertThat(DatabaseCommands.run(new String[] {"--cbcs.audit.verify", dataDir, embedded}))
        .isZero();
  }

  private static final String KEY = "--cbcs.backup.encryption-key=" + EncryptedBackupTest.KEY;

  /** Runs a command; returns its exit code and what it printed on stderr. */
  private static String run(String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int code = DatabaseCommands.run(args);
      return code + " " + captured.toString(StandardCharsets.UTF_8).trim();
    } finally {
      System.setErr(err);
    }
  }

  @Test
  void encryptedBackupsThroughTheCommands() throws Exception {
    Path encrypted = dir.resolve("first.zip.enc");
    try (OutputStream out = Files.newOutputStream(encrypted)) {
      new DatabaseBackup(dataSource, EncryptedBackupTest.KEY).backup(out);
    }
    String dataDir = "--cbcs.embedded-db.data-dir=" + dir.resolve("pg");
    String embedded = "--spring.datasource.url=";
    String restore = "--cbcs.restore=" + encrypted;

    assertThat(run(restore, dataDir, embedded))
        .as("no key: refused with one line in both languages")
        .startsWith("2 ERROR: Tệp first.zip.enc là bản sao lưu đã mã hóa")
        .contains("first.zip.enc is an encrypted backup")
        .doesNotContain("\n")
        .doesNotContain("Exception");
    assertThat(
            run(restore, dataDir, embedded, "--cbcs.backup.encryption-key=" + "A".repeat(43) + "="))
        .startsWith("2 ERROR: Sai khóa giải mã cho first.zip.enc")
        .contains("Wrong decryption key");
    assertThat(run(restore, dataDir, embedded, "--cbcs.backup.encryption-key=short"))
        .startsWith("2 ERROR: Khóa cbcs.backup.encryption-key không hợp lệ");
    assertThat(run(restore, dataDir, embedded, KEY)).as("restored with the key").startsWith("0");

    Path again = dir.resolve("again.zip.enc");
    assertThat(run("--cbcs.backup=" + again, dataDir, embedded, KEY)).startsWith("0");
    assertThat(Files.readString(again, StandardCharsets.ISO_8859_1)).startsWith("CBCS-ENC");
    assertThat(new DatabaseBackup(dataSource, EncryptedBackupTest.KEY).manifest(again).tables())
        .extracting(BackupManifest.Table::name)
        .contains("person", "audit_log");
  }
}
