package vn.cbcs.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cbcs.audit.AuditEvent;
import vn.cbcs.audit.AuditQuery;
import vn.cbcs.audit.AuditVerification;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.SafeCells;

/**
 * The audit log as an xlsx workbook for an inspection: sheet "Nhật ký" with one event a row
 * (streamed, a window of rows in memory), sheet "Kiểm tra" with the filters and the state of the
 * hash chain when it was exported. Text a spreadsheet would run as a formula is written as
 * quote-prefixed text, unchanged ({@link SafeCells}).
 */
public final class AuditWorkbook {

  /** Headers of the events sheet; the tests read the workbook back by them. */
  public static final List<String> HEADERS =
      List.of(
          "Mã sự kiện",
          "Thời điểm (giờ Việt Nam)",
          "Người thực hiện",
          "Kênh",
          "Địa chỉ máy",
          "Yêu cầu",
          "Loại",
          "Bảng",
          "Khóa dòng",
          "Mã hồ sơ",
          "Đơn vị",
          "Tài khoản liên quan",
          "Căn cứ",
          "Lý do",
          "Chi tiết",
          "Trường",
          "Trước",
          "Sau",
          "Niêm phong số");

  static final String EVENTS_SHEET = "Nhật ký";
  static final String CHECK_SHEET = "Kiểm tra";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
  private static final int MAX_CELL = 32_767;

  private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
  private final Sheet sheet = wb.createSheet(EVENTS_SHEET);
  private final CellStyle bold;
  private final SafeCells safe = new SafeCells(wb);
  private int next = 1;

  public AuditWorkbook() {
    Font font = wb.createFont();
    font.setBold(true);
    bold = wb.createCellStyle();
    bold.setFont(font);
    Row header = sheet.createRow(0);
    for (int i = 0; i < HEADERS.size(); i++) {
      header.createCell(i).setCellValue(HEADERS.get(i));
      header.getCell(i).setCellStyle(bold);
    }
    sheet.createFreezePane(0, 1);
  }

  public void add(AuditEvent e) {
    Row r = sheet.createRow(next++);
    r.createCell(0).setCellValue(e.id());
    text(r, 1, TIME.format(ZonedDateTime.ofInstant(e.at(), AsOf.VIETNAM)));
    text(r, 2, e.actor());
    text(r, 3, e.source());
    text(r, 4, e.clientAddr());
    text(r, 5, e.request());
    text(r, 6, e.kind());
    text(r, 7, e.table());
    text(r, 8, e.rowKey());
    if (e.personId() != null) {
      r.createCell(9).setCellValue(e.personId());
    }
    text(r, 10, e.unitCode());
    text(r, 11, e.subjectUser());
    text(r, 12, e.legalBasis());
    text(r, 13, e.reason());
    text(r, 14, e.detail());
    text(r, 15, e.fields() == null ? null : String.join(", ", e.fields()));
    text(r, 16, json(e.before()));
    text(r, 17, json(e.after()));
    if (e.sealSeq() != null) {
      r.createCell(18).setCellValue(e.sealSeq());
    }
  }

  public void write(AuditQuery q, AuditVerification chain, OutputStream out) throws IOException {
    Sheet check = wb.createSheet(CHECK_SHEET);
    String[][] rows = {
      {"Xuất lúc", TIME.format(ZonedDateTime.now(AsOf.VIETNAM))},
      {"Số sự kiện trong tệp", String.valueOf(next - 1)},
      {"Lọc: mã hồ sơ", q.personId() == null ? "" : String.valueOf(q.personId())},
      {"Lọc: người thực hiện", nz(q.user())},
      {"Lọc: đơn vị", nz(q.unitCode())},
      {"Lọc: từ ngày", q.from() == null ? "" : q.from().toString()},
      {"Lọc: đến ngày", q.to() == null ? "" : q.to().toString()},
      {"Lọc: loại", nz(q.kind())},
      {"Lọc: bảng", nz(q.table())},
      {"Chuỗi băm toàn vẹn", chain.ok() ? "TOÀN VẸN (OK)" : "KHÔNG TOÀN VẸN: " + chain.problem()},
      {"Số niêm phong", String.valueOf(chain.seals())},
      {"Tổng số sự kiện", String.valueOf(chain.events())},
      {"Niêm phong cuối (số)", chain.headSeq() == null ? "" : String.valueOf(chain.headSeq())},
      {"Niêm phong cuối (SHA-256)", nz(chain.headHash())}
    };
    for (int i = 0; i < rows.length; i++) {
      Row r = check.createRow(i);
      r.createCell(0).setCellValue(rows[i][0]);
      r.getCell(0).setCellStyle(bold);
      text(r, 1, rows[i][1]);
    }
    wb.write(out);
  }

  public void dispose() throws IOException {
    wb.close();
  }

  private void text(Row r, int column, String value) {
    if (value == null) {
      return;
    }
    String v = value.length() > MAX_CELL ? value.substring(0, MAX_CELL - 1) + "…" : value;
    safe.text(r.createCell(column), v);
  }

  private static String json(Map<String, Object> m) {
    if (m == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    m.forEach(
        (k, v) -> {
          if (b.length() > 0) {
            b.append("; ");
          }
          b.append(k).append(": ").append(v == null ? "—" : v);
        });
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
