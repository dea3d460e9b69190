package vn.cbcs.indicators;

import java.util.HashMap;
import java.util.Map;

/**
 * A value with its counts per commune of the scope, without its members unless they had to be built
 * to count it ({@code computed}: null when counted without them — in SQL, or from facts read for
 * another indicator). The drill-down builds the members when it asks for them ({@link
 * Indicators#compute}).
 *
 * @param byCommune commune code → {numerator, denominator}; communes with no one counted are absent
 */
public record Counted(IndicatorValue value, Map<String, long[]> byCommune, Computed computed) {

  /** The counts of a value computed from its members. */
  public static Counted of(Computed computed) {
    Map<String, long[]> byCommune = new HashMap<>();
    for (Member m : computed.members()) {
      long[] c = byCommune.computeIfAbsent(m.communeCode(), k -> new long[2]);
      c[1]++;
      if (m.inNumerator()) {
        c[0]++;
      }
    }
    return new Counted(computed.value(), byCommune, computed);
  }

  /** Whether the value was counted without building its members. */
  public boolean withoutMembers() {
    return computed == null;
  }
}
