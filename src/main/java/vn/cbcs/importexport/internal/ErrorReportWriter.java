package vn.cbcs.importexport.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.platform.SafeCells;

/**
 * The rejected rows of an import as an xlsx to fix and send again: the template's sheet name and
 * headers (so it imports like the template), each row as it was read, and two columns more — the
 * reasons, and the row's number in the file sent — which an import ignores. Streams (SXSSF). Text
 * that looks like a formula is written as text ({@link SafeCells}): the rows are what someone sent.
 */
public final class ErrorReportWriter {

  public static final String REASON = "Lý do từ chối";
  public static final String SOURCE_ROW = "Dòng trong tệp gốc";

  private ErrorReportWriter() {}

  public static void write(
      ImportKind kind, OutputStream out, Consumer<Consumer<ImportStore.RejectedRow>> rows)
      throws IOException {
    List<Column> columns = Columns.of(kind);
    // shared strings (not inline ones): the file is meant to be edited and sent back, and some
    // tools rewrite edited inline-string cells badly
    SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, true);
    wb.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
    try {
      Styles styles = new Styles(wb);
      SafeCells safe = new SafeCells(wb);
      Sheet sheet = wb.createSheet(kind.sheetName());
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        Cell c = header.createCell(i);
        c.setCellValue(columns.get(i).header());
        c.setCellStyle(styles.header);
        sheet.setColumnWidth(i, columns.get(i).width() * 256);
      }
      header.createCell(columns.size()).setCellValue(REASON);
      header.getCell(columns.size()).setCellStyle(styles.reasonHeader);
      sheet.setColumnWidth(columns.size(), 80 * 256);
      header.createCell(columns.size() + 1).setCellValue(SOURCE_ROW);
      header.getCell(columns.size() + 1).setCellStyle(styles.header);
      int[] next = {1};
      rows.accept(
          r -> {
            Row row = sheet.createRow(next[0]++);
            for (int i = 0; i < columns.size() && i < r.cells().size(); i++) {
              Object v = r.cells().get(i);
              if (v == null) {
                continue;
              }
              Cell c = row.createCell(i);
              write(c, columns.get(i), v, styles, safe);
            }
            Cell reason = row.createCell(columns.size());
            safe.text(
                reason,
                r.errors().stream()
                    .map(e -> (e.column().isBlank() ? "" : e.column() + ": ") + e.message())
                    .collect(Collectors.joining("; ")),
                styles.reason);
            row.createCell(columns.size() + 1).setCellValue(r.row());
          });
      sheet.createFreezePane(0, 1);
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  private static void write(Cell c, Column column, Object v, Styles styles, SafeCells safe) {
    if (v instanceof Number n) {
      double d = new BigDecimal(n.toString()).doubleValue();
      c.setCellValue(d);
      boolean year = column.id().equals(Columns.BIRTH) && d >= 1900 && d <= 2100;
      if (Columns.isDate(column.id()) && !year) {
        c.setCellStyle(styles.date);
      } else if (column.text()) {
        safe.text(c, n.toString(), styles.text);
      }
      return;
    }
    safe.text(c, v.toString(), column.text() ? styles.text : null);
  }

  /** The few styles of the written files. */
  static final class Styles {
    final CellStyle header;
    final CellStyle reasonHeader;
    final CellStyle reason;
    final CellStyle date;
    final CellStyle text;

    Styles(org.apache.poi.ss.usermodel.Workbook wb) {
      var bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(
          org.apache.poi.ss.usermodel.IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
      header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
      reasonHeader = wb.createCellStyle();
      reasonHeader.cloneStyleFrom(header);
      reasonHeader.setFillForegroundColor(
          org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
      var red = wb.createFont();
      red.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
      reason = wb.createCellStyle();
      reason.setFont(red);
      reason.setWrapText(true);
      date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      text = wb.createCellStyle();
      text.setDataFormat(wb.createDataFormat().getFormat("@"));
    }
  }
}
