package vn.cbcs.importexport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.RowReport;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.Sex;
import vn.cbcs.positions.Assignment;
import vn.cbcs.positions.Decision;
import vn.cbcs.positions.DecisionKind;

/**
 * Every workbook the import and export write — error report, export, template — writes text that
 * looks like a formula as quote-prefixed text with its value unchanged; numbers stay numbers.
 */
class WrittenWorkbooksTest {

  private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")";

  private static int column(String id) {
    List<Column> columns = Columns.of(ImportKind.PEOPLE);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private static void quoted(Cell cell, String value) {
    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo(value);
    assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of [%s]", value).isTrue();
  }

  private static void plain(Cell cell) {
    assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
  }

  @Test
  void theErrorReportWritesTheRowsAsSentWithoutRunningThem() throws IOException {
    List<Object> cells = new ArrayList<>();
    for (int i = 0; i < Columns.of(ImportKind.PEOPLE).size(); i++) {
      cells.add(null);
    }
    cells.set(column(Columns.NO), new BigDecimal("-5"));
    cells.set(column(Columns.PERSONAL_ID), "006080012345");
    cells.set(column(Columns.FULL_NAME), "@Nguyễn");
    cells.set(column(Columns.RESIDENCE), EVIL);
    cells.set(column(Columns.PHONE), new BigDecimal("-912345678"));
    cells.set(column(Columns.HOME_TOWN), " +84");
    ImportStore.RejectedRow row =
        new ImportStore.RejectedRow(
            7, cells, List.of(new RowReport.CellError("", "", "=cmd|' /C calc'!A0", "=cmd")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ErrorReportWriter.write(ImportKind.PEOPLE, out, each -> each.accept(row));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Row r = wb.getSheet(ImportKind.PEOPLE.sheetName()).getRow(1);
      quoted(r.getCell(column(Columns.FULL_NAME)), "@Nguyễn");
      quoted(r.getCell(column(Columns.RESIDENCE)), EVIL);
      quoted(r.getCell(column(Columns.HOME_TOWN)), " +84");
      // a number in a text column is written as its text: "-912345678", quote-prefixed
      quoted(r.getCell(column(Columns.PHONE)), "-912345678");
      // the reason column (the messages quote what was sent)
      quoted(r.getCell(Columns.of(ImportKind.PEOPLE).size()), "=cmd|' /C calc'!A0");
      // a negative number in a number column stays a number
      Cell no = r.getCell(column(Columns.NO));
      assertThat(no.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(no.getNumericCellValue()).isEqualTo(-5.0);
      plain(no);
      plain(r.getCell(column(Columns.PERSONAL_ID)));
    }
  }

  @Test
  void theExportWritesFormulaLikeTextAsText() throws IOException {
    PersonData d =
        PersonData.builder()
            .personalId("006080012345")
            .fullName("Lò Văn Xuất")
            .sex(Sex.MALE)
            .birthDate(LocalDate.of(1980, 3, 15))
            .residence(EVIL)
            .phone("+84 912 345 678")
            .homeTownText("-Bản Lả")
            .build();
    Decision decision =
        new Decision(
            1, "=1+1", LocalDate.of(2020, 1, 1), "@UBND", null, DecisionKind.APPOINTMENT, false);
    Assignment post =
        new Assignment(
            1, 1, "02023", "VAN_HOA_XA_HOI", false, LocalDate.of(2020, 1, 2), null, decision, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportWriter w = new ExportWriter(out)) {
      w.person(d, Map.of(), Map.of(), Map.of(), post, "Xã Xuân Lạc", "Văn hóa - xã hội");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Row r = wb.getSheet(ImportKind.PEOPLE.sheetName()).getRow(1);
      quoted(r.getCell(column(Columns.RESIDENCE)), EVIL);
      quoted(r.getCell(column(Columns.PHONE)), "+84 912 345 678");
      quoted(r.getCell(column(Columns.HOME_TOWN)), "-Bản Lả");
      quoted(r.getCell(column(Columns.DEC_NUMBER)), "=1+1");
      quoted(r.getCell(column(Columns.DEC_ISSUER)), "@UBND");
      plain(r.getCell(column(Columns.FULL_NAME)));
      assertThat(r.getCell(column(Columns.FULL_NAME)).getStringCellValue())
          .isEqualTo("Lò Văn Xuất");
      Cell no = r.getCell(column(Columns.NO));
      assertThat(no.getCellType()).isEqualTo(CellType.NUMERIC);
    }
  }

  @Test
  void theTemplatesListsAreWrittenAsText() throws IOException {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put("GioiTinh", List.of("Nam", "Nữ"));
    lists.put("XaPhuong", List.of("02023 – Xã Xuân Lạc", "=2+5", "+84 Xã lạ"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TemplateWriter.write(ImportKind.PEOPLE, lists, out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet hidden = wb.getSheet(TemplateWriter.LISTS);
      plain(hidden.getRow(0).getCell(1));
      quoted(hidden.getRow(1).getCell(1), "=2+5");
      quoted(hidden.getRow(2).getCell(1), "+84 Xã lạ");
      // the example row is as before: text, nothing formula-like
      Row example = wb.getSheet(ImportKind.PEOPLE.sheetName()).getRow(1);
      assertThat(example.getCell(column(Columns.NO)).getStringCellValue()).isEqualTo("Ví dụ");
      assertThat(example.getCell(column(Columns.FULL_NAME)).getStringCellValue())
          .isEqualTo("Hoàng Thị Lan");
    }
  }
}
