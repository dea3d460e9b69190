package vn.cbcs.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list of people (or units) as an xlsx workbook: a title row that says what the list is (which
 * unit, date, filter), a bold header row frozen above the data, a running number "STT" in the first
 * column, then the rows as text — every cell through {@link SafeCells}, streamed (large lists never
 * sit in memory). The lists' exports share it so that they read alike.
 */
public final class ListWorkbook {

  private ListWorkbook() {}

  /**
   * Writes the list; {@code headers} are the columns after "STT", each row gives them in order.
   *
   * @param widths the columns' widths in characters, after "STT" (missing ones: 24)
   */
  public static void write(
      String sheetName,
      String title,
      List<String> headers,
      List<Integer> widths,
      Iterable<List<String>> rows,
      OutputStream out)
      throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      SafeCells safe = new SafeCells(wb);
      Sheet sheet = wb.createSheet(sheetName);
      Font font = wb.createFont();
      font.setBold(true);
      CellStyle bold = wb.createCellStyle();
      bold.setFont(font);
      safe.text(sheet.createRow(0).createCell(0), title, bold);
      Row header = sheet.createRow(1);
      header.createCell(0).setCellValue("STT");
      header.getCell(0).setCellStyle(bold);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i + 1).setCellValue(headers.get(i));
        header.getCell(i + 1).setCellStyle(bold);
      }
      sheet.createFreezePane(0, 2);
      sheet.setColumnWidth(0, 6 * 256);
      for (int i = 0; i < headers.size(); i++) {
        int w = i < widths.size() ? widths.get(i) : 24;
        sheet.setColumnWidth(i + 1, Math.min(w, 255) * 256);
      }
      int n = 2;
      for (List<String> cells : rows) {
        Row r = sheet.createRow(n);
        r.createCell(0).setCellValue(n - 1);
        for (int i = 0; i < cells.size(); i++) {
          String v = cells.get(i);
          safe.text(r.createCell(i + 1), v == null ? "" : v);
        }
        n++;
      }
      wb.write(out);
      wb.dispose();
    }
  }
}
