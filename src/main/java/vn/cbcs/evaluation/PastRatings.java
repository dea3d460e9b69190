package vn.cbcs.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;

/**
 * Final ratings of past years, recorded in bulk from their decisions (the paper records of earlier
 * years, the demo province): each row is a decided rating — no workflow steps — checked as a
 * decision is ({@link Evaluations#decide}): the competent person's capability, the unit's ground, a
 * rule set for the year, a level the regime has, the decision's number, date and signer, the person
 * in post in the unit on the day, one rating per person, year and system, and the HTXSNV cap of
 * each unit, year and system (NĐ 90/2020 as amended by NĐ 48/2023; NĐ 335/2025; QĐ 366-QĐ/TW). All
 * or nothing; set-based (one query per check, one insert).
 */
@Service
public class PastRatings {

  /** One past rating: who, which year and system, in which unit (identified on a day), decided. */
  public record Row(
      long personId,
      int year,
      RatingSystem system,
      String unitCode,
      LocalDate unitOn,
      boolean leader,
      Level level,
      String decisionNumber,
      LocalDate decisionDate,
      String signer) {}

  private final JdbcClient jdbc;
  private final EvaluationRules rules;
  private final Visibility visibility;
  private final ApplicationEventPublisher events;
  private final DisciplineInYear discipline;
  private final CapGroups capGroups;

  PastRatings(
      JdbcClient jdbc,
      EvaluationRules rules,
      Visibility visibility,
      ApplicationEventPublisher events,
      DisciplineInYear discipline,
      CapGroups capGroups) {
    this.capGroups = capGroups;
    this.discipline = discipline;
    this.jdbc = jdbc;
    this.rules = rules;
    this.visibility = visibility;
    this.events = events;
  }

