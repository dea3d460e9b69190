package vn.cbcs.indicators.web;

import java.util.List;
import vn.cbcs.indicators.ChildValue;
import vn.cbcs.indicators.Computed;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.LockComparison;
import vn.cbcs.indicators.Member;

/** What the drill-down page of one indicator shows. */
public record DrillDown(
    Indicator indicator,
    IndicatorScope scope,
    Computed computed,
    List<ChildValue> children,
    String part,
    List<Member> members,
    int pageIndex,
    int pages,
    LockComparison lock,
    List<Indicator> versions,
    boolean mayLock) {

  static final int PAGE_SIZE = 200;

  /** Query string that keeps the scope: unit, as-of date and the date the unit is identified on. */
  public String query() {
    return query(scope);
  }

  public static String query(IndicatorScope s) {
    String q = "unit=" + s.unitCode() + "&asOf=" + s.asOf();
    return s.throughCrosswalk() ? q + "&unitOn=" + s.unitOn() : q;
  }

  /** Query for a child unit (in force on the date, so no unitOn). */
  public String childQuery(String code) {
    return "unit=" + code + "&asOf=" + scope.asOf();
  }

  public String scopeName() {
    return scope.national() ? null : scope.unit().fullName();
  }
}
