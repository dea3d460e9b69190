package vn.cbcs.importexport.internal;

import java.util.List;

/**
 * The columns of the two recruitment templates (issue 16): the applications of a round (what the
 * round page's form and {@code POST /api/recruitment/rounds/{id}/candidates} take) and the scores
 * of its candidates (what {@code POST /api/recruitment/rounds/{id}/scores} takes). The round is
 * named in every row by its number ("Mã đợt tuyển dụng", the number in the round page's address),
 * so that one file may carry one round or several. Each column feeds a field of {@code
 * vn.cbcs.recruitment.Rounds}, whose checks apply.
 */
final class RecruitmentColumns {

  static final String ROUND = "roundId";
  static final String POSITION = "positionCode";
  static final String PHONE = "phone";
  static final String PRIORITY = "priority";
  static final String GENERAL_EDUCATION = "generalEducation";
  static final String PRO_LEVEL = "professionalLevel";
  static final String MAJOR = "major";
  static final String CANDIDATE = "candidateId";
  static final String ROUND1_CORRECT = "round1Correct";
  static final String ROUND1_TOTAL = "round1Total";
  static final String WRITTEN = "written";
  static final String INTERVIEW = "interview";

  private static Column round() {
    return Column.of(
            ROUND,
            "Mã đợt tuyển dụng",
            true,
            "Số của đợt tuyển dụng: số cuối trong địa chỉ trang của đợt (ví dụ /recruitment/rounds/12"
                + " → 12). Đợt phải đang mở và thuộc phạm vi đơn vị bạn quản lý.")
        .aliases("Mã đợt", "Số đợt", "Đợt tuyển dụng")
        .width(10)
        .fields("roundId");
  }

  static final List<Column> CANDIDATES =
      List.of(
          Columns.NO_COLUMN,
          Column.of(
                  Columns.PERSONAL_ID,
                  "Số định danh cá nhân (CCCD)",
                  true,
                  "12 chữ số. Mỗi người chỉ một hồ sơ dự tuyển trong một đợt.")
              .aliases("Số định danh cá nhân", "Số định danh", "CCCD", "Số CCCD")
              .asText()
              .width(17)
              .fields("personalId"),
          Column.of(Columns.FULL_NAME, "Họ và tên", true, "Họ và tên người dự tuyển.")
              .aliases("Họ tên")
              .width(26)
              .fields("fullName"),
          round(),
          Column.of(
                  POSITION,
                  "Vị trí dự tuyển",
                  true,
                  "Mã vị trí việc làm mà đợt tuyển (như trên trang của đợt), có thể ghi \"mã – tên\".")
              .aliases("Vị trí", "Mã vị trí")
              .width(30)
              .fields("positionCode"),
          Column.of(Columns.SEX, "Giới tính", true, "Nam hoặc Nữ.")
              .list("GioiTinh")
              .width(9)
              .fields("sex"),
          Column.of(
                  Columns.BIRTH,
                  "Ngày sinh",
                  true,
                  "dd/MM/yyyy hoặc ô ngày của Excel; đủ 18 tuổi vào ngày hết hạn nhận phiếu (Luật"
                      + " Cán bộ, công chức 80/2025/QH15 Điều 19 khoản 1 điểm c).")
              .width(12)
              .fields("birthDate"),
          Column.of(PHONE, "Số điện thoại", false, "Không bắt buộc.")
              .aliases("Điện thoại")
              .asText()
              .width(14)
              .fields("phone"),
          Column.of(
                  PRIORITY,
                  "Diện ưu tiên",
                  false,
                  "Mã diện ưu tiên theo NĐ 170/2025/NĐ-CP Điều 6 (chỉ tính diện cao nhất):"
                      + " HERO_OR_WAR_INVALID (+7,5), ETHNIC_MINORITY (+5), DEMOBILISED_OFFICER (+5),"
                      + " CHILD_OF_MARTYR_OR_INVALID (+5), MILITARY_SERVICE_COMPLETED (+2,5),"
                      + " YOUTH_VOLUNTEER (+2,5), TRADE_UNION_OFFICER (+1,5). Nhiều diện: cách nhau"
                      + " bằng dấu chấm phẩy (;). Bỏ trống: không có.")
              .width(24)
              .fields("priority"),
          Column.of(
                  GENERAL_EDUCATION,
                  "Trình độ giáo dục phổ thông",
                  false,
                  "Ví dụ 12/12. Dùng để xét điều kiện của vị trí.")
              .aliases("Giáo dục phổ thông")
              .asText()
              .width(10)
              .fields("generalEducation"),
          Column.of(
                  PRO_LEVEL,
                  "Trình độ chuyên môn",
                  false,
                  "Trình độ chuyên môn cao nhất (chọn trong danh sách hoặc ghi mã); dùng để xét điều"
                      + " kiện của vị trí.")
              .list("ChuyenMon")
              .width(14)
              .fields("professionalLevel"),
          Column.of(MAJOR, "Chuyên ngành", false, "Chuyên ngành đào tạo của trình độ trên.")
              .aliases("Ngành")
              .width(22)
              .fields("major"));

  static final List<Column> SCORES =
      List.of(
          Columns.NO_COLUMN,
          Column.of(
                  Columns.PERSONAL_ID,
                  "Số định danh cá nhân (CCCD)",
                  false,
                  "Số định danh của thí sinh trong đợt. Ghi số định danh hoặc mã thí sinh (một trong"
                      + " hai là đủ).")
              .aliases("Số định danh cá nhân", "Số định danh", "CCCD", "Số CCCD")
              .asText()
              .width(17),
          Column.of(
                  Columns.FULL_NAME,
                  "Họ và tên",
                  false,
                  "Không bắt buộc; nếu ghi thì phải khớp hồ sơ dự tuyển (để bắt số gõ nhầm).")
              .aliases("Họ tên")
              .width(26),
          Column.of(
                  CANDIDATE,
                  "Mã thí sinh",
                  false,
                  "Mã thí sinh trong đợt (cột Số của bảng điểm trên trang của đợt), khi không ghi số"
                      + " định danh.")
              .aliases("Số báo danh")
              .asText()
              .width(10)
              .fields("candidateId"),
          round(),
          Column.of(
                  ROUND1_CORRECT,
                  "Vòng 1: số câu đúng",
                  false,
                  "Thi tuyển: số câu trả lời đúng của bài thi trắc nghiệm trên máy (đạt khi từ 50%"
                      + " số câu trở lên, NĐ 170/2025/NĐ-CP Điều 9).")
              .width(10)
              .fields("round1Correct"),
          Column.of(
                  ROUND1_TOTAL, "Vòng 1: tổng số câu", false, "Thi tuyển: tổng số câu của bài thi.")
              .width(10)
              .fields("round1Total"),
          Column.of(
                  WRITTEN,
                  "Vòng 2: điểm viết",
                  false,
                  "Điểm bài thi viết, thang 100, tối đa 2 chữ số thập phân.")
              .width(10)
              .fields("written"),
          Column.of(
                  INTERVIEW,
                  "Vòng 2: điểm phỏng vấn",
                  false,
                  "Điểm phỏng vấn (hoặc thực hành), thang 100, tối đa 2 chữ số thập phân. Các ô bỏ"
                      + " trống được ghi là chưa có điểm, như khi nhập trên trang của đợt.")
              .width(10)
              .fields("interview"));

  private RecruitmentColumns() {}
}
