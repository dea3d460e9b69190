package vn.cbcs.recruitment.web;

import java.time.LocalDate;
import java.util.List;

/**
 * The legal bases (căn cứ) a round's documents cite, by the regime of the round's notice date — the
 * same date that chooses its rule set ({@code recruitment_rule}): from 1-7-2025 Luật CBCC 80/2025
 * and NĐ 170/2025 (Điều 71 khoản 1); before, the Law of 2008 as amended in 2019 and NĐ 138/2020,
 * for communes through NĐ 33/2023 — the earlier regime as remembered [M] (V120).
 */
final class DecisionBases {

  static final LocalDate NEW_REGIME = LocalDate.of(2025, 7, 1);

  private DecisionBases() {}

  static boolean before(LocalDate notice) {
    return notice != null && notice.isBefore(NEW_REGIME);
  }

  /** The "Căn cứ …;" lines of the decision, before the plan's. */
  static List<String> laws(LocalDate notice) {
    if (before(notice)) {
      return List.of(
          "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số"
              + " điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019;",
          "Căn cứ Nghị định số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ quy định về"
              + " tuyển dụng, sử dụng và quản lý công chức;",
          "Căn cứ Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ quy định về"
              + " cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn,"
              + " tổ dân phố;");
    }
    return List.of(
        "Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;",
        "Căn cứ Nghị định số 170/2025/NĐ-CP của Chính phủ quy định về tuyển dụng, sử dụng"
            + " và quản lý công chức;");
  }

  /** The rule of reporting for work (30 days from the decision). */
  static String reportForWork(LocalDate notice) {
    return before(notice)
        ? "Nghị định 138/2020/NĐ-CP Điều 18 [M]"
        : "Nghị định 170/2025/NĐ-CP Điều 19 khoản 2";
  }

  /** The ranking and tie rules of the results list. */
  static String ranking(LocalDate notice) {
    return before(notice)
        ? "Nghị định 138/2020/NĐ-CP Điều 9 khoản 2, Điều 11 khoản 2 [M]"
        : "Nghị định 170/2025/NĐ-CP Điều 10 khoản 2, Điều 12 khoản 2";
  }
}
