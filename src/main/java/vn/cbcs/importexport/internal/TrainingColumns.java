package vn.cbcs.importexport.internal;

import java.util.List;
import java.util.Set;

/**
 * The columns of the two training templates (issue 15): the courses of a unit (what the courses
 * page's form and {@code POST /api/training/courses} take, with the plan to put the course in) and
 * the results of the people on courses (what {@code POST /api/training/courses/{id}/enrolments} and
 * {@code POST /api/training/enrolments/{id}/result} take). Column ids are the API's field names, so
 * that a refusal of the service is reported at its column.
 */
final class TrainingColumns {

  static final String UNIT = "unitCode";
  static final String PLAN = "planId";
  static final String KIND = "kind";
  static final String NAME = "name";
  static final String LEVEL = "level";
  static final String PROVIDER = "provider";
  static final String STARTS = "startsOn";
  static final String ENDS = "endsOn";
  static final String PERIODS = "periods";
  static final String PLACE = "place";
  static final String COST = "cost";
  static final String FUNDING = "funding";
  static final String COURSE = "courseId";
  static final String STATUS = "status";
  static final String RESULT = "result";
  static final String CERT_NO = "certificateNumber";
  static final String CERT_DATE = "certificateDate";

  private static final Set<String> DATES = Set.of(STARTS, ENDS, CERT_DATE);

  static boolean isDate(String id) {
    return DATES.contains(id);
  }

  private static final String DATE_NOTE = " Ghi dd/MM/yyyy hoặc dùng ô ngày của Excel.";

  static final List<Column> COURSES =
      List.of(
          Columns.NO_COLUMN,
          Column.of(
                  UNIT,
                  "Đơn vị tổ chức",
                  true,
                  "Mã đơn vị tổ chức khóa học (tỉnh hoặc xã), có thể ghi \"mã – tên\". Đơn vị phải"
                      + " thuộc phạm vi bạn quản lý vào ngày khai giảng.")
              .aliases("Mã đơn vị", "Đơn vị")
              .asText()
              .width(24)
              .fields("unitCode"),
          Column.of(
                  PLAN,
                  "Mã kế hoạch",
                  false,
                  "Không bắt buộc: số của kế hoạch đào tạo, bồi dưỡng năm (số cuối trong địa chỉ"
                      + " trang của kế hoạch, ví dụ /training/plans/7 → 7) để đưa khóa học vào kế"
                      + " hoạch; năm của khóa học phải là năm của kế hoạch.")
              .aliases("Kế hoạch", "Số kế hoạch")
              .width(10)
              .fields("planId"),
          Column.of(
                  KIND,
                  "Loại khóa học",
                  true,
                  "Chọn trong danh sách (NĐ 171/2025/NĐ-CP Điều 14, 15) hoặc ghi mã: POLITICAL_THEORY,"
                      + " STATE_MANAGEMENT, PROFESSIONAL, JOB_POSITION, LEADERSHIP, DEFENCE_SECURITY,"
                      + " DIGITAL.")
              .aliases("Loại")
              .list("LoaiKhoaHoc")
              .width(24)
              .fields("kind"),
          Column.of(NAME, "Tên khóa học", true, "Tên khóa học, tối đa 300 ký tự.")
              .aliases("Khóa học", "Tên khóa")
              .width(36)
              .fields("name"),
          Column.of(
                  LEVEL,
                  "Trình độ được cấp",
                  false,
                  "Trình độ mà người hoàn thành khóa học được ghi vào hồ sơ, theo loại khóa học (ví"
                      + " dụ Trung cấp cho lý luận chính trị); bỏ trống nếu khóa học không cấp văn"
                      + " bằng, chứng chỉ trình độ (bồi dưỡng theo vị trí việc làm, lãnh đạo).")
              .aliases("Trình độ")
              .list("TrinhDo")
              .width(16)
              .fields("level", "track"),
          Column.of(PROVIDER, "Cơ sở đào tạo", true, "Cơ sở đào tạo, bồi dưỡng tổ chức lớp học.")
              .aliases("Cơ sở đào tạo, bồi dưỡng", "Nơi đào tạo")
              .width(30)
              .fields("provider"),
          Column.of(STARTS, "Từ ngày", true, "Ngày khai giảng." + DATE_NOTE)
              .aliases("Ngày bắt đầu", "Ngày khai giảng")
              .width(12)
              .fields("startsOn"),
          Column.of(
                  ENDS, "Đến ngày", true, "Ngày bế giảng, không trước ngày khai giảng." + DATE_NOTE)
              .aliases("Ngày kết thúc", "Ngày bế giảng")
              .width(12)
              .fields("endsOn"),
          Column.of(PERIODS, "Số tiết", true, "Số tiết học, từ 1 đến 10000.")
              .width(9)
              .fields("periods"),
          Column.of(PLACE, "Địa điểm", false, "Địa điểm học.").width(20).fields("place"),
          Column.of(
                  COST,
                  "Kinh phí (đồng)",
                  false,
                  "Tổng kinh phí bằng đồng, số nguyên (ví dụ 15000000); bỏ trống nếu chưa biết.")
              .aliases("Kinh phí")
              .width(14)
              .fields("cost"),
          Column.of(FUNDING, "Nguồn kinh phí", true, "Chọn trong danh sách hoặc ghi mã.")
              .list("NguonKinhPhi")
              .width(24)
              .fields("funding"));

