package vn.cbcs.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.Track;
import vn.cbcs.standards.Compliance;
import vn.cbcs.standards.ComplianceEngine;

/**
 * The training needs of a unit's subtree on a date, derived (never stored), each with why and what
 * would close it:
 *
 * <ul>
 *   <li>every unmet criterion of the standard of a post held — the verdicts of the standards module
 *       ({@link Compliance#inUnit}), with their deadlines and sources;
 *   <li>civil servants in a leadership post appointed on or after 30-6-2025 without a completed
 *       LEADERSHIP course: the programme is due within 12 months of the appointment (NĐ 171/2025
 *       Điều 16 khoản 2, row {@code leadership_programme_months}); appointed before 30-6-2025 or
 *       holding the certificate of NĐ 89/2021 (a completed LEADERSHIP course of before) — exempt
 *       (Điều 41 khoản 4). Overdue ones stay listed until closed.
 * </ul>
 *
 * <ul>
 *   <li>đối tượng 2 of approved succession plans without the post's political-theory level ({@link
 *       SuccessionNeeds}, through planning's {@code planning_candidates_on});
 *   <li>civil servants with fewer than the year's 40 periods of job-position fostering ({@link
 *       FosteringPeriods}, NĐ 171/2025 Điều 16 khoản 3);
 *   <li>needs added by hand by an officer ({@link ManualNeeds}), open on the date.
 * </ul>
 *
 * The people are those holding a post in the unit's subtree on the date.
 */
@Service
@Transactional(readOnly = true)
public class Needs {

  /** NĐ 171/2025 Điều 41 khoản 4: appointed before this day, exempt from the programme. */
  static final LocalDate LEADERSHIP_EXEMPT_BEFORE = LocalDate.of(2025, 6, 30);

  private final Compliance compliance;
  private final PositionCatalogue positions;
  private final TrainingRules rules;
  private final JdbcClient jdbc;
  private final SuccessionNeeds succession;
  private final FosteringPeriods fostering;
  private final ManualNeeds manual;

  Needs(
      Compliance compliance,
      PositionCatalogue positions,
      TrainingRules rules,
      JdbcClient jdbc,
      SuccessionNeeds succession,
      FosteringPeriods fostering,
      ManualNeeds manual) {
    this.compliance = compliance;
    this.positions = positions;
    this.rules = rules;
    this.jdbc = jdbc;
    this.succession = succession;
    this.fostering = fostering;
    this.manual = manual;
  }

  /**
   * Which needs to list: all (both null/false), one kind, or only the people with no period of
   * job-position fostering this year ({@code noPeriods}; from 1 October, the fourth quarter, they
   * are the ones to send now).
   */
  public record Filter(Need.Kind kind, boolean noPeriods) {
    public static final Filter ALL = new Filter(null, false);

    public boolean keeps(Need n) {
      if (kind != null && n.kind() != kind) {
        return false;
      }
      return !noPeriods || (n.kind() == Need.Kind.JOB_POSITION_PERIODS && "0".equals(n.actual()));
    }
  }

