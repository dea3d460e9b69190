package vn.cbcs.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The recruitment rules in force on a date: rows of {@code recruitment_rule}. */
public record RecruitmentRuleSet(LocalDate on, Map<String, Rule> rules) {

  /** One number with its source, article, period and confidence. */
  public record Rule(
      String key,
      BigDecimal value,
      LocalDate validFrom,
      LocalDate validTo,
      String legalSource,
      String article,
      String confidence) {}

  /** A number the rule set must have (a rule set without it is a data error). */
  public Rule required(String key) {
    Rule r = rules.get(key);
    if (r == null) {
      throw new IllegalStateException("no recruitment rule " + key + " on " + on);
    }
    return r;
  }

  public BigDecimal value(String key) {
    return required(key).value();
  }

  public int days(String key) {
    return required(key).value().intValueExact();
  }

  /** "Nghị định 170/2025/NĐ-CP Điều 6 khoản 2" */
  public String cite(String key) {
    Rule r = required(key);
    return r.legalSource() + " " + r.article();
  }
}
