package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.ImportSheets.assertStatus;
import static vn.cbcs.support.ImportSheets.reasons;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.ImportSheets;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * Ratings through the Excel import (issue 13, ADR 18): the template downloaded from the API is
 * filled and sent — dry run, then commit — and every row goes through the evaluation service with
 * the importing actor (regime points, step order and dates, the HTXSNV cap, scope). Test data: Xã
 * Yên Trạch (05620) and Xã Hợp Thành (05632), Thái Nguyên; each test its own evaluation year, so
 * that the cap's group (commune, year, system) holds only its rows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingImportTest {

  static final String YEN_TRACH = "05620";
  static final String HOP_THANH = "05632";
  static final String PASSWORD = "một câu đủ dài để nhớ";
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api admin;

  @BeforeAll
  void users() {
    admin = Api.admin(port);
  }

  /** A person with a post in the commune from 1-7-2025: id and personal ID. */
  private record P(long id, String pid, String name) {}

  private P person(String name, String commune) {
    String full = name + " " + SEQ.incrementAndGet();
    ObjectNode p = PersonJsonMother.person(full, true, 1987);
    p.set(
        "assignments",
        array(assignment(commune, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return new P(r.json().get("id").asLong(), p.get("personalId").asString(), full);
  }

  private String user(String role, String scope) {
    String username = "nhapxl" + SEQ.incrementAndGet();
    Api.Response r =
        admin.post(
            "/api/admin/users",
            Map.of(
                "username",
                username,
                "displayName",
                "Người nhập " + username,
                "password",
                PASSWORD,
                "roles",
                List.of(role),
                "scopes",
                List.of(scope)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return username;
  }

  /** A row in template order: the full chain of steps up to a decision. */
  private static Object[] decided(
      P p, int year, String general, String task, String level, String no) {
    return new Object[] {
      null,
      p.pid(),
      null,
      p.name(),
      String.valueOf(year),
      "Chính quyền",
      "Không",
      general,
      task,
      null,
      level,
      LocalDate.of(year, 11, 20),
      LocalDate.of(year, 11, 25),
      "Biên bản họp số 7",
      level,
      null,
      LocalDate.of(year, 11, 26),
      level,
      no,
      LocalDate.of(year, 12, 10),
      "Chủ tịch UBND xã"
    };
  }

  /** The template as downloaded, with the rows written from its third line. */
  private byte[] filledTemplate(Api api, List<Object[]> rows) throws Exception {
    return ImportSheets.filled(
        api,
        "RATINGS",
        "Xếp loại",
        sheet -> {
          Row header = sheet.getRow(0);
          assertThat(header.getCell(1).getStringCellValue())
              .isEqualTo("Số định danh cá nhân (CCCD)");
          assertThat(header.getCell(17).getStringCellValue()).isEqualTo("Mức quyết định");
        },
        rows);
  }

  private ImportClient client(String user) {
    return new ImportClient(port, user, PASSWORD);
  }

  private long evaluations(List<P> people, int year) {
    return jdbc.sql("SELECT count(*) FROM evaluation WHERE person_id IN (:p) AND year = :y")
        .param("p", people.stream().map(P::id).toList())
        .param("y", year)
        .query(Long.class)
        .single();
  }

  @Test
  @DisplayName(
      "Luật 80/2025 Điều 26, NĐ 335/2025: a commune's ratings imported — dry run, commit, resend"
          + " unchanged; the HTXSNV row first in the file is checked after the HTTNV rows")
  void aFilledTemplateIsCheckedThenCommittedThroughTheEvaluationService() throws Exception {
    int year = 2026;
    List<P> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(person("Lục Thị Xếp Loại", YEN_TRACH));
    }
    List<Object[]> rows = new ArrayList<>();
    // the HTXSNV row first: 1 HTXSNV needs 5 HTTNV (20%), which come after it in the file
    rows.add(decided(people.get(0), year, "29", "63", "HTXSNV", "91/QĐ-UBND"));
    for (int i = 1; i < 6; i++) {
      rows.add(decided(people.get(i), year, "27", "55", "HTTNV", "9" + (i + 1) + "/QĐ-UBND"));
    }
    byte[] file = filledTemplate(admin, rows);

    Api.Response dry = ImportClient.admin(port).upload(file, "RATINGS", true, "all-or-nothing");
    assertStatus(dry, 200, "VALIDATED");
    assertThat(dry.json().get("accepted").asInt()).as(dry.body()).isEqualTo(6);
    assertThat(dry.json().get("rejected").asInt()).isZero();
    assertThat(evaluations(people, year)).as("a dry run writes nothing").isZero();

    Api.Response commit = ImportClient.admin(port).commit(dry.json().get("id").asLong());
    assertStatus(commit, 200, "COMMITTED");
    List<Map<String, Object>> written =
        jdbc.sql(
                "SELECT person_id, status, self_general, self_task, proposed_level, decided_level,"
                    + " decision_number, decision_date, decision_signer, decided_by FROM evaluation"
                    + " WHERE person_id IN (:p) AND year = :y ORDER BY decision_number")
            .param("p", people.stream().map(P::id).toList())
            .param("y", year)
            .query()
            .listOfRows();
    assertThat(written).hasSize(6);
    assertThat(written.get(0).get("person_id")).isEqualTo(people.get(0).id());
    assertThat(written.get(0).get("decided_level")).isEqualTo("HTXSNV");
    assertThat(written.get(0).get("decision_number")).isEqualTo("91/QĐ-UBND");
    assertThat(written.get(0).get("self_general").toString()).isEqualTo("29.00");
    assertThat(written.get(0).get("decided_by")).isEqualTo("admin");
    assertThat(written.get(1).get("decided_level")).isEqualTo("HTTNV");
    assertThat(written.get(1).get("proposed_level")).isEqualTo("HTTNV");
    assertThat(written.get(1).get("decision_signer")).isEqualTo("Chủ tịch UBND xã");
    assertThat(written).allSatisfy(w -> assertThat(w.get("status")).isEqualTo("DECIDED"));

    Api.Response again = ImportClient.admin(port).upload(file, "RATINGS", false, null);
    assertThat(again.json().get("status").asString()).as(again.body()).isEqualTo("COMMITTED");
    assertThat(again.json().get("unchanged").asInt()).as("sent twice: nothing new").isEqualTo(6);
    assertThat(evaluations(people, year)).isEqualTo(6);
  }

  @Test
  @DisplayName(
      "NĐ 335/2025 (20% cap), step order and regime points: a bad workbook gets exact reasons"
          + " per row and writes nothing")
  void aBadWorkbookIsRefusedWithTheReasonOfEveryRowAndWritesNothing() throws Exception {
    int year = 2027;
    List<P> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(person("Ma Văn Sai Sót", YEN_TRACH));
    }
    List<Object[]> rows = new ArrayList<>();
    rows.add(decided(people.get(0), year, "27", "55", "HTTNV", "1/QĐ")); // row 3: fine
    rows.add(decided(people.get(1), year, "35", "55", "HTTNV", "2/QĐ")); // row 4: 35 > 30
    Object[] early = decided(people.get(2), year, "27", "55", "HTTNV", "3/QĐ");
    early[19] = LocalDate.of(year, 11, 1); // row 5: decision before the proposal
    rows.add(early);
    Object[] unknown = decided(people.get(3), year, "27", "55", "HTTNV", "4/QĐ");
    unknown[14] = "Giỏi"; // row 6: no such level
    rows.add(unknown);
    rows.add(decided(people.get(4), year, "29", "63", "HTXSNV", "5/QĐ")); // row 7: cap
    rows.add(decided(people.get(5), year, "29", "63", "HTXSNV", "6/QĐ")); // row 8: cap
    byte[] file = filledTemplate(admin, rows);

    Api.Response r = ImportClient.admin(port).upload(file, "RATINGS", false, "all-or-nothing");
    assertStatus(r, 422, "REFUSED");
    assertThat(r.json().get("rejected").asInt()).as(r.body()).isEqualTo(5);
    assertThat(reasons(r.json(), 3)).isEmpty();
    assertThat(reasons(r.json(), 4))
        .containsExactly(
            "Điểm tiêu chí chung: Điểm \"generalPoints\" = 35 nằm ngoài khoảng 0–30 của "
                + "Luật Cán bộ, công chức 80/2025/QH15 (Điều 25–27) và Nghị định 335/2025/NĐ-CP.");
    assertThat(reasons(r.json(), 5))
        .containsExactly(
            "Ngày quyết định: Ngày quyết định "
                + year
                + "-11-01 trước ngày đề xuất "
                + year
                + "-11-26.");
    assertThat(reasons(r.json(), 6))
        .containsExactly(
            "Mức đề xuất: Mức xếp loại \"Giỏi\" không rõ: chọn trong danh sách hoặc ghi HTXSNV,"
                + " HTTNV, HTNV, KHTNV.");
    // the HTXSNV rows run last: one HTTNV was accepted (rows 4–6 refused), 20% of 1 is 0
    assertThat(reasons(r.json(), 7))
        .singleElement()
        .asString()
        .startsWith(
            "Mức quyết định: Vượt tỉ lệ Hoàn thành xuất sắc nhiệm vụ trong nhóm cán bộ, công chức"
                + " không giữ chức vụ lãnh đạo của đơn vị: quyết định này sẽ là 1 người HTXSNV"
                + " trong khi nhóm có 1 người HTTNV; tối đa 20% số HTTNV, tức 0 người");
    assertThat(reasons(r.json(), 8)).hasSize(1);
    assertThat(evaluations(people, year)).as("all or nothing: nothing written").isZero();
    // the rejected rows to fix and send again, with the template's sheet and a reason column
    Api.Download errors = admin.download(r.json().get("errorReport").asString());
    assertThat(errors.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(errors.bytes()))) {
      Sheet sheet = wb.getSheet("Xếp loại");
      assertThat(sheet).isNotNull();
      assertThat(sheet.getLastRowNum())
          .as("a header and the 5 rejected rows")
          .isGreaterThanOrEqualTo(5);
    }
    // the import page offers the template
    Api.Response page = admin.get("/imports");
    assertThat(page.body()).contains("href=\"/api/imports/templates/RATINGS\"");
  }

  @Test
  @DisplayName("ADR 13: a commune officer imports for their commune; rows outside it are refused")
  void rowsOutsideTheActorsScopeAreRefused() throws Exception {
    int year = 2028;
    P inside = person("Hà Thị Trong Xã", YEN_TRACH);
    P outside = person("Hà Thị Ngoài Xã", HOP_THANH);
    String officer = user("COMMUNE_OFFICER", YEN_TRACH);
    Object[] a = decided(inside, year, "27", "55", "HTTNV", null);
    Object[] b = decided(outside, year, "27", "55", "HTTNV", null);
    for (Object[] row : List.of(a, b)) {
      row[17] = null; // up to the proposal: a commune officer does not decide
      row[18] = null;
      row[19] = null;
      row[20] = null;
    }
    Object[] decides = decided(inside, year, "27", "55", "HTTNV", "9/QĐ");
    decides[2] = String.valueOf(inside.id()); // by record number
    decides[1] = null;
    byte[] file = filledTemplate(new Api(port, officer, PASSWORD), List.of(a, b));
    Api.Response r = client(officer).upload(file, "RATINGS", false, "all-or-nothing");
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(reasons(r.json(), 3)).isEmpty();
    assertThat(reasons(r.json(), 4))
        .containsExactly(
            "Số định danh cá nhân (CCCD): Số định danh "
                + outside.pid()
                + " là hồ sơ của người ngoài phạm vi đơn vị bạn quản lý; dòng này không được"
                + " nhập.");
    assertThat(evaluations(List.of(inside, outside), year)).isZero();

    Api.Response partial =
        client(officer)
            .upload(
                filledTemplate(new Api(port, officer, PASSWORD), List.of(a, decides)),
                "RATINGS",
                false,
                "partial");
    assertThat(partial.json().get("status").asString()).as(partial.body()).isEqualTo("COMMITTED");
    assertThat(reasons(partial.json(), 4))
        .singleElement()
        .asString()
        .startsWith("Mức quyết định: Bạn không có quyền quyết định xếp loại người này");
    assertThat(
            jdbc.sql("SELECT status FROM evaluation WHERE person_id = :p AND year = :y")
                .param("p", inside.id())
                .param("y", year)
                .query(String.class)
                .single())
        .as("the proposal row kept, the decision row refused whole")
        .isEqualTo("PROPOSED");
  }
}
