package vn.cbcs.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
