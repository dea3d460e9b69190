package vn.cbcs.reports.quality;

import java.util.function.Predicate;

/**
 * One count column of the quality table: who it counts, and where its header sits.
 *
 * @param key stable identifier (JSON, message keys {@code report.quality.col.<key>})
 * @param group the two-level header's upper cell (message key {@code
 *     report.quality.group.<group>}); null for a column without a group
 */
public record QualityColumn(String key, String group, Predicate<QualityColumns.Person> counts) {

  public String labelKey() {
    return "report.quality.col." + key;
  }

  public String groupKey() {
    return group == null ? null : "report.quality.group." + group;
  }
}
