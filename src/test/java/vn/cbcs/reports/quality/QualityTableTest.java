package vn.cbcs.reports.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.reports.TuaChuaDistrict.A;
import static vn.cbcs.reports.TuaChuaDistrict.B;
import static vn.cbcs.reports.TuaChuaDistrict.C;
import static vn.cbcs.reports.TuaChuaDistrict.DISTRICT;
import static vn.cbcs.reports.TuaChuaDistrict.END_2020;
import static vn.cbcs.reports.TuaChuaDistrict.PROVINCE;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.indicators.ChildValue;
import vn.cbcs.indicators.Computed;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.reports.ReportReadBack;
import vn.cbcs.reports.TuaChuaDistrict;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The quality table on a district whose every count is known, then on larger scopes where the
 * indicators are the reference: the total is their denominator, women their WOMEN numerator, and so
 * on, in the unit and in each child unit.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityTableTest {

  @LocalServerPort int port;
  @Autowired QualityTables tables;
  @Autowired Indicators indicators;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void build() {
    TuaChuaDistrict.build(port, jdbc);
  }

  private static Map<String, Long> counts(QualityTable t, QualityTable.Row row) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < t.columns().size(); i++) {
      m.put(t.columns().get(i).key(), row.count(i));
    }
    return m;
  }

  @Test
  void everyColumnOfTheDistrictAtTheEndOf2020() {
    QualityTable t = tables.table(DISTRICT, END_2020, null, TestActors.SYSTEM);
    Map<String, Long> total = counts(t, t.total());
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("total", 6L);
    expected.put("cadre", 4L);
    expected.put("civilServant", 2L);
    expected.put("women", 3L);
    expected.put("ethnicMinority", 4L);
    expected.put("party", 4L);
    expected.put("age.under30", 1L);
    expected.put("age.30to40", 1L);
    expected.put("age.40to50", 1L);
    expected.put("age.50to55", 1L);
    expected.put("age.55to60", 1L);
    expected.put("age.60plus", 1L);
    expected.put("ge.primary", 1L);
    expected.put("ge.lowerSecondary", 2L);
    expected.put("ge.upperSecondary", 2L);
    expected.put("pro.none", 1L);
    expected.put("pro.soCap", 1L);
    expected.put("pro.trungCap", 1L);
    expected.put("pro.caoDang", 1L);
    expected.put("pro.daiHoc", 1L);
    expected.put("pro.postgraduate", 1L);
    expected.put("llct.none", 1L);
    expected.put("llct.soCap", 2L);
    expected.put("llct.trungCap", 1L);
    expected.put("llct.caoCap", 2L);
    expected.put("qlnn.none", 2L);
    expected.put("qlnn.canSu", 1L);
    expected.put("qlnn.chuyenVien", 2L);
    expected.put("qlnn.chuyenVienChinh", 1L);
    expected.put("it.basic", 1L);
    expected.put("it.advanced", 1L);
    expected.put("it.diploma", 2L);
    expected.put("fl.bac12", 1L);
    expected.put("fl.bac3plus", 2L);
    expected.put("fl.degree", 1L);
    assertThat(total).as("every column of the district's total").isEqualTo(expected);
    // the district was abolished on 1-7-2025: the table is signed by the body that exists on the
    // signing date, the province's Sở Nội vụ; the title names the district as of the data's date
    assertThat(t.letterhead().parent()).isEqualTo("UBND TỈNH ĐIỆN BIÊN");
    assertThat(t.letterhead().body()).isEqualTo("SỞ NỘI VỤ");
    assertThat(t.unitName()).isEqualTo("Huyện Tủa Chùa");
  }

  @Test
  void oneRowPerCommuneOfTheDistrict() {
    QualityTable t = tables.table(DISTRICT, END_2020, null, TestActors.SYSTEM);
    Map<String, QualityTable.Row> rows = new LinkedHashMap<>();
    t.rows().forEach(r -> rows.put(r.code(), r));
    assertThat(rows).containsKeys(A, B, C);
    assertThat(t.rows()).hasSize(t.communes());
    int total = t.column("total");
    int women = t.column("women");
    assertThat(rows.get(A).count(total)).isEqualTo(2);
    assertThat(rows.get(B).count(total)).isEqualTo(2);
    assertThat(rows.get(C).count(total)).isEqualTo(2);
    assertThat(rows.get(A).count(women)).isEqualTo(1);
    assertThat(rows.get(C).count(t.column("pro.postgraduate"))).isEqualTo(1);
    assertThat(rows.get(C).count(t.column("pro.daiHoc")))
        .as("a degree awarded in 2022 does not count in 2020")
        .isZero();
    // every column adds up over the rows
    for (int i = 0; i < t.columns().size(); i++) {
      final int col = i;
      assertThat(t.rows().stream().mapToLong(r -> r.count(col)).sum())
          .as(t.columns().get(i).key())
          .isEqualTo(t.total().count(i));
    }
  }

  @Test
  void eachQualificationGroupAddsUpToTheTotal() {
    QualityTable t = tables.table(DISTRICT, END_2020, null, TestActors.SYSTEM);
    for (String group : List.of("age", "pro", "llct", "qlnn")) {
      long sum = 0;
      for (int i = 0; i < t.columns().size(); i++) {
        if (group.equals(t.columns().get(i).group())) {
          sum += t.total().count(i);
        }
      }
      assertThat(sum).as(group).isEqualTo(t.total().count(t.column("total")));
    }
  }

  @Test
  void aCommuneIsOneRow() {
    QualityTable t = tables.table(A, END_2020, null, TestActors.SYSTEM);
    assertThat(t.rows()).hasSize(1);
    assertThat(t.rows().get(0).code()).isEqualTo(A);
    assertThat(t.total().count(t.column("total"))).isEqualTo(2);
  }

  @Test
  void theFormerDistrictAfterTheReformGoesThroughTheCrosswalk() {
    QualityTable t = tables.table(DISTRICT, LocalDate.of(2026, 1, 1), null, TestActors.SYSTEM);
    assertThat(t.throughCrosswalk()).isTrue();
    assertThat(t.total().count(t.column("total"))).isEqualTo(1);
    assertThat(t.rows()).anySatisfy(r -> assertThat(r.code()).isEqualTo(A));
    assertThat(t.letterhead().body()).isEqualTo("SỞ NỘI VỤ");
    assertThat(t.letterhead().parent()).isEqualTo("UBND TỈNH ĐIỆN BIÊN");
  }

  /** Column ⇔ indicator: the numerator of the indicator is this sum of columns. */
  private static final Map<String, List<String>> SAME =
      Map.of(
          "WOMEN", List.of("women"),
          "ETHNIC_MINORITY", List.of("ethnicMinority"),
          "PARTY_MEMBER", List.of("party"),
          "PRO_DAI_HOC_PLUS", List.of("pro.daiHoc", "pro.postgraduate"),
          "LLCT_SO_TRUNG_CAP", List.of("llct.soCap", "llct.trungCap", "llct.caoCap"),
          "LLCT_TRUNG_CAP_PLUS", List.of("llct.trungCap", "llct.caoCap"),
          "QLNN_CHUYEN_VIEN_PLUS", List.of("qlnn.chuyenVien", "qlnn.chuyenVienChinh"),
          "PRO_SO_CAP_PLUS",
              List.of(
                  "pro.soCap", "pro.trungCap", "pro.caoDang", "pro.daiHoc", "pro.postgraduate"));

  @Test
  void theTableAgreesWithTheIndicatorsInTheUnitAndInEachChild() {
    record Case(String unit, LocalDate asOf, LocalDate unitOn) {}
    for (Case c :
        List.of(
            new Case(DISTRICT, END_2020, null),
            new Case(PROVINCE, END_2020, null),
            new Case(PROVINCE, LocalDate.of(2026, 1, 1), null),
            new Case(DISTRICT, LocalDate.of(2026, 1, 1), null),
            new Case("06", LocalDate.of(2020, 12, 31), null),
            new Case("06", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 6, 30)))) {
      IndicatorScope scope = indicators.scope(c.unit(), c.asOf(), c.unitOn(), TestActors.SYSTEM);
      QualityTable t = tables.table(c.unit(), c.asOf(), c.unitOn(), TestActors.SYSTEM);
      for (var e : SAME.entrySet()) {
        Computed computed = indicators.compute(e.getKey(), scope, TestActors.SYSTEM);
        String what = e.getKey() + " in " + c;
        assertThat(t.total().count(t.column("total")))
            .as("total = denominator, " + what)
            .isEqualTo(computed.value().denominator());
        assertThat(sum(t, t.total(), e.getValue()))
            .as("numerator, " + what)
            .isEqualTo(computed.value().numerator());
        List<ChildValue> split = indicators.split(computed);
        if (split.isEmpty()) {
          continue;
        }
        assertThat(t.rows()).hasSameSizeAs(split);
        for (ChildValue v : split) {
          QualityTable.Row row =
              t.rows().stream()
                  .filter(r -> r.code().equals(v.child().code()))
                  .findFirst()
                  .orElseThrow();
          assertThat(row.count(t.column("total")))
              .as(what + " " + row.code())
              .isEqualTo(v.denominator());
          assertThat(sum(t, row, e.getValue()))
              .as(what + " " + row.code())
              .isEqualTo(v.numerator());
        }
      }
    }
  }

  private static long sum(QualityTable t, QualityTable.Row row, List<String> keys) {
    return keys.stream().mapToLong(k -> row.count(t.column(k))).sum();
  }

  @Test
  void theXlsxAndThePdfSayWhatTheApiSays() {
    Api api = Api.admin(port);
    String query = "?unit=" + DISTRICT + "&asOf=2020-12-31";
    JsonNode json = api.get("/api/reports/quality" + query).json();
    assertThat(json.get("total").get("counts").get("total").asLong()).isEqualTo(6);
    var xlsx = api.download("/reports/quality.xlsx" + query);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.headers().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ReportReadBack.keep("chat-luong-098-2020.xlsx", xlsx.bytes());
    Map<String, List<Long>> sheet = ReportReadBack.xlsxRows(xlsx.bytes());
    List<String> keys = new java.util.ArrayList<>();
    json.get("columns").forEach(c -> keys.add(c.get("key").asString()));
    for (JsonNode row : json.get("rows")) {
      List<Long> cells = sheet.get(row.get("name").asString());
      assertThat(cells).as(row.get("name").asString()).isNotNull();
      for (int i = 0; i < keys.size(); i++) {
        assertThat(cells.get(i))
            .as(row.get("name").asString() + " " + keys.get(i))
            .isEqualTo(row.get("counts").get(keys.get(i)).asLong());
      }
    }
    List<Long> total = sheet.get("Tổng cộng");
    for (int i = 0; i < keys.size(); i++) {
      assertThat(total.get(i))
          .as("total " + keys.get(i))
          .isEqualTo(json.get("total").get("counts").get(keys.get(i)).asLong());
    }
    String text = ReportReadBack.xlsxText(xlsx.bytes());
    assertThat(text)
        .contains("SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("UBND TỈNH ĐIỆN BIÊN")
        .doesNotContain("UBND HUYỆN TỦA CHÙA")
        .contains("Huyện Tủa Chùa")
        .contains("(Tính đến ngày 31/12/2020)")
        .contains("Chuyên môn")
        .contains("NGƯỜI LẬP BIỂU")
        .contains("THỦ TRƯỞNG ĐƠN VỊ");

    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      var form = wb.getSheet(QualityXlsx.SHEET);
      assertThat(form.getPrintSetup().getLandscape()).as("landscape").isTrue();
      assertThat(form.getPrintSetup().getPaperSize())
          .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      assertThat(form.getFitToPage()).isTrue();
      assertThat(form.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(form.getRepeatingRows().getFirstRow()).isEqualTo(QualityXlsx.HEADER_ROW);
      // "Chuyên môn" spans its six columns over the two header rows
      assertThat(form.getMergedRegions())
          .anySatisfy(
              m -> {
                assertThat(m.getFirstRow()).isEqualTo(QualityXlsx.HEADER_ROW);
                assertThat(m.getLastColumn() - m.getFirstColumn()).isEqualTo(5);
                assertThat(
                        form.getRow(m.getFirstRow())
                            .getCell(m.getFirstColumn())
                            .getStringCellValue())
                    .isEqualTo("Chuyên môn");
              });
      var totalCell =
          form.getRow(QualityXlsx.FIRST_DATA_ROW + json.get("rows").size())
              .getCell(QualityXlsx.FIRST_COUNT_COLUMN);
      assertThat(totalCell.getCellFormula()).startsWith("SUM(");
      assertThat(totalCell.getCellStyle().getBorderTop())
          .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    var pdf = api.download("/reports/quality.pdf" + query);
    assertThat(pdf.status()).isEqualTo(200);
    ReportReadBack.keep("chat-luong-098-2020.pdf", pdf.bytes());
    String pdfText = ReportReadBack.pdfText(pdf.bytes());
    assertThat(pdfText)
        .contains("SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ")
        .contains("Tính đến ngày 31/12/2020")
        .contains("THỦ TRƯỞNG ĐƠN VỊ");
    assertThat(ReportReadBack.fonts(pdf.bytes()))
        .isNotEmpty()
        .allSatisfy(
            f -> assertThat(f).doesNotStartWith("NOT EMBEDDED").contains("LiberationSerif"));
    // each unit's line of the PDF: its name, then its counts in column order (the text
    // extractor runs neighbouring cells together, so the digits are compared without spaces)
    int no = 1;
    for (JsonNode row : json.get("rows")) {
      StringBuilder digits = new StringBuilder();
      keys.forEach(k -> digits.append(row.get("counts").get(k).asLong()));
      // the next row's number may follow the last count
      String next = no++ < json.get("rows").size() ? String.valueOf(no) : "";
      assertThat(digitsAfter(pdfText, row.get("name").asString()))
          .as("PDF row " + row.get("name").asString())
          .isIn(digits.toString(), digits + next);
    }
    StringBuilder digits = new StringBuilder();
    keys.forEach(k -> digits.append(json.get("total").get("counts").get(k).asLong()));
    assertThat(digitsAfter(pdfText, "Tổng cộng")).isEqualTo(digits.toString());
  }

  /** The digits that follow {@code label} in the text (spaces and thousands dots dropped). */
  static String digitsAfter(String text, String label) {
    int at = text.indexOf(label);
    assertThat(at).as(label + " in the PDF").isNotNegative();
    StringBuilder b = new StringBuilder();
    for (int i = at + label.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        b.append(c);
      } else if (c != ' ' && c != '.') {
        break;
      }
    }
    return b.toString();
  }
}
