package vn.cbcs.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.evaluation.Tracking;
import vn.cbcs.platform.Actor;

/**
 * Continuous tracking for the demo (issue 13; NĐ 335/2025: the task results of each quarter add up
 * to the annual rating): in about one commune in eight, every person in post at the end of a
 * quarter of 2026 gets that quarter's converted products — assigned, completed, now and then a
 * major error — recorded through the evaluation module's {@link Tracking} service, for the quarters
 * that have ended by the demo's last day. Deterministic for a seed.
 */
@Component
class DemoTracking {

  static final int YEAR = 2026;

  private final JdbcClient jdbc;
  private final Tracking tracking;

  DemoTracking(JdbcClient jdbc, Tracking tracking) {
    this.jdbc = jdbc;
    this.tracking = tracking;
  }

  private record InPost(long personId, String unitCode) {}

  /** Records the quarters; returns how many periods. */
  int record(DemoSettings settings, Actor actor) {
    int written = 0;
    for (int quarter = 1; quarter <= 4; quarter++) {
      LocalDate end = LocalDate.of(YEAR, quarter * 3, 1).plusMonths(1).minusDays(1);
      if (end.isAfter(settings.end())) {
        break;
      }
      for (InPost p : inPost(end)) {
        if (Math.floorMod(p.unitCode().hashCode() + settings.seed(), 8) != 0) {
          continue;
        }
        double r = DemoRatings.unit(settings.seed(), YEAR, p.personId(), 20 + quarter);
        int assigned = 8 + (int) (r * 13);
        int missed = r < 0.1 ? 3 : r < 0.35 ? 1 : 0;
        int errors = r < 0.03 ? 1 : 0;
        tracking.record(
            p.personId(),
            YEAR,
            new Tracking.Entry(
                "QUARTER",
                quarter,
                String.valueOf(assigned),
                String.valueOf(assigned - missed),
                errors,
                null),
            actor);
        written++;
      }
    }
    return written;
  }

  private List<InPost> inPost(LocalDate day) {
    return jdbc.sql(
            "SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_code"
                + " FROM positions_assignments_on(:d) a"
                + " JOIN person p ON p.id = a.person_id AND p.synthetic"
                + " ORDER BY a.person_id, a.concurrent, a.valid_from DESC")
        .param("d", day)
        .query((rs, i) -> new InPost(rs.getLong(1), rs.getString(2)))
        .list();
  }
}
