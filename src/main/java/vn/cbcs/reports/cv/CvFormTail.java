package vn.cbcs.reports.cv;

import static vn.cbcs.reports.cv.CvContent.Column.of;
import static vn.cbcs.reports.cv.CvContent.Column.period;
import static vn.cbcs.reports.cv.CvContent.Line.item;

import java.util.List;
import vn.cbcs.reports.cv.CvContent.Align;
import vn.cbcs.reports.cv.CvContent.Block;
import vn.cbcs.reports.cv.CvContent.Heading;
import vn.cbcs.reports.cv.CvContent.Line;
import vn.cbcs.reports.cv.CvContent.Signatures;
import vn.cbcs.reports.cv.CvContent.Style;
import vn.cbcs.reports.cv.CvContent.Table;

/**
 * The parts of the form the record does not fill yet, printed as the form has them: items 37)
 * (economic situation) and 38) (assessment), and the signature blocks.
 */
final class CvFormTail {

  private static final String E = CvContent.EMPTY;

  private CvFormTail() {}

  static void economy(List<Block> b) {
    b.add(new Heading("37) HOÀN CẢNH KINH TẾ GIA ĐÌNH"));
    b.add(
        new Table(
            "37.1- Quá trình lương của bản thân",
            period(
                of("Mã số", 1.6f),
                of("Bậc lương", 1.4f),
                of("Hệ số lương", 1.6f),
                of("Tiền lương theo vị trí việc làm", 3.2f)),
            List.of()));
    b.add(
        new Table(
            "37.2- Các loại phụ cấp khác",
            period(
                of("Loại phụ cấp", 2),
                of("Phần trăm hưởng", 1.6f),
                of("Hệ số", 1.2f),
                of("Hình thức hưởng", 1.8f),
                of("Giá trị (đồng)", 1.6f)),
            List.of()));
    b.add(item("37.3- Nguồn thu nhập chính của gia đình hàng năm"));
    b.add(item("- Tiền lương: " + E));
    b.add(item("- Các nguồn khác: " + E));
    b.add(item("- Nhà ở:"));
    b.add(
        item("+ Được cấp, được thuê (loại nhà): " + E + ", tổng diện tích sử dụng: " + E + " m2."));
    b.add(item("Giấy chứng nhận quyền sở hữu: " + E));
    b.add(
        item("+ Nhà tự mua, tự xây (loại nhà): " + E + ", tổng diện tích sử dụng: " + E + " m2."));
    b.add(item("Giấy chứng nhận quyền sở hữu: " + E));
    b.add(item("- Đất ở:"));
    b.add(item("+ Đất được cấp: " + E + " m2."));
    b.add(item("Giấy chứng nhận quyền sử dụng: " + E));
    b.add(item("+ Đất tự mua: " + E + " m2."));
    b.add(item("Giấy chứng nhận quyền sử dụng: " + E));
    b.add(item("- Đất sản xuất kinh doanh: " + E));
  }

  static void assessment(List<Block> b) {
    b.add(new Heading("38) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, TỔ CHỨC, ĐƠN VỊ SỬ DỤNG"));
    for (int i = 0; i < 4; i++) {
      b.add(item(E));
    }
  }

  /** The declarant (left, with the name printed under the space to sign) and the certifier. */
  static Signatures signatures(String declarant) {
    return new Signatures(
        List.of(
            Line.of("Người khai", Style.VALUE, Align.CENTER),
            Line.of("Tôi xin cam đoan những lời", Style.LABEL, Align.CENTER),
            Line.of("khai trên đây là đúng sự thật", Style.LABEL, Align.CENTER),
            Line.of("(Ký tên, ghi rõ họ tên)", Style.NOTE, Align.CENTER),
            Line.of(" ", Style.LABEL, Align.CENTER),
            Line.of(" ", Style.LABEL, Align.CENTER),
            Line.of(" ", Style.LABEL, Align.CENTER),
            Line.of(declarant, Style.VALUE, Align.CENTER)),
        List.of(
            Line.of(E + ", Ngày " + E + " tháng " + E + " năm 20" + E, Style.NOTE, Align.CENTER),
            Line.of("Xác nhận của cơ quan, đơn vị quản lý", Style.VALUE, Align.CENTER),
            Line.of("cán bộ, công chức, viên chức", Style.VALUE, Align.CENTER),
            Line.of("(Ký tên, đóng dấu)", Style.NOTE, Align.CENTER)));
  }
}
