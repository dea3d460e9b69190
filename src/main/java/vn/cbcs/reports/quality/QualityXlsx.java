package vn.cbcs.reports.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cbcs.platform.SafeCells;
import vn.cbcs.reports.docs.Letterhead;

/**
 * Lays the quality table out as a worksheet shaped like the official form: the header block
 * (issuing body left, national motto right), the title and date, two-level merged headers with the
 * column numbers under them, bordered counts, a totals row (SUM formulas, so an edited row updates
 * it; their values are computed before saving), notes and the signature block. Prints landscape on
 * A4, one page wide, the header rows repeated on every page. Font: Times New Roman. Text that looks
 * like a formula (a unit's name, a letterhead line) is written as text ({@link SafeCells}).
 */
public final class QualityXlsx {

  public static final String SHEET = "Biểu chất lượng CBCC xã";
  static final String FONT = "Times New Roman";

  /** Where the table starts: rows of the header block and the title come first. */
  public static final int HEADER_ROW = 8;

  public static final int FIRST_DATA_ROW = HEADER_ROW + 3;
  public static final int FIRST_COUNT_COLUMN = 2;

  private final QualityLabels labels;

  public QualityXlsx(QualityLabels labels) {
    this.labels = labels;
  }

  public byte[] write(QualityTable t) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles s = new Styles(wb);
      SafeCells safe = new SafeCells(wb);
      Sheet sheet = wb.createSheet(SHEET);
      List<QualityColumn> columns = t.columns();
      int last = FIRST_COUNT_COLUMN + columns.size() - 1;
      sheet.setColumnWidth(0, 5 * 256);
      sheet.setColumnWidth(1, 26 * 256);
      for (int c = FIRST_COUNT_COLUMN; c <= last; c++) {
        sheet.setColumnWidth(c, 6 * 256);
      }
      int leftEnd = 9;
      int rightStart = last - 13;
      // the header block: issuing body left, national motto right (NĐ 30/2020, Phụ lục I)
      List<Letterhead.Line> left = t.letterhead().lines();
      for (int i = 0; i < left.size(); i++) {
        Letterhead.Line l = left.get(i);
        CellStyle style =
            i == left.size() - 1 ? s.boldUnderline : l.bold() ? s.bold : s.plainCenter;
        text(safe, sheet, i, 0, leftEnd, l.text(), style);
      }
      text(safe, sheet, 0, rightStart, last, QualityLabels.MOTTO, s.bold);
      text(safe, sheet, 1, rightStart, last, QualityLabels.MOTTO_2, s.boldUnderline);
      text(safe, sheet, 4, 0, last, QualityLabels.TITLE, s.title);
      text(safe, sheet, 5, 0, last, QualityLabels.asOfLine(t), s.italicCenter);
      text(safe, sheet, 6, 0, last, QualityLabels.scopeLine(t), s.plainCenter);
      header(sheet, t, s, last, safe);
      int r = FIRST_DATA_ROW;
      int n = 1;
      for (QualityTable.Row row : t.rows()) {
        Row x = sheet.createRow(r++);
        number(x, 0, n++, s.count);
        safe.text(x.createCell(1), row.name(), s.name);
        for (int i = 0; i < columns.size(); i++) {
          number(x, FIRST_COUNT_COLUMN + i, row.count(i), s.count);
        }
      }
      Row total = sheet.createRow(r);
      Cell blank = total.createCell(0);
      blank.setCellStyle(s.totalName);
      safe.text(total.createCell(1), t.total().name(), s.totalName);
      for (int i = 0; i < columns.size(); i++) {
        Cell c = total.createCell(FIRST_COUNT_COLUMN + i);
        if (t.rows().isEmpty()) {
          c.setCellValue(0);
        } else {
          String col = CellReference.convertNumToColString(FIRST_COUNT_COLUMN + i);
          c.setCellFormula("SUM(" + col + (FIRST_DATA_ROW + 1) + ":" + col + r + ")");
        }
        c.setCellStyle(s.totalCount);
      }
      r += 2;
      for (String note : QualityLabels.notes(t)) {
        Row x = sheet.createRow(r);
        x.setHeightInPoints(note.length() > 200 ? 45 : 16);
        text(safe, sheet, r++, 0, last, note, note.startsWith("CẢNH BÁO") ? s.warning : s.note);
      }
      r++;
      text(safe, sheet, r, rightStart, last, QualityLabels.dateLine(t), s.italicCenter);
      r++;
      text(safe, sheet, r, 0, leftEnd, "NGƯỜI LẬP BIỂU", s.bold);
      text(safe, sheet, r, rightStart, last, "THỦ TRƯỞNG ĐƠN VỊ", s.bold);
      r++;
      text(safe, sheet, r, 0, leftEnd, "(Ký, ghi rõ họ tên)", s.italicCenter);
      text(safe, sheet, r, rightStart, last, "(Ký tên, đóng dấu)", s.italicCenter);
      print(sheet, last);
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      var core = wb.getProperties().getCoreProperties();
      core.setTitle(QualityLabels.TITLE + " – " + t.unitName());
      core.setCreator("CBCS");
      core.setDescription(QualityLabels.asOfLine(t));
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void header(Sheet sheet, QualityTable t, Styles s, int last, SafeCells safe) {
    Row upper = sheet.createRow(HEADER_ROW);
    Row lower = sheet.createRow(HEADER_ROW + 1);
    Row numbers = sheet.createRow(HEADER_ROW + 2);
    upper.setHeightInPoints(32);
    lower.setHeightInPoints(96);
    for (int c = 0; c <= last; c++) {
      upper.createCell(c).setCellStyle(s.header);
      lower.createCell(c).setCellStyle(c < FIRST_COUNT_COLUMN + 1 ? s.header : s.headerRotated);
      Cell num = numbers.createCell(c);
      num.setCellValue("(" + (c + 1) + ")");
      num.setCellStyle(s.columnNumber);
    }
    vertical(safe, sheet, upper, 0, "STT");
    vertical(safe, sheet, upper, 1, "Đơn vị");
    List<QualityColumn> columns = t.columns();
    int i = 0;
    while (i < columns.size()) {
      QualityColumn c = columns.get(i);
      int col = FIRST_COUNT_COLUMN + i;
      if (c.group() == null) {
        vertical(safe, sheet, upper, col, labels.column(c));
        i++;
        continue;
      }
      int span = 1;
      while (i + span < columns.size() && c.group().equals(columns.get(i + span).group())) {
        span++;
      }
      safe.text(upper.getCell(col), labels.group(c));
      if (span > 1) {
        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, col, col + span - 1));
      }
      for (int k = 0; k < span; k++) {
        safe.text(lower.getCell(col + k), labels.column(columns.get(i + k)));
      }
      i += span;
    }
  }

  private static void vertical(SafeCells safe, Sheet sheet, Row upper, int col, String text) {
    safe.text(upper.getCell(col), text);
    sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, col, col));
  }

  private static void print(Sheet sheet, int last) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.setMargin(Sheet.TopMargin, 0.5);
    sheet.setMargin(Sheet.BottomMargin, 0.5);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 2, 0, last));
    sheet.createFreezePane(2, FIRST_DATA_ROW);
  }

  private static void text(
      SafeCells safe, Sheet sheet, int row, int from, int to, String value, CellStyle style) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    Cell c = r.createCell(from);
    safe.text(c, value, style);
    if (to > from) {
      sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
    }
  }

  private static void number(Row row, int col, long value, CellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  /** The cell styles of the form. */
  private static final class Styles {

    final CellStyle bold;
    final CellStyle boldUnderline;
    final CellStyle plainCenter;
    final CellStyle italicCenter;
    final CellStyle title;
    final CellStyle header;
    final CellStyle headerRotated;
    final CellStyle columnNumber;
    final CellStyle name;
    final CellStyle count;
    final CellStyle totalName;
    final CellStyle totalCount;
    final CellStyle note;
    final CellStyle warning;

    Styles(XSSFWorkbook wb) {
      Font regular = font(wb, 11, false, false, false);
      Font boldFont = font(wb, 11, true, false, false);
      Font underlined = font(wb, 12, true, false, true);
      Font italic = font(wb, 11, false, true, false);
      Font titleFont = font(wb, 14, true, false, false);
      Font small = font(wb, 9, false, false, false);
      Font smallBold = font(wb, 9, true, false, false);
      Font smallItalic = font(wb, 8, false, true, false);
      Font red = font(wb, 10, true, false, false);
      red.setColor(IndexedColors.DARK_RED.getIndex());
      bold = center(wb, boldFont, false);
      boldUnderline = center(wb, underlined, false);
      plainCenter = center(wb, regular, false);
      italicCenter = center(wb, italic, false);
      title = center(wb, titleFont, false);
      header = center(wb, smallBold, true);
      header.setWrapText(true);
      headerRotated = center(wb, smallBold, true);
      headerRotated.setWrapText(true);
      headerRotated.setRotation((short) 90);
      columnNumber = center(wb, smallItalic, true);
      name = center(wb, small, true);
      name.setAlignment(HorizontalAlignment.LEFT);
      name.setWrapText(true);
      count = center(wb, small, true);
      count.setAlignment(HorizontalAlignment.RIGHT);
      count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      totalName = center(wb, smallBold, true);
      totalName.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      totalName.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      totalCount = center(wb, smallBold, true);
      totalCount.setAlignment(HorizontalAlignment.RIGHT);
      totalCount.setDataFormat(count.getDataFormat());
      totalCount.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      totalCount.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      note = center(wb, italic, false);
      note.setAlignment(HorizontalAlignment.LEFT);
      note.setWrapText(true);
      warning = center(wb, red, false);
      warning.setAlignment(HorizontalAlignment.LEFT);
    }

    private static Font font(
        XSSFWorkbook wb, int size, boolean bold, boolean italic, boolean underline) {
      Font f = wb.createFont();
      f.setFontName(FONT);
      f.setFontHeightInPoints((short) size);
      f.setBold(bold);
      f.setItalic(italic);
      if (underline) {
        f.setUnderline(Font.U_SINGLE);
      }
      return f;
    }

    private static CellStyle center(XSSFWorkbook wb, Font font, boolean borders) {
      CellStyle s = wb.createCellStyle();
      s.setFont(font);
      s.setAlignment(HorizontalAlignment.CENTER);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      if (borders) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
      }
      return s;
    }
  }
}
