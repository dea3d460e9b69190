package vn.cbcs.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadlines of the consequences of a final rating and of the annual rating, as configuration
 * (numbers read in the texts, but their counting — working days without public holidays, the day a
 * result "exists" — is a reading; a province may set its own).
 *
 * @param removalProposalWorkingDays the personnel office proposes the removal of a leader rated
 *     KHTNV within this many working days of the grounds (the rating's decision) — NĐ
 *     170/2025/NĐ-CP Điều 53 khoản 2 điểm a (10 ngày làm việc); default 10
 * @param removalDecisionWorkingDays the competent level decides within this many working days of
 *     the proposal — Điều 53 khoản 2 điểm b (10 ngày làm việc, up to 15 for objective reasons);
 *     default 10
 * @param dismissalDays a công chức rated KHTNV is dismissed within this many days of the result —
 *     NĐ 170/2025/NĐ-CP Điều 57 khoản 3 (30 ngày); default 30
 * @param oldRuleDays the deadline of the old rule for two consecutive years KHTNV (Luật Cán bộ,
 *     công chức 2008 sửa đổi 2019, Điều 29 khoản 3 and Điều 58 khoản 3): the law gives none;
 *     default 30 days from the second year's decision, configurable
 * @param lookbackYears ratings of evaluation years from (this year − lookback) are considered;
 *     default 2
 * @param ratingsDueMonth month of the day the year's ratings are due — NĐ 90/2020/NĐ-CP (trước ngày
 *     15 tháng 12), REGULATIONS.md §2.2; default 12
 * @param ratingsDueDay day of that month; default 15
 * @param ratingsDueNoticeDays the item "ratings due" shows this many days before the day; default
 *     92
 */
@ConfigurationProperties("cbcs.evaluation.consequences")
public record ConsequenceSettings(
    Integer removalProposalWorkingDays,
    Integer removalDecisionWorkingDays,
    Integer dismissalDays,
    Integer oldRuleDays,
    Integer lookbackYears,
    Integer ratingsDueMonth,
    Integer ratingsDueDay,
    Integer ratingsDueNoticeDays) {

  public ConsequenceSettings {
    removalProposalWorkingDays = or(removalProposalWorkingDays, 10);
    removalDecisionWorkingDays = or(removalDecisionWorkingDays, 10);
    dismissalDays = or(dismissalDays, 30);
    oldRuleDays = or(oldRuleDays, 30);
    lookbackYears = or(lookbackYears, 2);
    ratingsDueMonth = or(ratingsDueMonth, 12);
    ratingsDueDay = or(ratingsDueDay, 15);
    ratingsDueNoticeDays = or(ratingsDueNoticeDays, 92);
  }

  private static Integer or(Integer value, int fallback) {
    return value == null || value < 0 ? fallback : value;
  }
}
