package vn.cbcs.evaluation.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cbcs.evaluation.SummaryByUnit;
import vn.cbcs.platform.SafeCells;

/**
 * The summary of ratings by unit and level as a workbook: one sheet per system (state, Party),
 * title, unit, one row per commune, the totals and the cap verdict. Counts are numbers; every text
 * cell goes through {@link SafeCells} (a unit's name is never taken as a formula).
 */
public final class SummaryXlsx {

  /** The row of the column headers on each sheet (0-based); the communes follow. */
  public static final int HEADER_ROW = 4;

  private final SummaryLabels labels;

  public SummaryXlsx(SummaryLabels labels) {
    this.labels = labels;
  }

  public byte[] write(SummaryByUnit.Summary s) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SafeCells safe = new SafeCells(wb);
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      f.setFontName("Times New Roman");
      bold.setFont(f);
      CellStyle boxed = wb.createCellStyle();
      boxed.setBorderBottom(BorderStyle.THIN);
      boxed.setBorderTop(BorderStyle.THIN);
      boxed.setBorderLeft(BorderStyle.THIN);
      boxed.setBorderRight(BorderStyle.THIN);
      CellStyle head = wb.createCellStyle();
      head.cloneStyleFrom(boxed);
      head.setFont(f);
      head.setWrapText(true);
      for (SummaryByUnit.Table table : s.tables()) {
        Sheet sheet = wb.createSheet(labels.t("summary.export.sheet." + table.system().name()));
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        for (int c = 2; c < 2 + 2 + SummaryLabels.LEVELS.size(); c++) {
          sheet.setColumnWidth(c, 12 * 256);
        }
        safe.text(sheet.createRow(0).createCell(0), labels.title(s), bold);
        safe.text(sheet.createRow(1).createCell(0), labels.unitLine(s));
        safe.text(sheet.createRow(2).createCell(0), labels.systemLine(table));
        Row h = sheet.createRow(HEADER_ROW);
        List<String> header = labels.header();
        for (int c = 0; c < header.size(); c++) {
          safe.text(h.createCell(c), header.get(c), head);
        }
        int r = HEADER_ROW + 1;
        int n = 1;
        for (SummaryByUnit.Row row : table.rows()) {
          Row x = sheet.createRow(r++);
          var no = x.createCell(0);
          no.setCellValue(n++);
          no.setCellStyle(boxed);
          safe.text(x.createCell(1), row.name(), boxed);
          numbers(x, SummaryLabels.values(row), boxed);
        }
        Row t = sheet.createRow(r++);
        t.createCell(0).setCellStyle(head);
        safe.text(t.createCell(1), labels.sum(), head);
        numbers(t, SummaryLabels.values(table.total()), head);
        String cap = labels.cap(table);
        if (cap != null) {
          safe.text(sheet.createRow(r + 1).createCell(0), cap);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void numbers(Row row, long[] values, CellStyle style) {
    for (int i = 0; i < values.length; i++) {
      var c = row.createCell(2 + i);
      c.setCellValue(values[i]);
      c.setCellStyle(style);
    }
  }
}
