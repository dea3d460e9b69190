package vn.cbcs.importexport.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.platform.SafeCells;

/**
 * Writes a template with POI's XSSF (styles and data validation): the data sheet (header, example
 * row, 1,000 rows prepared with the lists), the notes sheet, and the hidden sheet of lists.
 */
public final class TemplateWriter {

  private static final int PREPARED_ROWS = 1000;
  public static final String NOTES = "Hướng dẫn";
  public static final String LISTS = "Danh mục";

  private TemplateWriter() {}

  public static void write(ImportKind kind, Map<String, List<String>> lists, OutputStream out)
      throws IOException {
    List<Column> columns = Columns.of(kind);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      ErrorReportWriter.Styles styles = new ErrorReportWriter.Styles(wb);
      SafeCells safe = new SafeCells(wb);
      Sheet data = wb.createSheet(kind.sheetName());
      Sheet notes = wb.createSheet(NOTES);
      Sheet hidden = wb.createSheet(LISTS);
      writeLists(wb, hidden, lists, safe);
      wb.setSheetHidden(wb.getSheetIndex(hidden), true);
      Row header = data.createRow(0);
      header.setHeightInPoints(45);
      CellStyle required = wb.createCellStyle();
      required.cloneStyleFrom(styles.header);
      Font redBold = wb.createFont();
      redBold.setBold(true);
      redBold.setColor(IndexedColors.DARK_RED.getIndex());
      required.setFont(redBold);
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        Cell cell = header.createCell(i);
        cell.setCellValue(c.header());
        cell.setCellStyle(c.required() ? required : styles.header);
        data.setColumnWidth(i, c.width() * 256);
        if (c.text()) {
          data.setDefaultColumnStyle(i, styles.text);
        }
        if (c.list() != null && lists.containsKey(c.list())) {
          validate(data, i, c.list());
        }
      }
      writeExample(wb, data, kind, columns, safe);
      data.createFreezePane(2, 1);
      writeNotes(wb, notes, kind, columns, styles);
      wb.setActiveSheet(0);
      wb.write(out);
    }
  }

  private static void writeLists(
      XSSFWorkbook wb, Sheet sheet, Map<String, List<String>> lists, SafeCells safe) {
    int col = 0;
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      List<String> values = e.getValue();
      for (int r = 0; r < values.size(); r++) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        safe.text(row.createCell(col), values.get(r));
      }
      Name name = wb.createName();
      name.setNameName(e.getKey());
      String letters = SheetReader.letters(col);
      name.setRefersToFormula(
          "'" + LISTS + "'!$" + letters + "$1:$" + letters + "$" + Math.max(1, values.size()));
      col++;
    }
  }

  private static void validate(Sheet sheet, int column, String list) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation v =
        helper.createValidation(
            helper.createFormulaListConstraint(list),
            new CellRangeAddressList(1, PREPARED_ROWS, column, column));
    // people also write values the list does not show ("ĐH", a commune's name): warn, not stop
    v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    v.setShowErrorBox(true);
    v.createErrorBox(
        "Giá trị ngoài danh sách",
        "Giá trị này không có trong danh sách; hệ thống sẽ thử hiểu khi nhập.");
    sheet.addValidationData(v);
  }

  private static void writeExample(
      XSSFWorkbook wb, Sheet sheet, ImportKind kind, List<Column> columns, SafeCells safe) {
    CellStyle grey = wb.createCellStyle();
    Font italic = wb.createFont();
    italic.setItalic(true);
    italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    grey.setFont(italic);
    Row row = sheet.createRow(1);
    Map<String, String> example = Examples.of(kind);
    for (int i = 0; i < columns.size(); i++) {
      String v = example.get(columns.get(i).id());
      if (v != null) {
        safe.text(row.createCell(i), v, grey);
      }
    }
  }

  private static void writeNotes(
      XSSFWorkbook wb,
      Sheet sheet,
      ImportKind kind,
      List<Column> columns,
      ErrorReportWriter.Styles styles) {
    CellStyle wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
    sheet.setColumnWidth(0, 34 * 256);
    sheet.setColumnWidth(1, 12 * 256);
    sheet.setColumnWidth(2, 100 * 256);
    int r = 0;
    for (String line : Examples.intro(kind)) {
      Row row = sheet.createRow(r++);
      Cell c = row.createCell(0);
      c.setCellValue(line);
    }
    r++;
    Row header = sheet.createRow(r++);
    String[] titles = {"Cột", "Bắt buộc", "Cách ghi"};
    for (int i = 0; i < titles.length; i++) {
      header.createCell(i).setCellValue(titles[i]);
      header.getCell(i).setCellStyle(styles.header);
    }
    for (Column c : columns) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(c.header());
      row.createCell(1).setCellValue(c.required() ? "Có" : "");
      Cell note = row.createCell(2);
      note.setCellValue(c.note());
      note.setCellStyle(wrap);
    }
  }

  static int maxRows() {
    return SpreadsheetVersion.EXCEL2007.getMaxRows();
  }

  /** The lists of the ratings template: levels and systems (issue 13). */
  /** The lists of the training templates (course kinds, funding sources, results; issue 15). */
  public static void trainingLists(
      Map<String, List<String>> lists, org.springframework.context.MessageSource messages) {
    TrainingCells.lists(lists, messages);
  }

  public static void ratingLists(Map<String, List<String>> lists) {
    lists.put("MucXepLoai", RatingCells.levels());
    lists.put("HeThongDanhGia", RatingCells.systems());
  }
}
