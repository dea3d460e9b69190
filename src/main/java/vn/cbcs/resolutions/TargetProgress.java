package vn.cbcs.resolutions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.cbcs.indicators.IndicatorValue;

/**
 * A target's standing: the value it was judged on (at the milestone, or today for a future one).
 *
 * @param children the same judgement in each child unit of the resolution's unit
 */
public record TargetProgress(
    Target target,
    String indicatorName,
    LocalDate judgedOn,
    IndicatorValue value,
    TargetStatus status,
    List<ChildProgress> children) {

  public BigDecimal margin() {
    return target.margin(value.percent());
  }

  /** One child unit's value and status. */
  public record ChildProgress(
      String unitCode,
      String unitName,
      long numerator,
      long denominator,
      BigDecimal percent,
      TargetStatus status) {}
}
