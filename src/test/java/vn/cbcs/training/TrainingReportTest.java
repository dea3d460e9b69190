package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.reports.ReportReadBack;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * The annual training report (NĐ 171/2025 Điều 39 khoản 1), known answers on real PostgreSQL for Xã
 * Hà Quảng (01438, Cao Bằng) in 2025 — a year no other test gives it courses in: its courses, its
 * people per kind (a province course one of them attended included), the cost per funding source;
 * the XLSX and the PDF read back.
 */
@IntegrationTest
class TrainingReportTest {

  static final String HA_QUANG = "01438";

  @LocalServerPort int port;

  @Test
  @DisplayName("Courses, people per kind, periods and cost per funding source; XLSX and PDF")
  void knownAnswer() throws Exception {
    Api admin = Api.admin(port);
    long p1 = PlanFixtures.person(admin, HA_QUANG, "Bế Thị Báo Cáo", null);
    long p2 = PlanFixtures.person(admin, HA_QUANG, "Bế Văn Thôi Học", null);
    long p3 = PlanFixtures.person(admin, HA_QUANG, "Bế Thị Bồi Dưỡng", null);
    long a =
        PlanFixtures.course(
            admin,
            HA_QUANG,
            "POLITICAL_THEORY",
            "POLITICAL_THEORY",
            "TRUNG_CAP",
            "2025-08-04",
            "2025-12-19",
            600,
            "20000000",
            "STATE_BUDGET");
    long b =
        PlanFixtures.course(
            admin,
            HA_QUANG,
            "JOB_POSITION",
            null,
            null,
            "2025-10-06",
            "2025-10-10",
            40,
            "5000000",
            "UNIT");
    PlanFixtures.course(
        admin, HA_QUANG, "DIGITAL", null, null, "2025-11-03", "2025-11-05", 24, null, "UNIT");
    long d =
        PlanFixtures.course(
            admin,
            "04",
            "JOB_POSITION",
            null,
            null,
            "2025-09-08",
            "2025-09-12",
            40,
            "8000000",
            "STATE_BUDGET");
    PlanFixtures.complete(admin, PlanFixtures.enrol(admin, a, p1), "TC-HQ-2025-1", "2025-12-20");
    long e2 = PlanFixtures.enrol(admin, a, p2);
    Api.Response off =
        admin.post("/api/training/enrolments/" + e2 + "/result", Map.of("status", "WITHDRAWN"));
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    for (long p : List.of(p1, p2, p3)) {
      PlanFixtures.complete(admin, PlanFixtures.enrol(admin, b, p), "VTVL-" + p, "2025-10-10");
    }
    PlanFixtures.complete(admin, PlanFixtures.enrol(admin, d, p3), "VTVL-T-" + p3, "2025-09-12");

    Api.Response r = admin.get("/api/training/report?unit=" + HA_QUANG + "&year=2025");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.get("dueOn").asString()).isEqualTo("2026-01-31");
    assertThat(j.get("rule").asString()).contains("171/2025").contains("Điều 39");
    JsonNode courses = j.get("courses");
    assertThat(courses).hasSize(3);
    assertThat(courses.get(0).get("id").asLong()).isEqualTo(a);
    assertThat(courses.get(0).get("enrolled").asLong()).isEqualTo(2);
    assertThat(courses.get(0).get("completed").asLong()).isEqualTo(1);
    assertThat(courses.get(0).get("failedOrWithdrawn").asLong()).isEqualTo(1);
    assertThat(courses.get(1).get("id").asLong()).isEqualTo(b);
    assertThat(courses.get(1).get("completed").asLong()).isEqualTo(3);
    Map<String, JsonNode> kinds = new HashMap<>();
    j.get("kinds").forEach(k -> kinds.put(k.get("kind").asString(), k));
    assertThat(kinds.get("POLITICAL_THEORY").get("people").asLong()).isEqualTo(2);
    assertThat(kinds.get("POLITICAL_THEORY").get("completed").asLong()).isEqualTo(1);
    assertThat(kinds.get("POLITICAL_THEORY").get("periods").asLong()).isEqualTo(600);
    assertThat(kinds.get("JOB_POSITION").get("courses").asLong()).isEqualTo(2);
    assertThat(kinds.get("JOB_POSITION").get("people").asLong()).isEqualTo(3);
    assertThat(kinds.get("JOB_POSITION").get("periods").asLong()).isEqualTo(160);
    assertThat(kinds.get("DIGITAL").get("people").asLong()).isZero();
    Map<String, JsonNode> funding = new HashMap<>();
    j.get("funding").forEach(f -> funding.put(f.get("funding").asString(), f));
    assertThat(funding.get("STATE_BUDGET").get("courses").asLong()).isEqualTo(1);
    assertThat(funding.get("STATE_BUDGET").get("cost").decimalValue())
        .isEqualByComparingTo("20000000");
    assertThat(funding.get("UNIT").get("courses").asLong()).isEqualTo(2);
    assertThat(funding.get("UNIT").get("cost").decimalValue()).isEqualByComparingTo("5000000");
    assertThat(funding.get("UNIT").get("costUnknown").asLong()).isEqualTo(1);
    assertThat(j.get("totalCost").decimalValue()).isEqualByComparingTo("25000000");

