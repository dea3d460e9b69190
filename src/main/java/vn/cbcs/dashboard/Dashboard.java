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
    List<IndicatorValue> bench,
    List<ResolutionProgress> resolutions,
    boolean mayLock,
    boolean locked,
    List<IndicatorValue> transition) {

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

  /**
   * JSON for the bar chart of the first card per child unit, in the page's language; children
   * without anyone counted (no data on the date) are left out rather than drawn as empty bars, and
   * their number is given ({@code missing}) so that the page can say so.
   */
  public String childChartJson(String lang) {
    if (cards.isEmpty()) {
      return "{}";
    }
    Card first = cards.get(0);
    StringBuilder labels = new StringBuilder();
    StringBuilder values = new StringBuilder();
    Map<String, ChildValue> row = byChild.get(first.value().indicator().code());
    for (Unit u : children) {
      ChildValue v = row == null ? null : row.get(u.code());
      if (v == null || v.percent() == null) {
        continue;
      }
      if (labels.length() > 0) {
        labels.append(',');
        values.append(',');
      }
      labels.append(Json.string(u.name()));
      values.append(v.percent().toPlainString());
    }
    return "{\"label\":"
        + Json.string(first.value().indicator().name(lang))
        + ",\"labels\":["
        + labels
        + "],\"values\":["
        + values
        + "]}";
  }

  /** How many child units have nobody counted by the first card on the date. */
  public long childrenWithoutData() {
    if (cards.isEmpty()) {
      return 0;
    }
    Map<String, ChildValue> row = byChild.get(cards.get(0).value().indicator().code());
    return children.stream()
        .filter(
            u -> {
              ChildValue v = row == null ? null : row.get(u.code());
              return v == null || v.percent() == null;
            })
        .count();
  }

  /**
   * JSON for the age chart: each band's name in the page's language with its head count and share
   * (the chart's labels carry the numbers, so they are readable without hovering).
   */
  public String ageChartJson(String lang) {
    StringBuilder labels = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (IndicatorValue v : ageBands) {
      if (labels.length() > 0) {
        labels.append(',');
        values.append(',');
      }
      labels.append(
          Json.string(
              v.indicator().name(lang) + ": " + v.numerator() + " (" + v.percentText() + ")"));
      values.append(v.numerator());
    }
    return "{\"labels\":[" + labels + "],\"values\":[" + values + "]}";
  }
}
