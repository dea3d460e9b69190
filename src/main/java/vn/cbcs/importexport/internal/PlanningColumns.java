package vn.cbcs.importexport.internal;

import java.util.List;

/**
 * The columns of the candidates of a succession plan (issue 14): what {@code POST
 * /api/plans/{id}/candidates} and the plan page's form take, one row per candidate. The plan is
 * named in every row by its number ("Mã quy hoạch", the number in the plan page's address), so that
 * one file may carry one plan or several; the person by personal ID or record number. Each column
 * feeds a field of {@code vn.cbcs.planning.PlanInputs.NewCandidate}, whose checks apply in {@code
 * vn.cbcs.planning.Plans#addCandidate}.
 */
final class PlanningColumns {

  static final String PLAN = "planId";
  static final String RECORD_NO = "personId";
  static final String POST = "targetPost";
  static final String TARGET = "target";
  static final String INTRO_VOTES = "introVotes";
  static final String INTRO_VOTERS = "introVoters";
  static final String VOTE_VOTES = "voteVotes";
  static final String VOTE_VOTERS = "voteVoters";
  static final String ADDED_ON = "addedOn";
  static final String WOMAN_AT_60 = "womanAt60";

  static final List<Column> CANDIDATES =
      Columns.personByIdOrRecord(
          RECORD_NO,
          "Không bắt buộc; nếu ghi thì phải khớp hồ sơ (để bắt số gõ nhầm).",
          Column.of(
                  PLAN,
                  "Mã quy hoạch",
                  true,
                  "Số của quy hoạch: số cuối trong địa chỉ trang của quy hoạch (ví dụ /plans/12 →"
                      + " 12). Quy hoạch phải thuộc phạm vi đơn vị bạn quản lý.")
              .aliases("Số quy hoạch", "Quy hoạch")
              .width(10)
              .fields("planId"),
          Column.of(
                  POST,
                  "Chức danh quy hoạch",
                  true,
                  "Mã chức danh lãnh đạo (ví dụ CHU_TICH_UBND), có thể ghi \"mã – tên\"; hoặc"
                      + " COMMITTEE_BCH, COMMITTEE_BTV, COMMITTEE_UBKT cho cấp ủy, ban thường vụ,"
                      + " ủy ban kiểm tra. Chỉ quy hoạch vào chức danh cao hơn chức danh đang giữ"
                      + " (QĐ 377-QĐ/TW Điều 19 khoản 3); tối đa 3 người mỗi vị trí (Điều 26"
                      + " khoản 2).")
              .aliases("Chức danh", "Mã chức danh")
              .width(28)
              .fields("targetPost"),
          Column.of(
                  TARGET,
                  "Đối tượng",
                  true,
                  "1 (đối tượng 1: còn ít nhất 60 tháng công tác, đã có trình độ lý luận chính trị"
                      + " của chức danh) hoặc 2 (đối tượng 2: còn ít nhất 120 tháng) — QĐ"
                      + " 377-QĐ/TW Điều 25.")
              .aliases("Đối tượng quy hoạch")
              .width(9)
              .fields("target"),
          Column.of(
                  INTRO_VOTES,
                  "Giới thiệu: số phiếu",
                  false,
                  "Số phiếu giới thiệu của bước giới thiệu nhân sự; không lớn hơn số người tham"
                      + " gia.")
              .width(10)
              .fields("introVotes"),
          Column.of(
                  INTRO_VOTERS, "Giới thiệu: số người tham gia", false, "Số người được phát phiếu.")
              .width(10)
              .fields("introVoters"),
          Column.of(
                  VOTE_VOTES,
                  "Biểu quyết: số phiếu",
                  false,
                  "Số phiếu đồng ý của cấp ủy khi biểu quyết; không lớn hơn số người tham gia.")
              .width(10)
              .fields("voteVotes"),
          Column.of(VOTE_VOTERS, "Biểu quyết: số người tham gia", false, "Số người biểu quyết.")
              .width(10)
              .fields("voteVoters"),
          Column.of(
                  ADDED_ON,
                  "Ngày bổ sung",
                  false,
                  "Ngày đưa vào quy hoạch, dd/MM/yyyy hoặc ô ngày của Excel; bỏ trống: hôm nay. Các"
                      + " quy định được xét vào ngày này.")
              .width(12)
              .fields("addedOn"),
          Column.of(
                  WOMAN_AT_60,
                  "Nữ nghỉ hưu ở tuổi 60",
                  false,
                  "Ghi \"Có\" nếu người nữ thuộc diện nghỉ hưu ở tuổi 60: tuổi được tính với 60"
                      + " (HD 45-HD/BTCTW mục II.5.2). Bỏ trống: Không.")
              .width(10)
              .fields("womanAt60"));

  private PlanningColumns() {}
}
