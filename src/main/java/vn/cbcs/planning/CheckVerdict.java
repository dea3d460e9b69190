package vn.cbcs.planning;

import java.util.List;

/**
 * The verdict of one planning rule for one candidate (or for the plan): the rule, the outcome, the
 * message key with its numbers, and the article it comes from.
 */
public record CheckVerdict(
    String rule, Outcome outcome, String key, List<Object> args, String article) {

  /** PASS: the rule is met; WARN: to look at, not a refusal; FAIL: the rule refuses. */
  public enum Outcome {
    PASS,
    WARN,
    FAIL
  }

  public boolean refuses() {
    return outcome == Outcome.FAIL;
  }

  /** The message arguments: the numbers, then the article (as in refusals). */
  public Object[] messageArgs() {
    Object[] a = new Object[args.size() + 1];
    for (int i = 0; i < args.size(); i++) {
      a[i] = args.get(i);
    }
    a[args.size()] = article;
    return a;
  }

  static CheckVerdict of(String rule, Outcome o, String key, String article, Object... args) {
    return new CheckVerdict(rule, o, key, List.of(args), article);
  }
}
