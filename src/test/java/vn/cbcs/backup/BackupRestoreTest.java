package vn.cbcs.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.AuditVerification;
import vn.cbcs.backup.internal.BackupWriter;
import vn.cbcs.people.Photos;
import vn.cbcs.platform.Actor;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;

/**
 * A backup taken over HTTP from the running application restores into a fresh PostgreSQL with every
 * table equal (counts and checksums of every row), the audit chain intact and one RESTORE event
 * more; a damaged backup or a database that is not empty is refused.
 */
@IntegrationTest
class BackupRestoreTest {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired Photos photos;
  @TempDir Path dir;

  private Path takeBackup() throws IOException {
    ObjectNode p = person("Quách Thị Lưu Trữ", true, 1983);
    // quotes, backslashes, tabs and line breaks survive the dump (tabs and line breaks are only
    // accepted in a multi-line field)
    p.put("otherNames", "Lưu \"Trữ\" \\gạch");
    p.put("strengths", "Lưu \"Trữ\"\ttab\\gạch\nxuống dòng");
    p.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "2008-06-30")));
    p.set("assignments", array(assignment("00001", "VAN_HOA_XA_HOI", "2018-01-01", "2025-06-30")));
    Api.Response created = Api.admin(port).post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0, 1, 2};
    photos.store(id, png, Actor.system("test"));
    Api.Response read = Api.admin(port).get("/api/people/" + id);
    assertThat(read.status()).isEqualTo(200);

    assertThat(new Api(port, "tinh", "demo-cbcs-2025").download("/api/backup").status())
        .as("administrators only")
        .isEqualTo(403);
    Api.Download backup = Api.admin(port).download("/api/backup");
    assertThat(backup.status()).isEqualTo(200);
    Path file = dir.resolve("cbcs.zip");
    Files.write(file, backup.bytes());
    return file;
  }

  @Test
  void aBackupRestoresIntoAFreshDatabaseWithEveryTableEqual() throws Exception {
    Path file = takeBackup();
    Map<String, Long> heads = TableSums.auditHeads(dataSource);
    Map<String, String> source = TableSums.of(dataSource, heads);
    BackupManifest manifest = DatabaseBackup.read(file);
    assertThat(manifest.auditHeadSeq()).isEqualTo(heads.get("audit_seal"));

    try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
      DataSource target = fresh.getPostgresDatabase();
      RestoreReport report = new DatabaseBackup(target).restore(file, "tester");
      assertThat(report.auditChainOk()).as(report.auditProblem()).isTrue();
      assertThat(TableSums.of(target, heads))
          .as("every table holds the same rows as the database backed up")
          .isEqualTo(source);
      assertThat(source.get("person")).doesNotStartWith("0 ");
      assertThat(source.get("person_photo")).doesNotStartWith("0 ");
      assertThat(source.get("unit")).doesNotStartWith("0 ");

      JdbcClient jdbc = JdbcClient.create(target);
      assertThat(
              jdbc.sql(
                      "SELECT kind || ' ' || t.actor FROM audit_log l"
                          + " JOIN audit_txn t ON t.id = l.txn_id WHERE l.id > :head")
                  .param("head", heads.get("audit_log"))
                  .query(String.class)
                  .list())
          .as("the restore is the one event added")
          .containsExactly("RESTORE tester");
      for (AuditVerification v : AuditLog.verify(target)) {
        assertThat(v.ok()).as(v.verifier() + ": " + v.problem()).isTrue();
      }
      long next = jdbc.sql("SELECT nextval('person_id_seq')").query(Long.class).single();
      assertThat(next)
          .as("sequences go on after the restored ids")
          .isGreaterThan(jdbc.sql("SELECT max(id) FROM person").query(Long.class).single());

      assertThatThrownBy(() -> new DatabaseBackup(target).restore(file, "tester"))
          .hasMessageContaining("not empty");
    }
  }

  @Test
  void aBackupLeavesOutTheSignInSessionsAndStillRestores() throws Exception {
    BrowserSession browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
    String sessionId =
        new String(Base64.getDecoder().decode(browser.cookie("SESSION")), StandardCharsets.UTF_8);
    JdbcClient source = JdbcClient.create(dataSource);
    assertThat(
            source
                .sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
                .param(sessionId)
                .query(Long.class)
                .single())
        .as("signed in: a live session row")
        .isOne();
    assertThat(browser.get("/units").statusCode()).isEqualTo(200);

    Path file = takeBackup();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(zip.getEntry(BackupWriter.entry("spring_session"))).isNull();
      assertThat(zip.getEntry(BackupWriter.entry("spring_session_attributes"))).isNull();
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
              .as("no entry holds the session id (%s)", e.getName())
              .doesNotContain(sessionId);
        }
      }
    }
    BackupManifest manifest = DatabaseBackup.read(file);
    assertThat(manifest.tables())
        .extracting(BackupManifest.Table::name)
        .doesNotContain("spring_session", "spring_session_attributes")
        .contains("app_user", "person");
    assertThat(manifest.excluded())
        .extracting(BackupManifest.Excluded::name)
        .containsExactlyInAnyOrder("spring_session", "spring_session_attributes");
    assertThat(manifest.excluded()).allSatisfy(x -> assertThat(x.reason()).contains("credentials"));

    Map<String, Long> heads = TableSums.auditHeads(dataSource);
    try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
      DataSource target = fresh.getPostgresDatabase();
      RestoreReport report = new DatabaseBackup(target).restore(file, "tester");
      assertThat(report.auditChainOk()).as(report.auditProblem()).isTrue();
      assertThat(TableSums.of(target, heads))
          .as("every other table restored as it was")
          .isEqualTo(TableSums.of(dataSource, heads));
      assertThat(
              JdbcClient.create(target)
                  .sql("SELECT count(*) FROM spring_session")
                  .query(Long.class)
                  .single())
          .as("no one is signed in on the restored system")
          .isZero();
    }
  }

  @Test
  void aDamagedBackupIsRefusedAndNothingIsLoaded() throws Exception {
    Path file = takeBackup();
    Path damaged = dir.resolve("damaged.zip");
    try (ZipFile in = new ZipFile(file.toFile());
        OutputStream os = Files.newOutputStream(damaged);
        ZipOutputStream out = new ZipOutputStream(os)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream is = in.getInputStream(e)) {
          byte[] bytes = is.readAllBytes();
          if (e.getName().equals("tables/person.copy")) {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            bytes =
                text.replace("Quách Thị Lưu Trữ", "Quách Thị Lưu Trừ")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
          }
          out.write(bytes);
        }
        out.closeEntry();
      }
    }
    try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
      DataSource target = fresh.getPostgresDatabase();
      assertThatThrownBy(() -> new DatabaseBackup(target).restore(damaged, "tester"))
          .hasMessageContaining("person")
          .hasMessageContaining("damaged");
      assertThat(
              JdbcClient.create(target)
                  .sql("SELECT count(*) FROM person")
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }
}
