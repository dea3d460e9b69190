package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of one regime in force for an evaluation year: its numbers and its disqualifiers, each
 * with its legal source, article and confidence (rows of {@code evaluation_rule} and {@code
 * evaluation_disqualifier}).
 */
public record RuleSet(
    String regime,
    RatingSystem system,
    String name,
    String nameEn,
    int yearFrom,
    Integer yearTo,
    String legalSource,
    String confidence,
    int year,
    Map<String, Rule> rules,
    Map<Disqualifier, DisqualifierRule> disqualifiers) {

  /** One number of the regime. */
  public record Rule(
      String key, BigDecimal value, String legalSource, String article, String confidence) {}

  /** One disqualifier of the regime. */
  public record DisqualifierRule(
      Disqualifier code,
      boolean leadersOnly,
      String legalSource,
      String article,
      String confidence) {}

  /**
   * A regime whose ratings are recorded from their decisions only (no criteria known: nothing is
   * classified or checked, no workflow opened), e.g. 2016–2019 (V79).
   */
  public boolean recordOnly() {
    return rules.containsKey("record_only");
  }

  public Optional<Rule> rule(String key) {
    return Optional.ofNullable(rules.get(key));
  }

  /** A number the regime must have (a rule set without it is a data error). */
  public Rule required(String key) {
    Rule r = rules.get(key);
    if (r == null) {
      throw new IllegalStateException("regime " + regime + " has no rule " + key + " in " + year);
    }
    return r;
  }
}