  /**
   * Person ids as one PostgreSQL array literal ({@code = ANY(CAST(:ids AS bigint[]))}): a
   * province's people exceed the 32767 parameters of an expanded {@code IN} list.
   */
  static String array(java.util.Collection<Long> ids) {
    StringBuilder b = new StringBuilder("{");
    for (Long id : ids) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append(id.longValue());
    }
    return b.append('}').toString();
  }

  /** Whether a date is in the fourth quarter (people with no period yet are then listed apart). */
  public static boolean fourthQuarter(LocalDate d) {
    return FosteringPeriods.fourthQuarter(d);
  }

  /** The needs of everyone holding a post in the unit's subtree on {@code asOf}, filtered. */
  public List<Need> of(String unitCode, LocalDate asOf, Filter filter, Actor actor) {
    return of(unitCode, asOf, actor).stream().filter(filter::keeps).toList();
  }

  /** The needs of everyone holding a post in the unit's subtree on {@code asOf}. */
  public List<Need> of(String unitCode, LocalDate asOf, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    List<Compliance.PostVerdict> verdicts = compliance.inUnit(unitCode, asOf, actor);
    List<Need> needs = new ArrayList<>();
    for (Compliance.PostVerdict v : verdicts) {
      if (v.verdict().meets()) {
        continue;
      }
      for (ComplianceEngine.Failure f : v.verdict().failures()) {
        needs.add(
            new Need(
                Need.Kind.BELOW_STANDARD,
                v.post().personId(),
                v.post().fullName(),
                v.post().unitCode(),
                v.post().unitName(),
                v.post().positionCode(),
                v.positionName(),
                f.criterion(),
                f.required(),
                f.actual(),
                f.deadline(),
                f.overdueOn(asOf),
                f.deadlineSource() != null
                    ? f.deadlineSource()
                    : String.join("; ", v.verdict().sources()),
                closure(f),
                null,
                null));
      }
    }
    Map<String, Position> posts = new HashMap<>();
    positions.inForce(asOf).forEach(p -> posts.put(p.code(), p));
    Map<Long, Compliance.PostVerdict> people = new LinkedHashMap<>();
    verdicts.forEach(v -> people.putIfAbsent(v.post().personId(), v));
    needs.addAll(leaders(verdicts, asOf));
    needs.addAll(succession.of(people, posts, asOf));
    needs.addAll(fostering.needs(verdicts, posts, asOf));
    for (ManualNeeds.Open o : manual.openOn(people.keySet(), asOf)) {
      Compliance.PostVerdict v = people.get(o.personId());
      needs.add(
          new Need(
              Need.Kind.MANUAL,
              o.personId(),
              v.post().fullName(),
              v.post().unitCode(),
              v.post().unitName(),
              v.post().positionCode(),
              v.positionName(),
              "MANUAL",
              o.courseKind().name(),
              null,
              o.deadline(),
              o.deadline() != null && !o.deadline().isAfter(asOf),
              "Thêm thủ công: " + o.addedBy() + ", " + o.addedOn(),
              new Need.Closure(o.courseKind(), null, null),
              o.id(),
              o.reason()));
    }
    needs.sort(
        Comparator.comparing(Need::fullName)
            .thenComparing(Need::personId)
            .thenComparing(n -> n.kind().name())
            .thenComparing(Need::criterion));
    return needs;
  }

  private List<Need> leaders(List<Compliance.PostVerdict> verdicts, LocalDate asOf) {
    Reimbursement.Rule months = rules.on(asOf).get("leadership_programme_months");
    if (months == null) {
      return List.of();
    }
    Map<String, Position> posts = new HashMap<>();
    positions.inForce(asOf).forEach(p -> posts.put(p.code(), p));
    List<Compliance.PostVerdict> leaders = new ArrayList<>();
    for (Compliance.PostVerdict v : verdicts) {
      Position p = posts.get(v.post().positionCode());
      if (p != null
          && p.leadership()
          && "CIVIL_SERVANT".equals(p.staffCategory())
          && !v.post().postFrom().isBefore(LEADERSHIP_EXEMPT_BEFORE)) {
        leaders.add(v);
      }
    }
    if (leaders.isEmpty()) {
      return List.of();
    }
    Set<Long> done =
        new HashSet<>(
            jdbc.sql(
                    "SELECT DISTINCT e.person_id FROM training_enrolment e"
                        + " JOIN training_course c ON c.id = e.course_id"
                        + " WHERE c.kind = 'LEADERSHIP' AND e.status = 'COMPLETED'"
                        + " AND e.certificate_date <= :d AND e.person_id = ANY(CAST(:ids AS bigint[]))")
                .param("d", asOf)
                .param(
                    "ids",
                    array(leaders.stream().map(v -> v.post().personId()).distinct().toList()))
                .query(Long.class)
                .list());
    String rule = months.legalSource() + ", " + months.article();
    List<Need> needs = new ArrayList<>();
    for (Compliance.PostVerdict v : leaders) {
      if (done.contains(v.post().personId())) {
        continue;
      }
      LocalDate deadline = v.post().postFrom().plusMonths(months.value().intValue());
      needs.add(
          new Need(
              Need.Kind.LEADERSHIP_PROGRAMME,
              v.post().personId(),
              v.post().fullName(),
              v.post().unitCode(),
              v.post().unitName(),
              v.post().positionCode(),
              v.positionName(),
              "LEADERSHIP_PROGRAMME",
              CourseKind.LEADERSHIP.name(),
              null,
              deadline,
              !deadline.isAfter(asOf),
              rule,
              new Need.Closure(CourseKind.LEADERSHIP, null, null),
              null,
              null));
    }
    return needs;
  }

  private static Need.Closure closure(ComplianceEngine.Failure f) {
    return switch (f.criterion()) {
      case "POLITICAL_THEORY_MIN" ->
          new Need.Closure(CourseKind.POLITICAL_THEORY, Track.POLITICAL_THEORY, f.required());
      case "STATE_MANAGEMENT_MIN" ->
          new Need.Closure(CourseKind.STATE_MANAGEMENT, Track.STATE_MANAGEMENT, f.required());
      case "PROFESSIONAL_MIN" ->
          new Need.Closure(CourseKind.PROFESSIONAL, Track.PROFESSIONAL, f.required());
      case "FIELD_OF_STUDY" -> new Need.Closure(CourseKind.PROFESSIONAL, Track.PROFESSIONAL, null);
      default -> null; // not closed by a course (e.g. age)
    };
  }
}
