package vn.cbcs.evaluation;

import java.util.List;

/**
 * The level the rules give, every reason that led there (each naming its source), and the rule that
 * decided it.
 */
public record Classification(Level level, List<Reason> reasons, RuleSet ruleSet, Reason decisive) {

  /** One reason: a message key with its arguments, and the text and article it applies. */
  public record Reason(
      String key, List<Object> args, String legalSource, String article, String confidence) {}
}
