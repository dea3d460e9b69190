package vn.cbcs.indicators;

import java.util.List;

/** A value together with the members behind it; the counts are the members' counts. */
public record Computed(IndicatorValue value, List<Member> members) {

  static Computed of(Indicator indicator, IndicatorScope scope, List<Member> members) {
    long numerator = members.stream().filter(Member::inNumerator).count();
    return new Computed(
        new IndicatorValue(indicator, scope, numerator, members.size()), List.copyOf(members));
  }

  public List<Member> numerator() {
    return members.stream().filter(Member::inNumerator).toList();
  }

  /** In the denominator but not in the numerator. */
  public List<Member> rest() {
    return members.stream().filter(m -> !m.inNumerator()).toList();
  }
}
