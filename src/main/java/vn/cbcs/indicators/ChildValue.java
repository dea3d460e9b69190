package vn.cbcs.indicators;

import java.math.BigDecimal;
import vn.cbcs.units.Unit;

/** An indicator's value in one child unit of the scope. */
public record ChildValue(Unit child, long numerator, long denominator) {

  public BigDecimal percent() {
    return IndicatorValue.percent(numerator, denominator);
  }

  public String percentText() {
    return IndicatorValue.format(percent());
  }
}
