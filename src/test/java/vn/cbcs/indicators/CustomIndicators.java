package vn.cbcs.indicators;

import java.util.List;

/** Indicators about people made up by tests, never stored (version 1, code used as every name). */
public final class CustomIndicators {

  private CustomIndicators() {}

  public static Indicator custom(
      String code, String staffCategory, String group, boolean leaders, Criterion... criteria) {
    return new Indicator(
        code,
        1,
        code,
        code,
        code,
        code,
        Subject.PEOPLE,
        staffCategory,
        group,
        leaders,
        List.of(criteria),
        "test",
        false,
        "test",
        java.time.Instant.EPOCH);
  }
}
