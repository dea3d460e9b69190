package vn.cbcs.indicators.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cbcs.indicators.Member;
import vn.cbcs.platform.SafeCells;

/**
 * The people (or communes) behind one part of an indicator — the drill-down's list, every row — as
 * an xlsx workbook with Vietnamese headers: the title says which indicator, unit, date and part, so
 * a printed sheet explains itself. Every text cell from the data goes through {@link SafeCells}.
 */
final class MembersWorkbook {

  /** The headers; the tests read the workbook back by them. */
  static final List<String> HEADERS =
      List.of("STT", "Mã", "Họ và tên / Đơn vị", "Xã, phường", "Chức vụ, chức danh", "Căn cứ tính");

  static final String SHEET = "Danh sách";

  private MembersWorkbook() {}

  static void write(
      List<Member> members,
      String title,
      java.util.function.Function<String, String> positionName,
      OutputStream out)
      throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      SafeCells safe = new SafeCells(wb);
      Sheet sheet = wb.createSheet(SHEET);
      Font font = wb.createFont();
      font.setBold(true);
      CellStyle bold = wb.createCellStyle();
      bold.setFont(font);
      safe.text(sheet.createRow(0).createCell(0), title, bold);
      Row header = sheet.createRow(1);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      sheet.createFreezePane(0, 2);
      int n = 2;
      for (Member m : members) {
        Row r = sheet.createRow(n);
        r.createCell(0).setCellValue(n - 1);
        safe.text(r.createCell(1), m.id());
        safe.text(r.createCell(2), m.name());
        safe.text(r.createCell(3), m.communeName());
        String post = m.positionCode() == null ? "" : positionName.apply(m.positionCode());
        safe.text(r.createCell(4), post);
        safe.text(r.createCell(5), m.detailVi());
        n++;
      }
      for (int i = 0; i < HEADERS.size(); i++) {
        sheet.setColumnWidth(i, i == 0 ? 6 * 256 : (i == 5 ? 50 : 28) * 256);
      }
      wb.write(out);
      wb.dispose();
    }
  }
}
