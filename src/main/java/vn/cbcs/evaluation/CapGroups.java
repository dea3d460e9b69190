package vn.cbcs.evaluation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The groups the HTXSNV cap is counted in. The texts count it within a unit "per group with similar
 * duties" (NĐ 90/2020/NĐ-CP as amended by NĐ 48/2023: "theo nhóm đối tượng có chức trách, nhiệm vụ
 * tương đồng"; QĐ 366-QĐ/TW Điều 11 điểm 1.4: "theo đối tượng có vị trí, vai trò, chức năng, nhiệm
 * vụ tương đồng") without naming the groups. {@code ROLE} (the default) counts a commune's leaders
 * (lãnh đạo, quản lý — the evaluation's {@code leader}) and its other cadres and civil servants
 * apart; {@code UNIT} counts the commune as one group. Setting {@code cbcs.evaluation.cap-groups};
 * the reading is the province's (confidence M, REGULATIONS.md §2.2).
 */
@Component
class CapGroups {

  /** How the cap's groups are formed. */
  enum Mode {
    ROLE,
    UNIT
  }

  private final Mode mode;

  CapGroups(@Value("${cbcs.evaluation.cap-groups:ROLE}") Mode mode) {
    this.mode = mode;
  }

  /** The group of an evaluation within its unit: its leader flag, or null for the whole unit. */
  Boolean groupOf(boolean leader) {
    return mode == Mode.ROLE ? leader : null;
  }

  /** The SQL condition on {@code evaluation.leader} for a group ({@code :leader}), or "". */
  static String condition(Boolean group) {
    return group == null ? "" : " AND leader = :leader";
  }

  /** The message key suffix naming the group in a refusal ("", ".leaders" or ".staff"). */
  static String suffix(Boolean group) {
    return group == null ? "" : group ? ".leaders" : ".staff";
  }
}
