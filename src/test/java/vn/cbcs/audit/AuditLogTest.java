package vn.cbcs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.audit.internal.ChainVerifier;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The audit log through the application: writes logged by the triggers with who, from where and on
 * what basis; reads of full records logged; the log browsable and exportable by inspectors only;
 * append-only; the hash chain verified, and tampering found by both verifiers.
 */
@IntegrationTest
class AuditLogTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired ChainVerifier verifier;
  @Autowired AuditLog audit;

  private Api admin() {
    return Api.admin(port);
  }

  private Api inspector() {
    return new Api(port, "thanhtra", "demo-cbcs-2025");
  }

  private long createPerson(String name) {
    ObjectNode p = person(name, true, 1986);
    p.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "2010-06-30")));
    // Phường Đức Xuân after the reform: within the scopes of the demo officers who read it (tinh,
    // xa, thanhtra), and after the years the demo tests count
    p.set(
        "assignments",
        array(assignment("01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = admin().post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private List<JsonNode> events(Api api, String query) {
    Api.Response r = api.get("/api/audit?" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    r.json().get("items").forEach(items::add);
    return items;
  }

  @Test
  void everyWriteIsLoggedWithWhoFromWhereAndItsLegalBasis() {
    long id = createPerson("Lục Thị Kiểm");

    List<JsonNode> events = events(inspector(), "person=" + id);
    assertThat(events)
        .as("the person, the qualification and the post are logged")
        .extracting(e -> e.get("kind").asString() + " " + e.get("table").asString())
        .contains("INSERT person", "INSERT qualification", "INSERT assignment");
    JsonNode insert =
        events.stream()
            .filter(e -> e.get("table").asString().equals("person"))
            .findFirst()
            .orElseThrow();
    assertThat(insert.get("actor").asString()).isEqualTo("admin");
    assertThat(insert.get("source").asString()).isEqualTo("API");
    assertThat(insert.get("clientAddr").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(insert.get("request").asString()).isEqualTo("POST /api/people");
    assertThat(insert.get("after").get("full_name").asString()).isEqualTo("Lục Thị Kiểm");
    assertThat(insert.get("after").has("search_key"))
        .as("generated columns are left out")
        .isFalse();
    assertThat(insert.get("sealSeq").isNull()).as("sealed at commit").isFalse();
    JsonNode post =
        events.stream()
            .filter(e -> e.get("table").asString().equals("assignment"))
            .findFirst()
            .orElseThrow();
    assertThat(post.get("legalBasis").asString())
        .as("a post names its decision")
        .isEqualTo("01/QĐ-UBND (01/07/2025, UBND huyện Chợ Đồn)");
    assertThat(post.get("unitCode").asString()).isEqualTo("01840");
  }

  @Test
  void anUpdateKeepsTheChangedFieldsBeforeAndAfterAndTheReason() {
    ObjectNode body = person("Ma Thị Sửa", true, 1979);
    // a post in the inspector's ground: a record without one is in nobody's
    body.set(
        "assignments",
        array(assignment("01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response created = admin().post("/api/people", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    body.remove("assignments");
    body.put("version", 0);
    body.put("phone", "0912345678");
    body.put("reason", "Bổ sung số điện thoại theo đơn ngày 02/01/2026");
    Api.Response put = admin().put("/api/people/" + id, body);
    assertThat(put.status()).as(put.body()).isEqualTo(200);

    JsonNode update = events(inspector(), "person=" + id + "&kind=UPDATE").get(0);
    assertThat(update.get("table").asString()).isEqualTo("person");
    assertThat(update.get("fields").toString()).contains("phone");
    assertThat(update.get("before").get("phone").isNull()).isTrue();
    assertThat(update.get("after").get("phone").asString()).isEqualTo("0912345678");
    assertThat(update.get("reason").asString())
        .isEqualTo("Bổ sung số điện thoại theo đơn ngày 02/01/2026");
    assertThat(update.get("request").asString()).isEqualTo("PUT /api/people/" + id);
  }

  @Test
  void readsOfAFullRecordAreLoggedAndAnInspectorSeesWhoAccessedIt() {
    long id = createPerson("Đàm Thị Đọc");
    assertThat(new Api(port, "tinh", "demo-cbcs-2025").get("/api/people/" + id).status())
        .isEqualTo(200);
    assertThat(new Api(port, "xa", "demo-cbcs-2025").download("/people/" + id).status())
        .isEqualTo(200);
    assertThat(admin().download("/api/people/" + id + "/cv.pdf").status()).isEqualTo(200);

    List<JsonNode> reads = events(inspector(), "person=" + id + "&kind=READ");
    assertThat(reads)
        .extracting(e -> e.get("actor").asString() + " " + e.get("detail").asString())
        .containsExactly("admin CV_PDF", "xa PERSON_PAGE", "tinh PERSON_API");
    assertThat(reads.get(0).get("fields").toString()).contains("ethnicity", "religion", "party");

    Api.Response who = inspector().get("/api/audit/people/" + id);
    assertThat(who.status()).isEqualTo(200);
    assertThat(who.json().size()).isGreaterThanOrEqualTo(6);

    Api.Download fragment = inspector().download("/audit/people/" + id + "/accesses");
    assertThat(fragment.status()).isEqualTo(200);
    assertThat(fragment.text()).contains("tinh", "xa", "Xem hồ sơ");
  }

  /** Issue 17: the page names tables and columns in words, not as the database spells them. */
  @Test
  void thePageNamesTablesAndColumnsInWords() {
    long id = createPerson("Lục Thị Tên Bảng");
    Api.Download page = inspector().download("/audit?person=" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("Hồ sơ cán bộ, công chức #" + id, "Trình độ, văn bằng #", "Họ và tên: ")
        .doesNotContain(">person #")
        // the whole row, one click away, keeps the database's names; the summary line does not
        .doesNotContainPattern("<summary>[^<]*full_name: ");
  }

  @Test
  void onlyAdministratorsAndInspectorsReadTheLog() {
    for (String user : List.of("tinh", "huyen", "xa", "chutich", "canbo")) {
      Api api = new Api(port, user, "demo-cbcs-2025");
      assertThat(api.get("/api/audit").status()).as(user).isEqualTo(403);
      assertThat(api.get("/api/audit/verify").status()).as(user).isEqualTo(403);
      assertThat(api.download("/audit").status()).as(user).isEqualTo(403);
    }
    assertThat(admin().get("/api/audit").status()).isEqualTo(200);
    assertThat(inspector().download("/audit").status()).isEqualTo(200);
  }

  @Test
  void anActorPassedToAServiceIsLoggedEvenInABackgroundThread() throws Exception {
    long id = createPerson("Nông Thị Nền");
    Thread worker =
        new Thread(
            () -> jdbcCreateThroughService(id, "importer", "Nhập Excel số 99 (can-bo.xlsx)"),
            "test-worker");
    worker.start();
    worker.join();
    JsonNode e = events(inspector(), "person=" + id + "&user=importer").get(0);
    assertThat(e.get("source").asString()).isEqualTo("IMPORT");
    assertThat(e.get("reason").asString()).isEqualTo("Nhập Excel số 99 (can-bo.xlsx)");
    assertThat(e.get("clientAddr").isNull()).as("no request in a background thread").isTrue();
  }

  @Autowired vn.cbcs.qualifications.Qualifications qualifications;

  private void jdbcCreateThroughService(long personId, String user, String reason) {
    qualifications.add(
        personId,
        new vn.cbcs.qualifications.NewQualification(
            vn.cbcs.qualifications.Track.POLITICAL_THEORY,
            "SO_CAP",
            null,
            null,
            null,
            null,
            java.time.LocalDate.of(2015, 5, 5),
            null),
        vn.cbcs.platform.Actor.user(
                user,
                vn.cbcs.platform.Actor.Source.IMPORT,
                java.util.Set.of(vn.cbcs.platform.Role.ADMIN),
                java.util.List.of(),
                null)
            .withReason(reason));
  }

  @Test
  void theLogIsAppendOnly() {
    createPerson("Hà Thị Ghi");
    long last = jdbc.sql("SELECT max(id) FROM audit_log").query(Long.class).single();
    for (String sql :
        List.of(
            "UPDATE audit_log SET kind = 'READ' WHERE id = " + last,
            "DELETE FROM audit_log WHERE id = " + last,
            "TRUNCATE audit_log",
            "UPDATE audit_txn SET actor = 'someone' WHERE id = (SELECT max(id) FROM audit_txn)",
            "DELETE FROM audit_seal",
            "TRUNCATE audit_seal, audit_txn")) {
      assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isNotNull();
    }
    assertThat(
            jdbc.sql("SELECT kind FROM audit_log WHERE id = " + last).query(String.class).single())
        .isNotEqualTo("READ");
  }

  @Test
  void theChainVerifiesInJavaAndInTheDatabaseAndTheApiSaysSo() {
    createPerson("Vi Thị Chuỗi");
    AuditVerification java = audit.verify(TestActors.SYSTEM);
    AuditVerification db = audit.verifyInDatabase(TestActors.SYSTEM);
    assertThat(java.ok()).as(java.problem()).isTrue();
    assertThat(db.ok()).as(db.problem()).isTrue();
    assertThat(java.headHash()).isEqualTo(db.headHash());
    assertThat(java.seals()).isEqualTo(db.seals()).isPositive();

    Api.Response r = inspector().get("/api/audit/verify");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("ok").asBoolean()).as(r.body()).isTrue();
    assertThat(events(inspector(), "kind=VERIFY&user=thanhtra")).isNotEmpty();
  }

  @Test
  void aCheckStartsAtTheLastCheckpointAndFindsTamperingSinceButNotBefore() throws Exception {
    createPerson("Hoàng Thị Mốc");
    AuditLog.Check full = audit.check(true, TestActors.SYSTEM);
    assertThat(full.ok()).as(full.java().problem()).isTrue();
    long head = full.java().headSeq();
    createPerson("Hoàng Thị Sau Mốc");
    AuditLog.Check since = audit.check(false, TestActors.SYSTEM);
    assertThat(since.ok()).as(since.java().problem() + " / " + since.database().problem()).isTrue();
    assertThat(since.incremental()).isTrue();
    assertThat(since.java().headSeq()).isGreaterThan(head);
    assertThat(since.java().seals())
        .as("only the seals after the checkpoint are recomputed")
        .isEqualTo(since.java().headSeq() - head)
        .isEqualTo(since.database().seals());
    assertThat(since.java().headHash()).isEqualTo(since.database().headHash());

    ChainVerifier.Start start =
        jdbc.sql(
                "SELECT seq, hash, last_event_id, last_txn_id FROM audit_checkpoint"
                    + " ORDER BY id DESC LIMIT 1")
            .query(
                (rs, i) ->
                    new ChainVerifier.Start(
                        rs.getLong(1), rs.getBytes(2), rs.getLong(3), rs.getLong(4)))
            .single();
    createPerson("Hoàng Thị Sửa Sau Mốc");
    Map<String, Boolean> tampering =
        Map.of(
            // an event sealed after the checkpoint: the next check finds it
            "UPDATE audit_log SET detail = 'x' WHERE id = (SELECT max(id) FROM audit_log)", false,
            // an event sealed before it: only a full check finds it
            "UPDATE audit_log SET detail = 'x' WHERE id = (SELECT min(id) FROM audit_log)", true);
    for (Map.Entry<String, Boolean> t : tampering.entrySet()) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
          s.execute(
              "ALTER TABLE audit_log DISABLE TRIGGER audit_append_only;"
                  + " GRANT UPDATE ON audit_log TO CURRENT_USER");
          s.execute(t.getKey());
          assertThat(verifier.verify(c, start).ok()).as(t.getKey()).isEqualTo(t.getValue());
          try (var rs =
              s.executeQuery(
                  "SELECT ok FROM audit_verify_from("
                      + start.seq()
                      + ", decode('"
                      + java.util.HexFormat.of().formatHex(start.hash())
                      + "', 'hex'), "
                      + start.lastEventId()
                      + ", "
                      + start.lastTxnId()
                      + ")")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("database: " + t.getKey()).isEqualTo(t.getValue());
          }
          assertThat(verifier.verify(c).ok()).as("full: " + t.getKey()).isFalse();
        } finally {
          c.rollback();
        }
      }
    }
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_checkpoint WHERE seq = " + head).update())
        .as("checkpoints are append-only")
        .isNotNull();
  }

  @Test
  void tamperingIsFoundByBothVerifiers() throws Exception {
    createPerson("Lý Thị Sửa Trộm");
    // each kind of tampering is made inside a transaction that is rolled back: the owner of the
    // tables can lift the guards (superuser or not), which is why the chain exists
    Map<String, String> tampering =
        Map.of(
            "UPDATE audit_log SET after = jsonb_set(after, '{full_name}', '\"X\"')"
                + " WHERE id = (SELECT max(id) FROM audit_log WHERE table_name = 'person'"
                + " AND kind = 'INSERT')",
            "was altered",
            "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log WHERE kind = 'INSERT')",
            "events sealed",
            "UPDATE audit_txn SET actor = 'ai-do' WHERE id = (SELECT min(txn_id) FROM audit_seal)",
            "or its seal was altered",
            "DELETE FROM audit_seal WHERE seq = (SELECT min(seq) + 1 FROM audit_seal)",
            "is missing",
            "INSERT INTO audit_log (txn_id, at, kind, table_name, row_hash)"
                + " SELECT max(id) + 1000, now(), 'READ', 'person', '\\x00' FROM audit_txn",
            "not sealed");
    for (Map.Entry<String, String> t : tampering.entrySet()) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
          s.execute(
              "ALTER TABLE audit_log DISABLE TRIGGER audit_append_only;"
                  + " ALTER TABLE audit_txn DISABLE TRIGGER audit_append_only;"
                  + " ALTER TABLE audit_seal DISABLE TRIGGER audit_append_only;"
                  + " GRANT UPDATE, DELETE ON audit_log, audit_txn, audit_seal TO CURRENT_USER");
          s.execute(t.getKey());
          AuditVerification java = verifier.verify(c);
          AuditVerification db;
          try (var rs = s.executeQuery("SELECT ok, first_bad_seq, problem FROM audit_verify()")) {
            rs.next();
            db =
                new AuditVerification(
                    rs.getBoolean(1),
                    0,
                    0,
                    null,
                    null,
                    (Long) rs.getObject(2),
                    rs.getString(3),
                    "database",
                    null);
          }
          assertThat(java.ok()).as(t.getKey()).isFalse();
          assertThat(java.problem()).as(t.getKey()).contains(t.getValue());
          assertThat(db.ok()).as(t.getKey()).isFalse();
          assertThat(db.problem()).as(t.getKey()).contains(t.getValue());
          assertThat(java.firstBadSeq()).as(t.getKey()).isEqualTo(db.firstBadSeq());
        } finally {
          c.rollback();
        }
      }
    }
    assertThat(audit.verify(TestActors.SYSTEM).ok())
        .as("the rollbacks left the log intact")
        .isTrue();
  }

  @Test
  void anInspectorExportsTheLogToExcelWithTheStateOfTheChain() throws Exception {
    long id = createPerson("Bế Thị Xuất");
    admin().get("/api/people/" + id);
    Api.Download x = inspector().download("/api/audit/export.xlsx?person=" + id);
    assertThat(x.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
      Sheet events = wb.getSheet("Nhật ký");
      Row header = events.getRow(0);
      assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Người thực hiện");
      List<String> kinds = new ArrayList<>();
      for (int i = 1; i <= events.getLastRowNum(); i++) {
        Row r = events.getRow(i);
        assertThat((long) r.getCell(9).getNumericCellValue()).isEqualTo(id);
        kinds.add(r.getCell(6).getStringCellValue() + " " + r.getCell(7).getStringCellValue());
      }
      assertThat(kinds).contains("READ person", "INSERT person", "INSERT assignment");
      Sheet check = wb.getSheet("Kiểm tra");
      assertThat(check.getRow(9).getCell(1).getStringCellValue()).isEqualTo("TOÀN VẸN (OK)");
    }
    assertThat(events(inspector(), "kind=EXPORT&user=thanhtra")).isNotEmpty();
  }

  @Test
  void theLogIsFilteredByUnitSubtreeUserAndDate() {
    long id = createPerson("Hoàng Thị Đơn Vị");
    String today = vn.cbcs.platform.AsOf.today().toString();
    // Phường Đức Xuân (01840) is in Thái Nguyên (19) since 1-7-2025; before, it was in Thành phố
    // Bắc Kạn (058), Bắc Kạn (06), which merged into Thái Nguyên
    for (String unit : List.of("01840", "19")) {
      assertThat(events(inspector(), "unit=" + unit + "&size=500"))
          .as(unit)
          .anyMatch(e -> e.get("personId").asLong() == id);
    }
    assertThat(events(inspector(), "unit=02023&person=" + id)).isEmpty();
    assertThat(events(inspector(), "user=admin&from=" + today + "&to=" + today + "&size=500"))
        .anyMatch(e -> e.get("personId").asLong() == id);
    assertThat(events(inspector(), "user=admin&to=2020-01-01")).isEmpty();
    assertThat(inspector().get("/api/audit?kind=NOPE").status()).isEqualTo(400);
  }
}
