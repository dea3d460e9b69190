package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestActors;

/**
 * Commits: all or nothing, a commit stopped mid-way leaving nothing, qualification and post files
 * imported twice without duplicates, the error report to fix and resend, export → import with no
 * change.
 */
@IntegrationTest
class ImportCommitTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Imports imports;

  private ImportClient client() {
    return ImportClient.admin(port);
  }

  private long count(List<String> pids) {
    return jdbc.sql("SELECT count(*) FROM person WHERE personal_id IN (:p)")
        .param("p", pids)
        .query(Long.class)
        .single();
  }

  private static Object[] simple(String pid, String name, boolean female, int year) {
    return PeopleImportTest.person(
        pid, name, female ? "Nữ" : "Nam", "15/03/" + year, null, null, null, null, null);
  }

  @Test
  void allOrNothingRefusesTheWholeFileWhenARowIsRejected() {
    String a = PersonJsonMother.personalId(false, 1981);
    String b = PersonJsonMother.personalId(false, 1982);
    byte[] file =
        Xlsx.create()
            .sheet("Cán bộ")
            .row(Xlsx.headers(Xlsx.PEOPLE))
            .row(simple(a, "Lường Văn Một", false, 1981))
            .row(simple(b, "Lường Văn Hai", true, 1982)) // sex contradicts the ID
            .bytes();
    Api.Response r = client().upload(file, "PEOPLE", false, "all-or-nothing");
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().get("status").asString()).isEqualTo("REFUSED");
    assertThat(r.json().get("message").asString()).contains("1 dòng bị từ chối");
    assertThat(r.json().get("rejectedRows").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(count(List.of(a, b))).isZero();
    Api.Response partial = client().upload(file, "PEOPLE", false, "partial");
    assertThat(partial.json().get("status").asString()).isEqualTo("COMMITTED");
    assertThat(count(List.of(a, b))).isEqualTo(1);
  }

  @Test
  void aCommitStoppedMidWayLeavesNothingOfTheFile() throws Exception {
    Xlsx x = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE));
    List<String> pids = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String pid = PersonJsonMother.personalId(i % 2 == 0, 1970 + i % 30);
      pids.add(pid);
      x.row(simple(pid, "Hà Văn Dừng " + i, i % 2 == 0, 1970 + i % 30));
    }
    ImportReport started =
        imports.submit(
            x.bytes(), "dung.xlsx", ImportKind.PEOPLE, ImportMode.PARTIAL, false, TestActors.ADMIN);
    long deadline = System.currentTimeMillis() + 60_000;
    ImportReport now = started;
    while (System.currentTimeMillis() < deadline
        && !(now.status() == ImportStatus.COMMITTING && now.rowsCommitted() > 0)) {
      Thread.sleep(20);
      now = imports.require(started.id(), TestActors.SYSTEM);
    }
    assertThat(now.status()).as("the commit is under way").isEqualTo(ImportStatus.COMMITTING);
    assertThat(now.rowsCommitted()).isBetween(1, 2999);
    assertThat(imports.cancel(started.id(), TestActors.SYSTEM)).isTrue();
    ImportReport done =
        imports.await(started.id(), java.time.Duration.ofSeconds(60), TestActors.SYSTEM);
    assertThat(done.status()).isEqualTo(ImportStatus.CANCELLED);
    assertThat(done.message()).contains("không có dữ liệu nào được ghi");
    assertThat(count(pids)).as("no row of the file is in the database").isZero();
    assertThat(
            jdbc.sql("SELECT count(*) FROM person_revision WHERE reason LIKE :r")
                .param("r", "Nhập Excel số " + started.id() + " %")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void qualificationAndPostFilesImportedTwiceRecordEachFactOnce() {
    String pid = PersonJsonMother.personalId(true, 1986);
    Api.Response person =
        client()
            .upload(
                Xlsx.create()
                    .sheet("Cán bộ")
                    .row(Xlsx.headers(Xlsx.PEOPLE))
                    .row(simple(pid, "Bế Thị Thư", true, 1986))
                    .bytes(),
                "PEOPLE",
                false,
                null);
    assertThat(person.json().get("accepted").asInt()).as(person.body()).isEqualTo(1);
    byte[] qs =
        Xlsx.create()
            .sheet("Trình độ")
            .row(
                "STT",
                "Số định danh cá nhân (CCCD)",
                "Họ và tên",
                "Loại trình độ",
                "Trình độ",
                "Chuyên ngành",
                "Ngày cấp")
            .row(1, pid, "Bế Thị Thư", "Chuyên môn", "Cao đẳng", "Kế toán", "30/06/2006")
            .row(
                2, pid, "BE THI THU", "chuyên môn", "Cử nhân", "Kế toán", LocalDate.of(2012, 6, 30))
            .row(3, pid, "Bế Thị Thư", "LLCT", "TC", null, "01/02/2015")
            .row(4, pid, "Bế Văn Khác", "Tin học", "B", null, "01/02/2015")
            .bytes();
    Api.Response first = client().upload(qs, "QUALIFICATIONS", false, null);
    assertThat(first.json().get("accepted").asInt()).as(first.body()).isEqualTo(3);
    assertThat(first.json().get("rejectedRows").get(0).toString()).contains("không khớp với hồ sơ");
    Api.Response second = client().upload(qs, "QUALIFICATIONS", false, null);
    assertThat(second.json().get("unchanged").asInt()).isEqualTo(3);
    assertThat(second.json().get("accepted").asInt()).isZero();

    byte[] posts =
        Xlsx.create()
            .sheet("Chức vụ")
            .row(
                "STT",
                "Số định danh cá nhân (CCCD)",
                "Họ và tên",
                "Đơn vị (xã, phường)",
                "Chức vụ, chức danh",
                "Kiêm nhiệm",
                "Từ ngày",
                "Đến ngày",
                "Số quyết định",
                "Ngày quyết định",
                "Cơ quan ban hành",
                "Người ký",
                "Loại quyết định")
            .row(
                1,
                pid,
                "Bế Thị Thư",
                "2023",
                "VAN_HOA_XA_HOI",
                null,
                "01/01/2016",
                "30/06/2025",
                "01/QĐ-UBND",
                "28/12/2015",
                "UBND huyện Chợ Đồn",
                "Hoàng Văn A",
                "Tuyển dụng")
            .row(
                2,
                pid,
                "Bế Thị Thư",
                "02026 – Xã Nam Cường",
                "VTVL_VHXH_Y_TE",
                null,
                "01/07/2025",
                null,
                "9/QĐ-UBND",
                "25/06/2025",
                "UBND tỉnh Thái Nguyên",
                null,
                "Điều động")
            .bytes();
    Api.Response p1 = client().upload(posts, "ASSIGNMENTS", false, null);
    assertThat(p1.json().get("accepted").asInt()).as(p1.body()).isEqualTo(2);
    Api.Response p2 = client().upload(posts, "ASSIGNMENTS", false, null);
    assertThat(p2.json().get("unchanged").asInt()).as(p2.body()).isEqualTo(2);
    long id =
        client().api.get("/api/people?q=" + pid).json().get("items").get(0).get("id").asLong();
    JsonNode record = client().api.get("/api/people/" + id).json();
    assertThat(record.get("qualifications")).hasSize(3);
    assertThat(record.get("assignments")).hasSize(2);
    assertThat(record.get("assignments").get(0).get("to").asString()).isEqualTo("2025-06-30");
    assertThat(record.get("currentAssignments").get(0).get("unitCode").asString())
        .isEqualTo("02026");
  }

  @Test
  void theErrorReportHasTheTemplatesHeadersAndAReasonAndImportsOnceFixed() throws Exception {
    String pid = PersonJsonMother.personalId(false, 1979);
    Object[] bad = simple(pid, "Sầm Văn Sửa", false, 1979);
    bad[4] = "1979-13-45";
    byte[] file = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE)).row(bad).bytes();
    Api.Response r = client().upload(file, "PEOPLE", false, null);
    long id = r.json().get("id").asLong();
    Api.Download errors = client().api.download("/api/imports/" + id + "/errors.xlsx");
    assertThat(errors.status()).isEqualTo(200);
    assertThat(errors.headers().getContentType().toString()).contains("spreadsheetml");
    byte[] fixed;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(errors.bytes()))) {
      Sheet sheet = wb.getSheet("Cán bộ");
      Row header = sheet.getRow(0);
      for (int i = 0; i < Xlsx.PEOPLE.size(); i++) {
        assertThat(header.getCell(i).getStringCellValue()).isEqualTo(Xlsx.PEOPLE.get(i));
      }
      assertThat(header.getCell(Xlsx.PEOPLE.size()).getStringCellValue())
          .isEqualTo("Lý do từ chối");
      Row row = sheet.getRow(1);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(pid);
      assertThat(row.getCell(Xlsx.PEOPLE.size()).getStringCellValue())
          .contains("Ngày sinh", "1979-13-45");
      row.getCell(4).setCellValue("15/03/1979");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      fixed = out.toByteArray();
    }
    Api.Response again = client().upload(fixed, "PEOPLE", false, null);
    assertThat(again.json().get("accepted").asInt()).as(again.body()).isEqualTo(1);
    assertThat(count(List.of(pid))).isEqualTo(1);
  }

  @Test
  void anExportImportedBackChangesNothing() throws Exception {
    String tag = "Xuatnhap" + (System.nanoTime() % 100000);
    List<String> pids = new ArrayList<>();
    Xlsx x = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE));
    for (int i = 0; i < 3; i++) {
      String pid = PersonJsonMother.personalId(i == 1, 1980 + i);
      pids.add(pid);
      Object[] row =
          PeopleImportTest.person(
              pid,
              "Hoàng " + tag + " " + (char) ('A' + i),
              i == 1 ? "Nữ" : "Nam",
              i == 2 ? "1982" : "15/03/" + (1980 + i),
              "Đại học",
              "30/06/2005",
              "02026",
              "VTVL_VHXH_Y_TE",
              "01/07/2025");
      row[5] = "02 – Tày";
      row[9] = "+84 912 345 678";
      row[8] = "=HYPERLINK(\"http://x\")";
      row[16] = "Trung cấp";
      row[17] = "01/02/2012";
      x.row(row);
    }
    Api.Response in = client().upload(x.bytes(), "PEOPLE", false, null);
    assertThat(in.json().get("accepted").asInt()).as(in.body()).isEqualTo(3);
    Api.Download export = client().api.download("/api/people/export?q=" + tag + "&unit=19");
    assertThat(export.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
      Sheet sheet = wb.getSheet("Cán bộ");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      // formula-like text is kept as it is, as quote-prefixed text (never run as a formula)
      assertThat(sheet.getRow(1).getCell(8).getStringCellValue())
          .isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(sheet.getRow(1).getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("+84 912 345 678");
      assertThat(sheet.getRow(1).getCell(9).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getRow(1).getCell(20).getStringCellValue())
          .startsWith("02026 – Xã Nam Cường");
    }
    Api.Response back = client().upload(export.bytes(), "PEOPLE", false, null);
    assertThat(back.json().get("status").asString()).isEqualTo("COMMITTED");
    assertThat(back.json().get("unchanged").asInt()).as(back.body()).isEqualTo(3);
    assertThat(back.json().get("updated").asInt()).isZero();
    assertThat(back.json().get("rejected").asInt()).isZero();
    assertThat(
            jdbc.sql("SELECT max(version) FROM person WHERE personal_id IN (:p)")
                .param("p", pids)
                .query(Integer.class)
                .single())
        .isZero();
  }
}
