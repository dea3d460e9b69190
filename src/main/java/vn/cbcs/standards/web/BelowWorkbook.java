package vn.cbcs.standards.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cbcs.platform.SafeCells;
import vn.cbcs.standards.Compliance.PostVerdict;

/**
 * The below-standard list (filtered, sorted, all rows) as an xlsx workbook with Vietnamese headers.
 * Every text cell from the data goes through {@link SafeCells}.
 */
final class BelowWorkbook {

  /** The headers; the tests read the workbook back by them. */
  static final List<String> HEADERS =
      List.of(
          "STT",
          "Mã hồ sơ",
          "Họ và tên",
          "Chức vụ",
          "Đơn vị",
          "Tiêu chí chưa đạt",
          "Thời hạn đạt chuẩn",
          "Tình trạng");

  static final String SHEET = "Chưa đạt chuẩn";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private BelowWorkbook() {}

  /** Writes the rows; {@code failures} and {@code standing} give each row's texts in Vietnamese. */
  static void write(
      List<PostVerdict> rows,
      String title,
      Function<PostVerdict, String> failures,
      Function<PostVerdict, String> standing,
      OutputStream out)
      throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      SafeCells safe = new SafeCells(wb);
      Sheet sheet = wb.createSheet(SHEET);
      Font font = wb.createFont();
      font.setBold(true);
      CellStyle bold = wb.createCellStyle();
      bold.setFont(font);
      Row t = sheet.createRow(0);
      safe.text(t.createCell(0), title, bold);
      Row header = sheet.createRow(1);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      sheet.createFreezePane(0, 2);
      int n = 2;
      for (PostVerdict v : rows) {
        Row r = sheet.createRow(n);
        r.createCell(0).setCellValue(n - 1);
        r.createCell(1).setCellValue(v.post().personId());
        text(safe, r, 2, v.post().fullName());
        text(safe, r, 3, v.positionName());
        text(safe, r, 4, v.post().unitName());
        text(safe, r, 5, failures.apply(v));
        LocalDate d = v.verdict().deadline();
        text(safe, r, 6, d == null ? "" : DATE.format(d));
        text(safe, r, 7, standing.apply(v));
        n++;
      }
      wb.write(out);
      wb.dispose();
    }
  }

  private static void text(SafeCells safe, Row r, int column, String value) {
    safe.text(r.createCell(column), value == null ? "" : value);
  }
}
