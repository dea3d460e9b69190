package vn.cbcs.reports.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.cbcs.reports.docs.Letterhead;

/** The quality table writes names (of units, of the issuing body) as text, never a formula. */
class QualityXlsxCellsTest {

  @Test
  void formulaLikeNamesAreQuotePrefixedAndCountsStayNumbers() throws IOException {
    List<QualityColumn> columns = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      columns.add(new QualityColumn("c" + i, null, p -> true));
    }
    List<Long> counts = new ArrayList<>(Collections.nCopies(40, 3L));
    QualityTable t =
        new QualityTable(
            "098",
            "Huyện Tủa Chùa",
            LocalDate.of(2020, 12, 31),
            false,
            1,
            columns,
            List.of(new QualityTable.Row("03400", "=HYPERLINK(\"http://x\",\"Xã lạ\")", counts)),
            new QualityTable.Row(null, "Tổng cộng", counts),
            0,
            new Letterhead("-UBND TỈNH", "@PHÒNG NỘI VỤ", "Tủa Chùa", "PNV", null, null));
    StaticMessageSource messages = new StaticMessageSource();
    messages.setUseCodeAsDefaultMessage(true);
    byte[] xlsx = new QualityXlsx(new QualityLabels(messages)).write(t);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheet(QualityXlsx.SHEET);
      Row row = sheet.getRow(QualityXlsx.FIRST_DATA_ROW);
      Cell name = row.getCell(1);
      assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"Xã lạ\")");
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
      // the cell keeps the form's style (borders, wrapping) besides the prefix
      assertThat(name.getCellStyle().getWrapText()).isTrue();
      Cell count = row.getCell(QualityXlsx.FIRST_COUNT_COLUMN);
      assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(count.getCellStyle().getQuotePrefixed()).isFalse();
      List<String> quoted = new ArrayList<>();
      for (int r = 0; r < QualityXlsx.HEADER_ROW; r++) {
        Row header = sheet.getRow(r);
        if (header == null) {
          continue;
        }
        for (Cell c : header) {
          if (c.getCellType() == CellType.STRING && c.getCellStyle().getQuotePrefixed()) {
            quoted.add(c.getStringCellValue().toUpperCase(Locale.ROOT));
          }
        }
      }
      assertThat(quoted).contains("-UBND TỈNH", "@PHÒNG NỘI VỤ");
      // the total is still a formula, as designed
      Cell total = sheet.getRow(QualityXlsx.FIRST_DATA_ROW + 1).getCell(2);
      assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
    }
  }
}
