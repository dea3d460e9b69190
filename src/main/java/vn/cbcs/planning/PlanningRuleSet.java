package vn.cbcs.planning;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The planning rules in force on a date: the regime (QĐ 50 or QĐ 377) and each number with its
 * source and article (table {@code planning_rule}).
 */
public record PlanningRuleSet(String regime, String regimeName, Map<String, Rule> rules) {

  /** One number of the regime with where it comes from. */
  public record Rule(String key, BigDecimal value, String legalSource, String article) {

    /** "QĐ 377 Điều 26 khoản 2; HD 45 mục II.6.2" — what a refusal cites. */
    public String citation() {
      return article;
    }
  }

  public Rule rule(String key) {
    Rule r = rules.get(key);
    if (r == null) {
      throw new IllegalStateException("no planning rule " + key + " in regime " + regime);
    }
    return r;
  }

  public int intValue(String key) {
    return rule(key).value().intValue();
  }
}