  /** Records the rows, or nothing: 403 outside the ground, 400 with every row's reasons, 409. */
  @Transactional
  public int record(List<Row> rows, Actor actor) {
    actor.require(Capability.DECIDE_RATINGS);
    if (rows.isEmpty()) {
      return 0;
    }
    Map<String, Boolean> grounds = new HashMap<>();
    for (Row r : rows) {
      String key = r.unitCode() + "@" + r.unitOn();
      if (!grounds.computeIfAbsent(
          key, k -> visibility.coversUnit(actor, r.unitCode(), r.unitOn()))) {
        throw new ForbiddenException(
            "evaluation.person.outsideScope", String.valueOf(r.personId()));
      }
    }
    List<FieldError> errors = new ArrayList<>();
    Map<Integer, RuleSet> regimes = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      check(rows.get(i), "rows[" + i + "].", errors, regimes);
    }
    discipline.checkAll(
        errors,
        "rows",
        rows.stream().map(Row::personId).toList(),
        rows.stream().map(Row::year).toList(),
        rows.stream().map(Row::level).toList(),
        rows.stream().map(r -> regimes.get(key(r))).toList());
    InvalidInputException.throwIfAny(errors);
    notPosted(rows, errors);
    InvalidInputException.throwIfAny(errors);
    alreadyRated(rows);
    withinCaps(rows, regimes);
    insert(rows, regimes, actor);
    events.publishEvent(
        new RatingsRecorded(
            rows.size(), List.copyOf(new TreeSet<>(rows.stream().map(Row::year).toList()))));
    return rows.size();
  }

  private void check(Row r, String at, List<FieldError> errors, Map<Integer, RuleSet> regimes) {
    Optional<RuleSet> rs =
        Optional.ofNullable(regimes.get(key(r)))
            .or(() -> rules.ruleSet(r.year(), r.system()))
            .map(
                x -> {
                  regimes.put(key(r), x);
                  return x;
                });
    if (rs.isEmpty()) {
      errors.add(
          new FieldError(
              at + "year", "evaluation.year.noRules", String.valueOf(r.year()), r.system()));
    } else if (r.level() == null) {
      errors.add(new FieldError(at + "level", "evaluation.field.required"));
    } else if (r.level() == Level.NOT_RATED && rs.get().rule("min_months_worked").isEmpty()) {
      errors.add(
          new FieldError(
              at + "level", "evaluation.level.notInRegime", r.level().name(), rs.get().name()));
    }
    if (r.decisionNumber() == null || r.decisionNumber().isBlank()) {
      errors.add(new FieldError(at + "number", "evaluation.field.required"));
    } else if (!TextRules.check(errors, at + "number", r.decisionNumber())
        && r.decisionNumber().trim().length() > 60) {
      errors.add(new FieldError(at + "number", "evaluation.field.length", 60));
    }
    if (r.signer() == null || r.signer().isBlank()) {
      errors.add(new FieldError(at + "signer", "evaluation.field.required"));
    } else if (!TextRules.check(errors, at + "signer", r.signer())
        && r.signer().trim().length() > 200) {
      errors.add(new FieldError(at + "signer", "evaluation.field.length", 200));
    }
    LocalDate d = r.decisionDate();
    if (d == null) {
      errors.add(new FieldError(at + "date", "evaluation.field.required"));
    } else if (d.getYear() < r.year() || d.getYear() > r.year() + 1) {
      errors.add(
          new FieldError(
              at + "date",
              "evaluation.date.year",
              d.toString(),
              String.valueOf(r.year()),
              String.valueOf(r.year() + 1)));
    }
  }

  private static int key(Row r) {
    return r.year() * 10 + r.system().ordinal();
  }

  /** Rows whose person held no post in the unit on the day: by day, one query each. */
  private void notPosted(List<Row> rows, List<FieldError> errors) {
    Map<LocalDate, List<Integer>> byDay = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byDay.computeIfAbsent(rows.get(i).unitOn(), d -> new ArrayList<>()).add(i);
    }
    byDay.forEach(
        (day, idx) ->
            jdbc.sql(
                    "SELECT r.i FROM unnest(CAST(:i AS int[]), CAST(:p AS bigint[]),"
                        + " CAST(:u AS varchar[])) AS r(i, p, u) WHERE NOT EXISTS (SELECT 1"
                        + " FROM positions_assignments_on(:d) a WHERE a.person_id = r.p"
                        + " AND a.unit_code = r.u)")
                .param("i", idx.toArray(Integer[]::new))
                .param("p", idx.stream().map(i -> rows.get(i).personId()).toArray(Long[]::new))
                .param("u", idx.stream().map(i -> rows.get(i).unitCode()).toArray(String[]::new))
                .param("d", day)
                .query(Integer.class)
                .list()
                .forEach(
                    i ->
                        errors.add(
                            new FieldError(
                                "rows[" + i + "].unitCode",
                                "evaluation.past.notInPost",
                                rows.get(i).personId(),
                                rows.get(i).unitCode(),
                                day.toString()))));
  }

  private void alreadyRated(List<Row> rows) {
    jdbc.sql(
            "SELECT e.person_id, e.year, e.system FROM evaluation e JOIN unnest("
                + "CAST(:p AS bigint[]), CAST(:y AS int[]), CAST(:s AS varchar[])) AS r(p, y, s)"
                + " ON e.person_id = r.p AND e.year = r.y AND e.system = r.s LIMIT 1")
        .param("p", rows.stream().map(Row::personId).toArray(Long[]::new))
        .param("y", rows.stream().map(Row::year).toArray(Integer[]::new))
        .param("s", rows.stream().map(r -> r.system().name()).toArray(String[]::new))
        .query(
            (rs, n) -> {
              throw new ConflictException(
                  "evaluation.exists",
                  String.valueOf(rs.getLong(1)),
                  String.valueOf(rs.getInt(2)),
                  rs.getString(3));
            })
        .list();
  }

  /** The cap of each unit, year, system and group ({@link CapGroups}), with what is decided. */
  private void withinCaps(List<Row> rows, Map<Integer, RuleSet> regimes) {
    record Group(String unit, int year, RatingSystem system, Boolean leaders) {}
    Map<Group, Map<Level, Long>> groups = new LinkedHashMap<>();
    for (Row r : rows) {
      groups
          .computeIfAbsent(
              new Group(r.unitCode(), r.year(), r.system(), capGroups.groupOf(r.leader())),
              g -> zero())
          .merge(r.level(), 1L, Long::sum);
    }
    groups.forEach(
        (g, levels) -> {
          if (levels.get(Level.HTXSNV) == 0) {
            return;
          }
          jdbc.sql(
                  "SELECT decided_level, count(*) FROM evaluation WHERE unit_code = :u"
                      + " AND year = :y AND system = :s AND status = 'DECIDED'"
                      + CapGroups.condition(g.leaders())
                      + " GROUP BY 1")
              .param("u", g.unit())
              .param("y", g.year())
              .param("s", g.system().name())
              .params(g.leaders() == null ? Map.of() : Map.of("leader", g.leaders()))
              .query(
                  (rs, n) -> levels.merge(Level.valueOf(rs.getString(1)), rs.getLong(2), Long::sum))
              .list();
          RuleSet r = regimes.get(g.year() * 10 + g.system().ordinal());
          Evaluations.Cap cap =
              Evaluations.cap(r, levels.get(Level.HTXSNV), levels.get(Level.HTTNV), false);
          if (cap != null && !cap.within()) {
            throw new ConflictException(
                "evaluation.past.capExceeded" + CapGroups.suffix(g.leaders()),
                g.unit(),
                String.valueOf(g.year()),
                cap.htxsnv(),
                cap.httnv(),
                EvaluationRules.plain(cap.pct()),
                cap.allowed(),
                cap.legalSource() + ", " + cap.article());
          }
        });
  }

  private static Map<Level, Long> zero() {
    Map<Level, Long> m = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      m.put(l, 0L);
    }
    return m;
  }

  private void insert(List<Row> rows, Map<Integer, RuleSet> regimes, Actor actor) {
    jdbc.sql(
            "INSERT INTO evaluation (person_id, year, system, regime_code, unit_code, unit_on,"
                + " leader, status, created_by, decided_level, decision_number, decision_date,"
                + " decision_signer, decided_by, decided_at)"
                + " SELECT p, y, s, rg, u, uo, l, 'DECIDED', :by, lv, n, d, sg, :by, now()"
                + " FROM unnest(CAST(:p AS bigint[]), CAST(:y AS int[]), CAST(:s AS varchar[]),"
                + " CAST(:rg AS varchar[]), CAST(:u AS varchar[]), CAST(:uo AS date[]),"
                + " CAST(:l AS boolean[]), CAST(:lv AS varchar[]), CAST(:n AS varchar[]),"
                + " CAST(:d AS date[]), CAST(:sg AS varchar[]))"
                + " AS r(p, y, s, rg, u, uo, l, lv, n, d, sg)")
        .param("by", actor.username())
        .param("p", rows.stream().map(Row::personId).toArray(Long[]::new))
        .param("y", rows.stream().map(Row::year).toArray(Integer[]::new))
        .param("s", rows.stream().map(r -> r.system().name()).toArray(String[]::new))
        .param("rg", rows.stream().map(r -> regimes.get(key(r)).regime()).toArray(String[]::new))
        .param("u", rows.stream().map(Row::unitCode).toArray(String[]::new))
        .param(
            "uo",
            rows.stream().map(r -> java.sql.Date.valueOf(r.unitOn())).toArray(java.sql.Date[]::new))
        .param("l", rows.stream().map(Row::leader).toArray(Boolean[]::new))
        .param("lv", rows.stream().map(r -> r.level().name()).toArray(String[]::new))
        .param("n", rows.stream().map(r -> r.decisionNumber().trim()).toArray(String[]::new))
        .param(
            "d",
            rows.stream()
                .map(r -> java.sql.Date.valueOf(r.decisionDate()))
                .toArray(java.sql.Date[]::new))
        .param("sg", rows.stream().map(r -> r.signer().trim()).toArray(String[]::new))
        .update();
  }
}
