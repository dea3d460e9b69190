package vn.cbcs.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.cbcs.indicators.ChildValue;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.LockComparison;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.TargetProgress;
import vn.cbcs.units.Unit;

/** What the dashboard of a unit shows. */
public record Dashboard(
    IndicatorScope scope,
    List<Card> cards,
    List<Unit> children,
    Map<String, Map<String, ChildValue>> byChild,
    List<IndicatorValue> ageBands,
    List<IndicatorValue> ratings,
    List<ResolutionProgress> resolutions,
    boolean mayLock,
    boolean locked) {

  /** One key indicator: its value, the target that applies and the locked value if any. */
  /**
   * A key indicator. For "meets the standard", {@code inTransition} and {@code overdue} split those
   * below it by the one deadline the compliance engine gives each (REGULATIONS.md §13.1).
   */
  public record Card(
      IndicatorValue value,
      TargetProgress target,
      LockComparison lock,
      boolean quality,
      long inTransition,
      long overdue) {}

  /** A resolution governing the unit with the standing of each target. */
  public record ResolutionProgress(Resolution resolution, List<TargetProgress> targets) {}

  public String query() {
    String q = "unit=" + scope.unitCode() + "&asOf=" + scope.asOf();
    return scope.throughCrosswalk() ? q + "&unitOn=" + scope.unitOn() : q;
  }

  /** Bootstrap-friendly class for a child's cell: compared with the whole unit's value. */
  public String heat(Card card, ChildValue child) {
    if (!card.quality() || child == null || child.percent() == null) {
      return "";
    }
    BigDecimal whole = card.value().percent();
    if (whole == null) {
      return "";
    }
    BigDecimal diff = child.percent().subtract(whole);
    if (diff.signum() >= 0) {
      return "cbcs-heat-good";
    }
    return diff.compareTo(BigDecimal.valueOf(-5)) >= 0 ? "cbcs-heat-mid" : "cbcs-heat-bad";
  }

  /** JSON for the bar chart of the first card per child unit. */
  public String childChartJson() {
    if (cards.isEmpty()) {
      return "{}";
    }
    Card first = cards.get(0);
    StringBuilder labels = new StringBuilder();
    StringBuilder values = new StringBuilder();
    Map<String, ChildValue> row = byChild.get(first.value().indicator().code());
    for (Unit u : children) {
      ChildValue v = row == null ? null : row.get(u.code());
      if (labels.length() > 0) {
        labels.append(',');
        values.append(',');
      }
      labels.append(Json.string(u.name()));
      values.append(v == null || v.percent() == null ? "null" : v.percent().toPlainString());
    }
    return "{\"label\":"
        + Json.string(first.value().indicator().nameVi())
        + ",\"labels\":["
        + labels
        + "],\"values\":["
        + values
        + "]}";
  }

  /** JSON for the age-band doughnut. */
  public String ageChartJson() {
    StringBuilder labels = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (IndicatorValue v : ageBands) {
      if (labels.length() > 0) {
        labels.append(',');
        values.append(',');
      }
      labels.append(Json.string(v.indicator().nameVi()));
      values.append(v.numerator());
    }
    return "{\"labels\":[" + labels + "],\"values\":[" + values + "]}";
  }
}
