package vn.cbcs.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A computed value: numerator over denominator, as a percentage rounded to two decimals. */
public record IndicatorValue(
    Indicator indicator, IndicatorScope scope, long numerator, long denominator) {

  /** The percentage (two decimals, half up); null when the denominator is zero. */
  public BigDecimal percent() {
    return percent(numerator, denominator);
  }

  /** Vietnamese notation, e.g. {@code 94,07%}; an em dash when there is no denominator. */
  public String percentText() {
    return format(percent());
  }

  public static BigDecimal percent(long numerator, long denominator) {
    if (denominator == 0) {
      return null;
    }
    return BigDecimal.valueOf(numerator * 100L)
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
  }

  public static String format(BigDecimal percent) {
    return percent == null ? "—" : percent.toPlainString().replace('.', ',') + "%";
  }
}
