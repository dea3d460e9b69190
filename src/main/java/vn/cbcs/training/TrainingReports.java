package vn.cbcs.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The annual training report of a unit (issue 15): NĐ 171/2025/NĐ-CP Điều 39 khoản 1 — the results
 * of training and fostering of the year, sent before 31 January of the next year (for years before
 * 2025 the same report under NĐ 101/2017 [M], whose text is not in {@code legal/}). ADR 13: {@code
 * READ_RECORDS}, the unit (404), the actor's ground over the unit (403).
 */
@Service
@Transactional(readOnly = true)
public class TrainingReports {

  static final String RULE = "Nghị định 171/2025/NĐ-CP, Điều 39 khoản 1";
  static final String RULE_BEFORE = "Nghị định 101/2017/NĐ-CP [M]";

  private final JdbcClient jdbc;
  private final Units units;
  private final Visibility visibility;

  TrainingReports(JdbcClient jdbc, Units units, Visibility visibility) {
    this.jdbc = jdbc;
    this.units = units;
    this.visibility = visibility;
  }

  public TrainingReport of(String unitCode, int year, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    if (year < 2000 || year > 2100) {
      throw new BadRequestException("year", "training.plan.year", String.valueOf(year));
    }
    Unit unit =
        units
            .nearest(unitCode, LocalDate.of(year, 12, 31))
            .orElseThrow(() -> new NotFoundException("error.unit.unknown", unitCode));
    LocalDate day = TrainingPlans.dayOf(unit, year);
    visibility.requireUnit(actor, unit, day);
    List<String> communes = new ArrayList<>();
    units.communesCovering(unit, day).forEach(u -> communes.add(u.code()));
    List<String> organisers = new ArrayList<>(communes);
    organisers.add(unit.code());
    if (communes.isEmpty()) {
      communes.add("-");
    }
    List<TrainingReport.CourseLine> courses =
        jdbc.sql(
                "SELECT "
                    + Courses.COLUMNS
                    + ", count(e.id) AS enrolled,"
                    + " count(e.id) FILTER (WHERE e.status = 'COMPLETED') AS completed,"
                    + " count(e.id) FILTER (WHERE e.status IN ('FAILED', 'WITHDRAWN')) AS off"
                    + " FROM training_course c LEFT JOIN training_enrolment e ON e.course_id = c.id"
                    + " WHERE c.unit_code IN (:units) AND EXTRACT(YEAR FROM c.ends_on) = :y"
                    + " GROUP BY c.id ORDER BY c.starts_on, c.id")
            .param("units", organisers)
            .param("y", year)
            .query(
                (rs, i) -> {
                  Course c = Courses.row(rs, i);
                  long completed = rs.getLong("completed");
                  return new TrainingReport.CourseLine(
                      c,
                      rs.getLong("enrolled"),
                      completed,
                      rs.getLong("off"),
                      completed * c.periods());
                })
            .list();
    Map<CourseKind, TrainingReport.KindLine> kinds = new EnumMap<>(CourseKind.class);
    jdbc.sql(
            "SELECT c.kind, count(DISTINCT c.id), count(DISTINCT e.person_id),"
                + " count(DISTINCT e.person_id) FILTER (WHERE e.status = 'COMPLETED'),"
                + " coalesce(sum(c.periods) FILTER (WHERE e.status = 'COMPLETED'), 0)"
                + " FROM training_enrolment e JOIN training_course c ON c.id = e.course_id"
                + " WHERE EXTRACT(YEAR FROM c.ends_on) = :y AND EXISTS (SELECT 1 FROM"
                + " positions_assignments_on(c.starts_on) a WHERE a.person_id = e.person_id"
                + " AND a.unit_code IN (:communes)) GROUP BY c.kind")
        .param("y", year)
        .param("communes", communes)
        .query(
            (rs, i) -> {
              CourseKind k = CourseKind.valueOf(rs.getString(1));
              kinds.put(
                  k,
                  new TrainingReport.KindLine(
                      k, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
              return null;
            })
        .list();
    List<TrainingReport.KindLine> kindLines = new ArrayList<>();
    for (CourseKind k : CourseKind.values()) {
      kindLines.add(kinds.getOrDefault(k, new TrainingReport.KindLine(k, 0, 0, 0, 0)));
    }
    Map<Funding, long[]> counts = new EnumMap<>(Funding.class);
    Map<Funding, BigDecimal> costs = new EnumMap<>(Funding.class);
    for (TrainingReport.CourseLine l : courses) {
      Funding f = l.course().funding();
      long[] n = counts.computeIfAbsent(f, x -> new long[2]);
      n[0]++;
      if (l.course().cost() == null) {
        n[1]++;
      } else {
        costs.merge(f, l.course().cost(), BigDecimal::add);
      }
    }
    List<TrainingReport.FundingLine> funding = new ArrayList<>();
    for (Funding f : Funding.values()) {
      long[] n = counts.getOrDefault(f, new long[2]);
      funding.add(
          new TrainingReport.FundingLine(f, n[0], costs.getOrDefault(f, BigDecimal.ZERO), n[1]));
    }
    return new TrainingReport(
        unit.code(),
        unit.fullName(),
        year,
        LocalDate.of(year + 1, 1, 31),
        year >= 2025 ? RULE : RULE_BEFORE,
        courses,
        kindLines,
        funding);
  }
}
