package vn.cbcs.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cbcs.support.PersonJsonMother.person;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * With {@code cbcs.backup.encryption-key} set, {@code GET /api/backup} streams an encrypted file in
 * which no record can be read; it restores with the key, and without it, with another key or
 * altered it is refused with a message and nothing is restored.
 */
@IntegrationTest
@TestPropertySource(properties = "cbcs.backup.encryption-key=" + EncryptedBackupTest.KEY)
class EncryptedBackupTest {

  static final String KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";
  private static final String OTHER_KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  private static final String NAME = "Quách Thị Mật Mã";

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired DatabaseBackup backup;
  @TempDir Path dir;

  private static long tables(DataSource ds) {
    return JdbcClient.create(ds)
        .sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        .query(Long.class)
        .single();
  }

  @Test
  void anEncryptedBackupHidesTheRecordsAndRestoresOnlyWithItsKey() throws Exception {
    Api.Response created = Api.admin(port).post("/api/people", person(NAME, true, 1979));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    Api.Download download = Api.admin(port).download("/api/backup");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.headers().getContentDisposition().getFilename()).endsWith(".zip.enc");
    Path file = dir.resolve("cbcs.zip.enc");
    Files.write(file, download.bytes());
    String raw = new String(download.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("CBCS-ENC");
    assertThat(raw)
        .as("no name, no zip structure in clear")
        .doesNotContain(
            new String(NAME.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
        .doesNotContain("manifest.json")
        .doesNotContain("tables/person.copy")
        .doesNotContain("PK\u0003\u0004");
    assertThatThrownBy(() -> DatabaseBackup.read(file))
        .hasMessageContaining("cbcs.zip.enc is an encrypted backup");
    BackupManifest manifest = backup.manifest(file);
    assertThat(manifest.tables()).extracting(BackupManifest.Table::name).contains("person");

    Map<String, Long> heads = TableSums.auditHeads(dataSource);
    Path damaged = dir.resolve("damaged.zip.enc");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(damaged, bytes);
    try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
      DataSource target = fresh.getPostgresDatabase();
      assertThatThrownBy(() -> new DatabaseBackup(target).restore(file, "tester"))
          .hasMessage(
              "Tệp cbcs.zip.enc là bản sao lưu đã mã hóa: cần khóa cbcs.backup.encryption-key để"
                  + " phục hồi. Chưa phục hồi gì. / cbcs.zip.enc is an encrypted backup: restoring"
                  + " it needs the key cbcs.backup.encryption-key. Nothing was restored.");
      assertThatThrownBy(() -> new DatabaseBackup(target, OTHER_KEY).restore(file, "tester"))
          .hasMessageStartingWith("Sai khóa giải mã cho cbcs.zip.enc")
          .hasMessageContaining("Wrong decryption key for cbcs.zip.enc");
      assertThatThrownBy(() -> new DatabaseBackup(target, KEY).restore(damaged, "tester"))
          .hasMessageStartingWith("Tệp damaged.zip.enc đã bị sửa đổi hoặc hỏng")
          .hasMessageContaining("damaged.zip.enc has been altered or is damaged");
      assertThat(tables(target)).as("nothing was restored").isZero();

      RestoreReport report = new DatabaseBackup(target, KEY).restore(file, "tester");
      assertThat(report.auditChainOk()).as(report.auditProblem()).isTrue();
      assertThat(TableSums.of(target, heads)).isEqualTo(TableSums.of(dataSource, heads));
      assertThat(
              JdbcClient.create(target)
                  .sql("SELECT count(*) FROM person WHERE full_name = ?")
                  .param(NAME)
                  .query(Long.class)
                  .single())
          .isOne();
    }
  }
}
