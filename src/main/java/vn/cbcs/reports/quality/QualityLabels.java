package vn.cbcs.reports.quality;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The Vietnamese wording of the printed table (the form is Vietnamese whatever the reader's
 * language): headers from the message bundle, titles and notes.
 */
public final class QualityLabels {

  public static final String TITLE = "SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ";
  public static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource messages;

  public QualityLabels(MessageSource messages) {
    this.messages = messages;
  }

  String column(QualityColumn c) {
    return messages.getMessage(c.labelKey(), null, c.key(), VI);
  }

  String group(QualityColumn c) {
    return c.group() == null ? null : messages.getMessage(c.groupKey(), null, c.group(), VI);
  }

  static String asOfLine(QualityTable t) {
    return "(Tính đến ngày " + DATE.format(t.asOf()) + ")";
  }

  static String scopeLine(QualityTable t) {
    String line = "Địa bàn: " + t.unitName() + " – " + t.communes() + " đơn vị hành chính cấp xã";
    if (t.throughCrosswalk()) {
      line +=
          " (đơn vị không còn tồn tại vào ngày báo cáo: tính trên các xã của ngày đó thuộc địa bàn cũ)";
    }
    return line;
  }

  /** The notes under the table: how people were counted, and the synthetic-data warning. */
  static List<String> notes(QualityTable t) {
    List<String> notes = new ArrayList<>();
    notes.add(
        "Ghi chú: Mỗi người được tính một lần, tại xã nơi giữ chức vụ, chức danh chính vào ngày"
            + " báo cáo. Tuổi tính theo số năm tròn tại ngày báo cáo. Trình độ là trình độ cao nhất"
            + " đã có tại ngày báo cáo; người chưa ghi trình độ chuyên môn, lý luận chính trị, quản"
            + " lý nhà nước được tính vào cột \"chưa qua\"; người chưa ghi trình độ giáo dục phổ"
            + " thông, tin học, ngoại ngữ không tính vào cột nào của nhóm đó.");
    notes.add("Số liệu lập từ hồ sơ trên hệ thống CBCS.");
    if (t.synthetic() > 0) {
      notes.add(
          "CẢNH BÁO: "
              + t.synthetic()
              + " người trong biểu là hồ sơ giả lập (dữ liệu trình diễn), không phải số liệu thật.");
    }
    return notes;
  }

  static String dateLine(QualityTable t) {
    return t.letterhead().placeOrDots()
        + ", ngày …… tháng …… năm "
        + vn.cbcs.platform.AsOf.today().getYear();
  }
}
