package vn.cbcs.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.PostChecks;
import vn.cbcs.platform.PostWarning;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.platform.WorkItems;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * A change of job position checked against the previous year's rating (NĐ 170/2025/NĐ-CP Điều 23
 * khoản 2 điểm b: a công chức moved to another professional or support job position must have been
 * rated "hoàn thành tốt nhiệm vụ" or better in the working year before the change). In the communes
 * the actor keeps ({@code PROPOSE_RATINGS}), every job-position post begun in the last {@value
 * #WINDOW_DAYS} days by someone who held another job position the day before, whose state rating of
 * the year before is lower or not decided, is a work item for the personnel office: the change
 * needs its conditions checked (a warning, not a refusal — the record of the post stands).
 */
@Component
@Transactional(readOnly = true)
class JobPositionChanges implements WorkItems, PostChecks {

  /** How long a change stays on the list (a display window, not a legal period). */
  static final int WINDOW_DAYS = 180;

  static final String RULE = "Nghị định 170/2025/NĐ-CP, Điều 23 khoản 2 điểm b";
  private static final String JOB_POSITION = "JOB_POSITION";

  private final JdbcClient jdbc;
  private final Units units;
  private final PositionCatalogue positions;

  JobPositionChanges(JdbcClient jdbc, Units units, PositionCatalogue positions) {
    this.jdbc = jdbc;
    this.units = units;
    this.positions = positions;
  }

  private record Change(
      long personId,
      String fullName,
      String unitCode,
      String position,
      String before,
      LocalDate from,
      String level) {}

  @Override
  public List<WorkItem> dueFor(Actor actor, LocalDate asOf) {
    if (!actor.can(Capability.READ_RECORDS) || !actor.can(Capability.PROPOSE_RATINGS)) {
      return List.of();
    }
    Map<String, Unit> communes = new LinkedHashMap<>();
    for (String scope : actor.access().scopes()) {
      Optional<Unit> unit = units.find(scope, asOf).or(() -> units.nearest(scope, asOf));
      unit.ifPresent(u -> units.communesCovering(u, asOf).forEach(c -> communes.put(c.code(), c)));
    }
    if (communes.isEmpty()) {
      return List.of();
    }
    List<WorkItem> items = new ArrayList<>();
    for (Change c : changes(communes.keySet(), asOf)) {
      if (!jobPosition(c.position()) || !jobPosition(c.before())) {
        continue;
      }
      if ("HTXSNV".equals(c.level()) || "HTTNV".equals(c.level())) {
        continue;
      }
      String year = String.valueOf(c.from().getYear() - 1);
      items.add(
          new WorkItem(
              "evaluation",
              "evaluation.jobChange",
              c.level() == null ? "evaluation.jobChangeUnrated" : "evaluation.jobChangeLow",
              c.level() == null ? List.of(year) : List.of(year, c.level()),
              c.fullName(),
              communes.get(c.unitCode()).fullName(),
              c.from(),
              "/people/" + c.personId() + "/evaluations",
              RULE,
              WorkItem.Severity.WARNING));
    }
    return items;
  }

  @Override
  public List<PostWarning> warningsFor(
      long personId, String unitCode, String positionCode, LocalDate from, Actor actor) {
    if (!actor.can(Capability.READ_RECORDS) || !jobPosition(positionCode)) {
      return List.of();
    }
    List<String> before =
        jdbc.sql(
                "SELECT position_code FROM positions_assignments_on(CAST(:d AS date) - 1)"
                    + " WHERE person_id = :p AND position_code <> :c")
            .param("d", from)
            .param("p", personId)
            .param("c", positionCode)
            .query(String.class)
            .list();
    if (before.stream().noneMatch(this::jobPosition)) {
      return List.of();
    }
    int year = from.getYear() - 1;
    String level =
        jdbc.sql("SELECT level FROM evaluation_rating_of(:p, :y, 'STATE')")
            .param("p", personId)
            .param("y", year)
            .query(String.class)
            .optional()
            .orElse(null);
    if ("HTXSNV".equals(level) || "HTTNV".equals(level)) {
      return List.of();
    }
    return List.of(
        level == null
            ? new PostWarning("work.kind.evaluation.jobChangeUnrated", List.of("" + year), RULE)
            : new PostWarning(
                "work.kind.evaluation.jobChangeLow", List.of("" + year, level), RULE));
  }

  private boolean jobPosition(String code) {
    return positions.anyVersion(code).map(p -> JOB_POSITION.equals(p.group())).orElse(false);
  }

  private List<Change> changes(Set<String> communes, LocalDate asOf) {
    return jdbc.sql(
            "SELECT a.person_id, n.full_name, a.unit_code, a.position_code, prev.position_code,"
                + " a.valid_from, r.level FROM positions_assignments_on(:d) a"
                + " JOIN LATERAL (SELECT x.position_code FROM positions_assignments_on("
                + "a.valid_from - 1) x WHERE x.person_id = a.person_id"
                + " AND x.position_code <> a.position_code ORDER BY x.concurrent LIMIT 1) prev"
                + " ON true"
                + " LEFT JOIN LATERAL (SELECT level FROM evaluation_rating_of(a.person_id,"
                + " CAST(extract(year FROM a.valid_from) AS int) - 1, 'STATE')) r ON true"
                + " LEFT JOIN evaluation_person_names n ON n.person_id = a.person_id"
                + " WHERE a.unit_code IN (:c) AND a.valid_from > CAST(:d AS date) - :w"
                + " ORDER BY a.valid_from, a.person_id")
        .param("d", asOf)
        .param("c", List.copyOf(communes))
        .param("w", WINDOW_DAYS)
        .query(
            (rs, i) ->
                new Change(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, LocalDate.class),
                    rs.getString(7)))
        .list();
  }
}
