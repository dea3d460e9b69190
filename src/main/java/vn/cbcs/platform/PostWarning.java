package vn.cbcs.platform;

import java.io.Serializable;
import java.util.List;

/**
 * A warning about a post being given (see {@link PostChecks}): a message key with its arguments
 * (already names, years and levels) and the rule it comes from (decree, article).
 *
 * @param messageKey the message of the warning
 * @param args its arguments, in order
 * @param rule the source: decree, article
 */
public record PostWarning(String messageKey, List<String> args, String rule)
    implements Serializable {

  public PostWarning {
    args = List.copyOf(args);
  }
}
