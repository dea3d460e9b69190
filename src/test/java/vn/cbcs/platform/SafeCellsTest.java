package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Formula-like text is written unchanged, as quote-prefixed text; everything else as before. */
class SafeCellsTest {

  static final List<String> FORMULA_LIKE =
      List.of(
          "=1+2",
          "=HYPERLINK(\"http://x\",\"bấm\")",
          "+84 912 345 678",
          "-2+3",
          "@SUM(A1)",
          "\t=1",
          "\r=1",
          "  =1+2",
          "\u00A0@x",
          "\n-1",
          "\uFF1D1+1");

  static final List<String> PLAIN = List.of("Nguyễn Văn A", "12/QĐ-UBND", "a=b", "'=x", "", " ");

  @Test
  void whatLooksLikeAFormula() {
    for (String s : FORMULA_LIKE) {
      assertThat(SafeCells.formulaLike(s)).as("[%s]", s).isTrue();
    }
    for (String s : PLAIN) {
      assertThat(SafeCells.formulaLike(s)).as("[%s]", s).isFalse();
    }
    assertThat(SafeCells.formulaLike(null)).isFalse();
  }

  @Test
  void formulaLikeTextIsQuotePrefixedAndKeptAsIsInBothKindsOfWorkbook() throws IOException {
    for (Workbook wb : List.of(new XSSFWorkbook(), new SXSSFWorkbook(10))) {
      CellStyle bold = wb.createCellStyle();
      bold.setFont(wb.createFont());
      SafeCells safe = new SafeCells(wb);
      Sheet sheet = wb.createSheet("s");
      int r = 0;
      for (String s : FORMULA_LIKE) {
        Row row = sheet.createRow(r++);
        safe.text(row.createCell(0), s);
        safe.text(row.createCell(1), s, bold);
      }
      for (String s : PLAIN) {
        safe.text(sheet.createRow(r++).createCell(0), s);
      }
      sheet.createRow(r).createCell(0).setCellValue(-5);
      byte[] bytes = bytes(wb);
      try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        Sheet s = back.getSheet("s");
        int i = 0;
        for (String v : FORMULA_LIKE) {
          Row row = s.getRow(i++);
          for (int c = 0; c < 2; c++) {
            Cell cell = row.getCell(c);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(v);
            assertThat(cell.getCellStyle().getQuotePrefixed()).as("[%s]", v).isTrue();
          }
          // the style of the cell is kept besides the prefix
          assertThat(row.getCell(1).getCellStyle().getFontIndex()).isEqualTo(bold.getFontIndex());
        }
        for (String v : PLAIN) {
          Cell cell = s.getRow(i++).getCell(0);
          assertThat(cell.getStringCellValue()).isEqualTo(v);
          assertThat(cell.getCellStyle().getQuotePrefixed()).as("[%s]", v).isFalse();
        }
        Cell number = s.getRow(i).getCell(0);
        assertThat(number.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(number.getNumericCellValue()).isEqualTo(-5.0);
        assertThat(number.getCellStyle().getQuotePrefixed()).isFalse();
        // one quote-prefixed twin per style, not one per cell
        assertThat(back.getNumCellStyles()).isLessThanOrEqualTo(5);
      }
    }
  }

  private static byte[] bytes(Workbook wb) throws IOException {
    try (wb) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }
}