  static final List<Column> RESULTS =
      List.of(
          Columns.NO_COLUMN,
          Column.of(
                  Columns.PERSONAL_ID,
                  "Số định danh cá nhân (CCCD)",
                  true,
                  "12 chữ số; người phải đã có hồ sơ. Người chưa có tên trong khóa học được ghi"
                      + " danh trước khi ghi kết quả (với các điều kiện ghi danh).")
              .aliases("Số định danh cá nhân", "Số định danh", "CCCD", "Số CCCD")
              .asText()
              .width(17)
              .fields("personId"),
          Column.of(
                  Columns.FULL_NAME,
                  "Họ và tên",
                  false,
                  "Không bắt buộc; nếu ghi thì phải khớp hồ sơ (để bắt số gõ nhầm).")
              .aliases("Họ tên")
              .width(26),
          Column.of(
                  COURSE,
                  "Mã khóa học",
                  true,
                  "Số của khóa học: số cuối trong địa chỉ trang của khóa học (ví dụ"
                      + " /training/courses/15 → 15).")
              .aliases("Khóa học", "Số khóa học")
              .width(10)
              .fields("courseId"),
          Column.of(
                  STATUS,
                  "Kết quả",
                  true,
                  "Hoàn thành, Không đạt hoặc Thôi học (hoặc mã COMPLETED, FAILED, WITHDRAWN)."
                      + " Hoàn thành khóa học có cấp trình độ thì trình độ được ghi vào hồ sơ.")
              .list("KetQuaKhoaHoc")
              .width(14)
              .fields("status"),
          Column.of(RESULT, "Xếp loại, nhận xét", false, "Ví dụ Giỏi, Khá; tối đa 300 ký tự.")
              .aliases("Xếp loại")
              .width(18)
              .fields("result"),
          Column.of(
                  CERT_NO,
                  "Số chứng chỉ",
                  false,
                  "Số văn bằng, chứng chỉ; bắt buộc khi Hoàn thành.")
              .aliases("Số văn bằng, chứng chỉ", "Số văn bằng")
              .asText()
              .width(18)
              .fields("certificateNumber"),
          Column.of(
                  CERT_DATE,
                  "Ngày cấp chứng chỉ",
                  false,
                  "Bắt buộc khi Hoàn thành; không trước ngày khai giảng, không sau hôm nay."
                      + DATE_NOTE)
              .aliases("Ngày cấp")
              .width(12)
              .fields("certificateDate"));

  private TrainingColumns() {}
}