    // the workbook: the same figures
    Api.Download x = admin.download("/training/report.xlsx?unit=" + HA_QUANG + "&year=2025");
    assertThat(x.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
      Map<String, List<Double>> byKind = rows(wb.getSheet("Theo loai"));
      assertThat(byKind.get("Bồi dưỡng theo vị trí việc làm"))
          .containsExactly(2.0, 3.0, 3.0, 160.0);
      assertThat(byKind.get("Lý luận chính trị")).containsExactly(1.0, 2.0, 1.0, 600.0);
      assertThat(byKind.get("Tổng cộng")).containsExactly(3.0, 5.0, 4.0, 760.0);
      Map<String, List<Double>> byFunding = rows(wb.getSheet("Kinh phi"));
      assertThat(byFunding.get("Ngân sách nhà nước")).containsExactly(1.0, 20000000.0, 0.0);
      assertThat(byFunding.get("Tổng cộng")).containsExactly(3.0, 25000000.0, 1.0);
      Sheet c = wb.getSheet("Khoa hoc");
      assertThat(c.getRow(0).getCell(0).getStringCellValue())
          .contains("BÁO CÁO KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC NĂM 2025");
      assertThat(c.getRow(1).getCell(0).getStringCellValue())
          .contains("Hà Quảng")
          .contains("31/01/2026");
      assertThat(c.getLastRowNum()).isEqualTo(4 + 3 - 1);
    }
    // the PDF: the same, in the shipped fonts
    Api.Download p = admin.download("/training/report.pdf?unit=" + HA_QUANG + "&year=2025");
    assertThat(p.status()).isEqualTo(200);
    String text = ReportReadBack.pdfText(p.bytes());
    assertThat(text)
        .contains("BÁO CÁO KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG")
        .contains("Hà Quảng")
        .contains("20.000.000")
        .contains("25.000.000");
    assertThat(text.replaceAll("\\s+", "")).contains("Bồidưỡngtheovịtríviệclàm233160");
    assertThat(ReportReadBack.fonts(p.bytes())).allMatch(f -> f.contains("LiberationSerif"));
  }

  @Test
  @DisplayName("The report is the unit's: 403 outside, 404 no unit, 400 a bad year")
  void theGround() {
    String outsider = TestUsers.create(port, "bct", "COMMUNE_OFFICER", "01387");
    Api out = new Api(port, outsider, TestUsers.PASSWORD);
    assertThat(out.get("/api/training/report?unit=" + HA_QUANG + "&year=2025").status())
        .isEqualTo(403);
    assertThat(out.download("/training/report.pdf?unit=" + HA_QUANG + "&year=2025").status())
        .isEqualTo(403);
    assertThat(out.get("/api/training/report?unit=01387&year=2025").status()).isEqualTo(200);
    Api admin = Api.admin(port);
    assertThat(admin.get("/api/training/report?unit=99999&year=2025").status()).isEqualTo(404);
    assertThat(admin.get("/api/training/report?unit=" + HA_QUANG + "&year=x").status())
        .isEqualTo(400);
  }

  /** The numeric cells of each row by the text of its first cell. */
  private static Map<String, List<Double>> rows(Sheet sheet) {
    Map<String, List<Double>> out = new HashMap<>();
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first == null || first.getCellType() != CellType.STRING) {
        continue;
      }
      List<Double> numbers = new ArrayList<>();
      for (Cell c : row) {
        if (c.getCellType() == CellType.NUMERIC) {
          numbers.add(c.getNumericCellValue());
        }
      }
      out.put(first.getStringCellValue(), numbers);
    }
    return out;
  }
}
