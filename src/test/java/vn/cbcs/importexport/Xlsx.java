package vn.cbcs.importexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds real xlsx files for tests, the way people's spreadsheets look (POI). */
final class Xlsx {

  /** A cell holding a formula, with or without the value Excel computed. */
  record Formula(String formula, String cached) {}

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle dateStyle;
  private Sheet sheet;

  Xlsx() {
    dateStyle = wb.createCellStyle();
    dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
  }

  static Xlsx create() {
    return new Xlsx();
  }

  Xlsx sheet(String name) {
    sheet = wb.createSheet(name);
    return this;
  }

  Xlsx hidden() {
    wb.setSheetHidden(wb.getSheetIndex(sheet), true);
    return this;
  }

  /** A row at the next free index; nulls leave the cell out. */
  Xlsx row(Object... values) {
    return rowAt(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1, values);
  }

  Xlsx rowAt(int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      Cell c = row.createCell(i);
      if (v instanceof Number n) {
        c.setCellValue(n.doubleValue());
      } else if (v instanceof LocalDate d) {
        c.setCellValue(d);
        c.setCellStyle(dateStyle);
      } else if (v instanceof Formula f) {
        c.setCellFormula(f.formula());
        if (f.cached() != null) {
          c.setCellValue(f.cached());
        }
      } else {
        c.setCellValue(v.toString());
      }
    }
    return this;
  }

  Xlsx merge(int firstRow, int lastRow, int firstCol, int lastCol) {
    sheet.addMergedRegion(
        new org.apache.poi.ss.util.CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    return this;
  }

  byte[] bytes() {
    try (wb) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The PEOPLE headers in template order. */
  static final List<String> PEOPLE =
      List.of(
          "STT",
          "Số định danh cá nhân (CCCD)",
          "Họ và tên",
          "Giới tính",
          "Ngày sinh",
          "Dân tộc",
          "Tôn giáo",
          "Quê quán",
          "Nơi ở hiện nay",
          "Số điện thoại",
          "Ngày vào Đảng",
          "Ngày chính thức",
          "Giáo dục phổ thông",
          "Trình độ chuyên môn",
          "Chuyên ngành",
          "Ngày cấp bằng chuyên môn",
          "Lý luận chính trị",
          "Ngày cấp bằng lý luận chính trị",
          "Quản lý nhà nước",
          "Ngày cấp chứng chỉ quản lý nhà nước",
          "Đơn vị (xã, phường)",
          "Chức vụ, chức danh",
          "Giữ chức vụ từ ngày",
          "Số quyết định",
          "Ngày quyết định",
          "Cơ quan ban hành",
          "Loại quyết định",
          "Sửa thông tin định danh");

  static Object[] headers(List<String> h) {
    return new ArrayList<Object>(h).toArray();
  }
}
