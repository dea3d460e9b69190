package vn.cbcs.importexport.internal;

import java.util.List;
import java.util.Set;

/**
 * The columns of the ratings template (issue 13): one row per person, year and system, with the
 * self-assessment, the meeting, the proposal and the decision as far as the file has them. Each
 * column feeds a field of a step of {@code vn.cbcs.evaluation.Evaluations}, whose checks apply.
 */
final class RatingColumns {

  static final String RECORD_NO = "recordNo";
  static final String YEAR = "year";
  static final String SYSTEM = "system";
  static final String LEADER = "leader";
  static final String GENERAL = "generalPoints";
  static final String TASK = "taskPoints";
  static final String MAJOR_ERRORS = "majorErrors";
  static final String SELF_LEVEL = "selfLevel";
  static final String SELF_DATE = "selfDate";
  static final String MEETING_DATE = "meetingDate";
  static final String MINUTES = "minutes";
  static final String PROPOSED_LEVEL = "proposedLevel";
  static final String PROPOSED_POINTS = "proposedPoints";
  static final String PROPOSED_DATE = "proposedDate";
  static final String DECIDED_LEVEL = "decidedLevel";

  private static final String DATE_NOTE =
      " Ngày ghi dd/MM/yyyy (ví dụ 10/12/2026) hoặc ô định dạng ngày của Excel.";
  private static final String LEVEL_NOTE =
      " Chọn trong danh sách, hoặc ghi HTXSNV, HTTNV, HTNV, KHTNV (Không xếp loại: chỉ chế độ có"
          + " quy định tối thiểu 6 tháng công tác).";

  private static final Set<String> DATES =
      Set.of(SELF_DATE, MEETING_DATE, PROPOSED_DATE, Columns.DEC_DATE);

  static final List<Column> ALL =
      Columns.personByIdOrRecord(
          RECORD_NO,
          "Không bắt buộc; nếu ghi thì phải khớp hồ sơ (để bắt số định danh gõ nhầm).",
          Column.of(YEAR, "Năm đánh giá", true, "Năm được đánh giá, ví dụ 2026.")
              .aliases("Năm")
              .width(9)
              .fields("year"),
          Column.of(
                  SYSTEM,
                  "Hệ thống",
                  false,
                  "Chính quyền (đánh giá công chức) hoặc Đảng (đánh giá đảng viên); bỏ trống:"
                      + " Chính quyền.")
              .list("HeThongDanhGia")
              .width(13)
              .fields("system"),
          Column.of(
                  LEADER,
                  "Lãnh đạo, quản lý",
                  false,
                  "Có nếu người giữ chức vụ lãnh đạo, quản lý (điều kiện riêng); bỏ trống: Không.")
              .list("CoKhong")
              .width(10)
              .fields("leader"),
          Column.of(
                  GENERAL,
                  "Điểm tiêu chí chung",
                  false,
                  "Điểm tự chấm phần tiêu chí chung (tối đa theo chế độ của năm, ví dụ 30).")
              .width(10),
          Column.of(
                  TASK,
                  "Điểm kết quả nhiệm vụ",
                  false,
                  "Điểm tự chấm phần kết quả thực hiện nhiệm vụ (tối đa theo chế độ, ví dụ 70).")
              .width(10),
          Column.of(
                  MAJOR_ERRORS,
                  "Số lỗi lớn",
                  false,
                  "Số lỗi lớn trong kết quả nhiệm vụ (từ năm 2026, mỗi lỗi trừ 25% điểm nhiệm vụ);"
                      + " bỏ trống: 0.")
              .width(8),
          Column.of(
                  SELF_LEVEL,
                  "Mức tự xếp loại",
                  false,
                  "Mức người được đánh giá tự xếp." + LEVEL_NOTE)
              .list("MucXepLoai")
              .width(14),
          Column.of(
                  SELF_DATE, "Ngày tự đánh giá", false, "Bắt buộc khi có điểm tự chấm." + DATE_NOTE)
              .width(12),
          Column.of(
                  MEETING_DATE,
                  "Ngày họp đánh giá",
                  false,
                  "Ngày họp của cơ quan, đơn vị (sau ngày tự đánh giá); bắt buộc khi có mức đề xuất."
                      + DATE_NOTE)
              .width(12),
          Column.of(
                  MINUTES,
                  "Biên bản họp",
                  false,
                  "Số, ngày hoặc tóm tắt biên bản họp; bắt buộc khi có ngày họp.")
              .width(24),
          Column.of(
                  PROPOSED_LEVEL,
                  "Mức đề xuất",
                  false,
                  "Mức đề xuất cấp có thẩm quyền." + LEVEL_NOTE)
              .list("MucXepLoai")
              .width(14),
          Column.of(PROPOSED_POINTS, "Điểm đề xuất", false, "Tổng điểm đề xuất, không bắt buộc.")
              .width(9),
          Column.of(PROPOSED_DATE, "Ngày đề xuất", false, "Sau ngày họp." + DATE_NOTE).width(12),
          Column.of(
                  DECIDED_LEVEL,
                  "Mức quyết định",
                  false,
                  "Mức trong quyết định của người có thẩm quyền (cần quyền quyết định xếp loại);"
                      + " mức Hoàn thành xuất sắc được kiểm tra theo tỉ lệ tối đa của nhóm."
                      + LEVEL_NOTE)
              .list("MucXepLoai")
              .width(14),
          Column.of(
                  Columns.DEC_NUMBER,
                  "Số quyết định",
                  false,
                  "Số quyết định xếp loại, ví dụ 15/QĐ-UBND; bắt buộc khi có mức quyết định.")
              .aliases("Số QĐ")
              .asText()
              .width(16),
          Column.of(
                  Columns.DEC_DATE,
                  "Ngày quyết định",
                  false,
                  "Sau ngày đề xuất; bắt buộc khi có mức quyết định." + DATE_NOTE)
              .aliases("Ngày QĐ")
              .width(12),
          Column.of(
                  Columns.DEC_SIGNER,
                  "Người ký",
                  false,
                  "Người ký quyết định; bắt buộc khi có mức quyết định.")
              .width(20));

  private RatingColumns() {}

  static boolean isDate(String id) {
    return DATES.contains(id);
  }
}
