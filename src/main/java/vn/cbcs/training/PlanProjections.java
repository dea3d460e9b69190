package vn.cbcs.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.indicators.Computed;
import vn.cbcs.indicators.Criterion;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.Member;
import vn.cbcs.indicators.Subject;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The projection of a training plan (issue 15, "the projected indicators if it completes"): the
 * indicators of the plan's unit whose numerator is made of qualification conditions only, computed
 * by the indicators module on {@code asOf}; then, for every member of the denominator enrolled
 * (ENROLLED) on a course of the plan that gives a qualification and ends by {@code asOf}, the
 * conditions are applied again to the levels they would hold — the higher of the level held (SQL
 * API {@code qualifications_ranks_of}) and the level the course gives. Indicators that also depend
 * on the standards of the posts ({@code MEETS_STANDARD}) or on other facts are listed as not
 * projected, never guessed. After the fact: the members in the numerator on {@code asOf} who were
 * not on the day before the certificate of a plan course they completed. Targets are read through
 * the resolutions module (the plan's unit and its ancestors, the resolutions the actor reads).
 */
@Service
@Transactional(readOnly = true)
public class PlanProjections {

  private final TrainingPlans plans;
  private final Indicators indicators;
  private final Resolutions resolutions;
  private final Qualifications qualifications;
  private final Units units;
  private final JdbcClient jdbc;

  PlanProjections(
      TrainingPlans plans,
      Indicators indicators,
      Resolutions resolutions,
      Qualifications qualifications,
      Units units,
      JdbcClient jdbc) {
    this.plans = plans;
    this.indicators = indicators;
    this.resolutions = resolutions;
    this.qualifications = qualifications;
    this.units = units;
    this.jdbc = jdbc;
  }

  /** The default date: the last day of the plan's courses that give a qualification. */
  static LocalDate defaultAsOf(TrainingPlan p) {
    return p.courses().stream()
        .map(TrainingPlan.PlanCourse::course)
        .filter(c -> c.track() != null)
        .map(Course::endsOn)
        .max(LocalDate::compareTo)
        .orElse(LocalDate.of(p.year(), 12, 31));
  }

  /** 403 capability, 404 no plan, 403 a plan whose unit the actor does not wholly cover. */
  public PlanProjection of(long planId, LocalDate asOf, Actor actor) {
    TrainingPlan plan = plans.require(planId, actor);
    if (!plans.covers(plan, actor)) {
      throw new ForbiddenException("training.plan.outsideScope", String.valueOf(planId));
    }
    LocalDate on = asOf == null ? defaultAsOf(plan) : asOf;
    Set<Track> tracks = new HashSet<>();
    List<Long> courseIds = new ArrayList<>();
    for (TrainingPlan.PlanCourse pc : plan.courses()) {
      if (pc.course().track() != null) {
        tracks.add(pc.course().track());
        courseIds.add(pc.course().id());
      }
    }
    List<Indicator> projected = new ArrayList<>();
    List<PlanProjection.NotProjected> skipped = new ArrayList<>();
    for (Indicator i : indicators.all(actor)) {
      if (i.subject() != Subject.PEOPLE) {
        continue;
      }
      boolean touched =
          i.criteria().stream()
              .anyMatch(
                  c ->
                      (c.kind() == Criterion.Kind.QUALIFICATION && tracks.contains(c.track()))
                          || (c.kind() == Criterion.Kind.MEETS_STANDARD && !tracks.isEmpty()));
      if (!touched) {
        continue;
      }
      boolean onlyQualifications =
          i.criteria().stream().allMatch(c -> c.kind() == Criterion.Kind.QUALIFICATION);
      if (onlyQualifications) {
        projected.add(i);
      } else {
        boolean standard =
            i.criteria().stream().anyMatch(c -> c.kind() == Criterion.Kind.MEETS_STANDARD);
        skipped.add(
            new PlanProjection.NotProjected(
                i.code(),
                i.nameVi(),
                i.nameEn(),
                standard
                    ? "training.projection.notProjected.standard"
                    : "training.projection.notProjected.mixed"));
      }
    }
    if (projected.isEmpty()) {
      return new PlanProjection(plan, on, List.of(), skipped);
    }
    IndicatorScope scope = indicators.scope(plan.unitCode(), on, null, actor);
    Map<String, Computed> values = indicators.compute(projected, scope, actor);
    Map<Long, Map<Track, Integer>> gives = enrolled(courseIds, on);
    Map<Long, List<Object[]>> completed = completed(courseIds, on);
    Map<String, Object[]> targets = targets(plan, on, actor);
    List<PlanProjection.Line> lines = new ArrayList<>();
    for (Indicator i : projected) {
      Computed v = values.get(i.code());
      List<Long> added = new ArrayList<>();
      List<Long> removed = new ArrayList<>();
      List<Long> byCompleted = new ArrayList<>();
      for (Member m : v.members()) {
        long person = Long.parseLong(m.id());
        Map<Track, Integer> course = gives.get(person);
        if (course != null) {
          Map<Track, Integer> ranks = ranksOf(person, on);
          course.forEach((t, r) -> ranks.merge(t, r, Math::max));
          boolean in = holds(i, ranks);
          if (in && !m.inNumerator()) {
            added.add(person);
          } else if (!in && m.inNumerator()) {
            removed.add(person);
          }
        }
        List<Object[]> done = completed.get(person);
        if (done != null && m.inNumerator()) {
          for (Object[] d : done) {
            Track t = (Track) d[0];
            LocalDate certificate = (LocalDate) d[1];
            boolean criterionOnTrack =
                i.criteria().stream()
                    .anyMatch(c -> c.kind() == Criterion.Kind.QUALIFICATION && c.track() == t);
            if (criterionOnTrack && !holds(i, ranksOf(person, certificate.minusDays(1)))) {
              byCompleted.add(person);
              break;
            }
          }
        }
      }
      long num = v.value().numerator() + added.size() - removed.size();
      long den = v.value().denominator();
      Object[] t = targets.get(i.code());
      PlanProjection.TargetRef ref = null;
      if (t != null) {
        Resolution r = (Resolution) t[0];
        Target target = (Target) t[1];
        ref =
            new PlanProjection.TargetRef(
                r.citation(),
                target.milestone(),
                target.target(),
                target.direction().name(),
                target.sourced(),
                target.sourced() ? target.metBy(v.value().percent()) : null,
                target.sourced() ? target.metBy(IndicatorValue.percent(num, den)) : null);
      }
      lines.add(
          new PlanProjection.Line(
              i.code(),
              i.nameVi(),
              i.nameEn(),
              v.value().numerator(),
              den,
              v.value().percent(),
              num,
              IndicatorValue.percent(num, den),
              added,
              removed,
              byCompleted,
              ref));
    }
    return new PlanProjection(plan, on, lines, skipped);
  }

  /** Every QUALIFICATION condition holds with these ranks (the indicator has no other kind). */
  private boolean holds(Indicator i, Map<Track, Integer> ranks) {
    for (Criterion c : i.criteria()) {
      int rank = ranks.getOrDefault(c.track(), -1);
      if (c.min() != null && rank < rank(c.track(), c.min())) {
        return false;
      }
      if (c.max() != null && rank > rank(c.track(), c.max())) {
        return false;
      }
    }
    return true;
  }

  private int rank(Track track, String level) {
    return qualifications
        .level(track, level)
        .map(QualificationLevel::rank)
        .orElseThrow(() -> new IllegalStateException("unknown level " + track + " " + level));
  }

  /** The highest rank of each track a person holds on a date (qualifications' SQL API). */
  private Map<Track, Integer> ranksOf(long person, LocalDate on) {
    Map<Track, Integer> ranks = new HashMap<>();
    jdbc.sql("SELECT track, rank FROM qualifications_ranks_of(:p, :d)")
        .param("p", person)
        .param("d", on)
        .query(
            (rs, i) -> {
              ranks.put(Track.valueOf(rs.getString(1)), rs.getInt(2));
              return null;
            })
        .list();
    return ranks;
  }

  /** Per person enrolled (not yet completed), the rank each track's course ending by then gives. */
  private Map<Long, Map<Track, Integer>> enrolled(List<Long> courseIds, LocalDate on) {
    Map<Long, Map<Track, Integer>> out = new HashMap<>();
    if (courseIds.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "SELECT e.person_id, c.track, c.level_code FROM training_enrolment e JOIN"
                + " training_course c ON c.id = e.course_id WHERE e.course_id IN (:c)"
                + " AND e.status = 'ENROLLED' AND c.ends_on <= :d")
        .param("c", courseIds)
        .param("d", on)
        .query(
            (rs, i) -> {
              Track t = Track.valueOf(rs.getString(2));
              out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                  .merge(t, rank(t, rs.getString(3)), Math::max);
              return null;
            })
        .list();
    return out;
  }

  /** Per person, the (track, certificate date) of the plan's courses completed by then. */
  private Map<Long, List<Object[]>> completed(List<Long> courseIds, LocalDate on) {
    Map<Long, List<Object[]>> out = new HashMap<>();
    if (courseIds.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "SELECT e.person_id, c.track, e.certificate_date FROM training_enrolment e JOIN"
                + " training_course c ON c.id = e.course_id WHERE e.course_id IN (:c)"
                + " AND e.status = 'COMPLETED' AND e.qualification_id IS NOT NULL"
                + " AND e.certificate_date <= :d")
        .param("c", courseIds)
        .param("d", on)
        .query(
            (rs, i) -> {
              out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new Object[] {
                        Track.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)
                      });
              return null;
            })
        .list();
    return out;
  }

  /**
   * Per indicator, the target of a resolution of the plan's unit or of an ancestor: the nearest due
   * on or after the date, else the latest before it.
   */
  private Map<String, Object[]> targets(TrainingPlan plan, LocalDate on, Actor actor) {
    Unit unit = units.nearest(plan.unitCode(), on).orElse(null);
    if (unit == null) {
      return Map.of();
    }
    List<String> path = List.of(unit.path().split("/"));
    Map<String, Object[]> chosen = new LinkedHashMap<>();
    for (Resolution r : resolutions.all(actor)) {
      if (!path.contains(r.unitCode())) {
        continue;
      }
      for (Target t : r.targets()) {
        Object[] c = chosen.get(t.indicatorCode());
        if (c == null || better(t, (Target) c[1], on)) {
          chosen.put(t.indicatorCode(), new Object[] {r, t});
        }
      }
    }
    return chosen;
  }

  private static boolean better(Target t, Target prev, LocalDate on) {
    boolean tAfter = !t.milestone().isBefore(on);
    boolean pAfter = !prev.milestone().isBefore(on);
    if (tAfter != pAfter) {
      return tAfter;
    }
    return tAfter
        ? t.milestone().isBefore(prev.milestone())
        : t.milestone().isAfter(prev.milestone());
  }
}
