package vn.cbcs.recruitment;

/**
 * The priority groups of NĐ 170/2025 Điều 6 khoản 1 (points in rule rows {@code priority.<name>} of
 * {@code recruitment_rule}); only the highest counts (Điều 6 khoản 2).
 */
public enum PriorityCategory {
  /** Điều 6 khoản 1 điểm a: +7.5 */
  HERO_OR_WAR_INVALID,
  /** Điều 6 khoản 1 điểm b: +5 */
  ETHNIC_MINORITY,
  /** Điều 6 khoản 1 điểm b: +5 */
  DEMOBILISED_OFFICER,
  /** Điều 6 khoản 1 điểm b: +5 */
  CHILD_OF_MARTYR_OR_INVALID,
  /** Điều 6 khoản 1 điểm c: +2.5 */
  MILITARY_SERVICE_COMPLETED,
  /** Điều 6 khoản 1 điểm c: +2.5 */
  YOUTH_VOLUNTEER,
  /** Điều 6 khoản 1 điểm d: +1.5 */
  TRADE_UNION_OFFICER;

  public String ruleKey() {
    return "priority." + name();
  }
}
