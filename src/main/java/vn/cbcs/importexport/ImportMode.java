package vn.cbcs.importexport;

import java.util.Locale;
import vn.cbcs.platform.BadRequestException;

/** What a commit does with rejected rows. */
public enum ImportMode {
  /** The accepted rows are written; the rejected ones are reported. */
  PARTIAL,
  /** Nothing is written if any row is rejected. */
  ALL_OR_NOTHING;

  /** {@code partial} or {@code all-or-nothing} (any case); blank: partial. */
  public static ImportMode parse(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return PARTIAL;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(parameter, "error.parameter.invalid", parameter, value);
    }
  }

  public String messageKey() {
    return "import.mode." + name();
  }
}
