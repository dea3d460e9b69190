package vn.cbcs.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The final ratings under a leader, counted from the records instead of typed in: the decided
 * evaluations of a year and system in the communes a leader answers for, the leaders themselves
 * left out. Collective ratings of units are not recorded in CBCS, so the "subordinate units" of the
 * leader conditions (NĐ 90/2020 as amended by NĐ 48/2023; QĐ 366-QĐ/TW Điều 11 điểm 4.1) are read
 * as the people rated under the leader — stated wherever the counts are shown.
 */
@Component
class SubordinateCounts {

  private final JdbcClient jdbc;

  SubordinateCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Decided levels (NOT_RATED included) per level; every level present, zero when none. */
  Map<Level, Long> levels(
      Collection<String> communes, int year, RatingSystem system, Collection<Long> except) {
    Map<Level, Long> levels = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      levels.put(l, 0L);
    }
    if (communes.isEmpty()) {
      return levels;
    }
    List<Long> ex = new ArrayList<>(except);
    ex.add(-1L);
    jdbc.sql(
            "SELECT decided_level, count(*) FROM evaluation WHERE unit_code IN (:c) AND year = :y"
                + " AND system = :s AND status = 'DECIDED' AND person_id NOT IN (:ex) GROUP BY 1")
        .param("c", List.copyOf(communes))
        .param("y", year)
        .param("s", system.name())
        .param("ex", ex)
        .query((rs, i) -> levels.put(Level.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    return levels;
  }

  /** The same as the four counts of the leader conditions (people not rated left out). */
  static ClassificationInput.Subordinates subordinates(Map<Level, Long> levels) {
    long a = levels.get(Level.HTXSNV);
    long b = levels.get(Level.HTTNV);
    long c = levels.get(Level.HTNV);
    long k = levels.get(Level.KHTNV);
    return new ClassificationInput.Subordinates((int) (a + b + c + k), (int) a, (int) b, (int) k);
  }

  /** The people rated under the leader of an evaluation: the rest of their commune. */
  ClassificationInput.Subordinates forLeader(Evaluation e) {
    return subordinates(levels(List.of(e.unitCode()), e.year(), e.system(), List.of(e.personId())));
  }
}
