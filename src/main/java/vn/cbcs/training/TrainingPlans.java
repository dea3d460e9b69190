package vn.cbcs.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The annual training plans (issue 15): the province's and each commune's plan for a year, its
 * courses and the needs each serves. ADR 13, fail closed: reading needs {@code READ_RECORDS} and a
 * plan whose unit shares the actor's ground on the plan's day (a commune officer reads the
 * province's plan, as its courses); writing needs {@code MANAGE_TRAINING} and the plan unit's whole
 * ground. The plan's day is 31 December of its year (the unit's last day when it ended before). Bad
 * input is refused with every reason, nothing written.
 */
@Service
@Transactional(readOnly = true)
public class TrainingPlans {

  private final JdbcClient jdbc;
  private final Units units;
  private final Visibility visibility;
  private final Courses courses;
  private final TrainingGround ground;
  private final Needs needs;
  private final Qualifications qualifications;

  TrainingPlans(
      JdbcClient jdbc,
      Units units,
      Visibility visibility,
      Courses courses,
      TrainingGround ground,
      Needs needs,
      Qualifications qualifications) {
    this.jdbc = jdbc;
    this.units = units;
    this.visibility = visibility;
    this.courses = courses;
    this.ground = ground;
    this.needs = needs;
    this.qualifications = qualifications;
  }

  /** The day a plan's unit is judged on: 31 December of the year, or the unit's last day. */
  static LocalDate dayOf(Unit unit, int year) {
    LocalDate day = LocalDate.of(year, 12, 31);
    return unit.validTo() != null && unit.validTo().isBefore(day) ? unit.validTo() : day;
  }

  /** The plans of a unit, of its subtree and of its ancestors that the actor reads, by year. */
  public List<TrainingPlan> of(String unitCode, LocalDate asOf, Integer year, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    Unit unit =
        units
            .find(unitCode, asOf)
            .orElseThrow(() -> new NotFoundException("error.unit.unknown", unitCode));
    visibility.requireUnit(actor, unit, asOf);
    Set<String> codes = new HashSet<>();
    codes.add(unit.code());
    units.ancestors(unit, asOf).forEach(u -> codes.add(u.code()));
    units.communesCovering(unit, asOf).forEach(u -> codes.add(u.code()));
    List<Long> ids =
        jdbc.sql(
                "SELECT id FROM training_plan WHERE unit_code IN (:codes)"
                    + " AND (CAST(:y AS int) IS NULL OR year = :y) ORDER BY year DESC, unit_code, id")
            .param("codes", codes)
            .param("y", year)
            .query(Long.class)
            .list();
    List<TrainingPlan> out = new ArrayList<>();
    for (long id : ids) {
      TrainingPlan p = load(id).orElseThrow();
      if (reads(actor, p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** A plan the actor reads: 403 capability, 404 none, 403 outside the ground. */
  public TrainingPlan require(long id, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    TrainingPlan p =
        load(id)
            .orElseThrow(() -> new NotFoundException("training.plan.notFound", String.valueOf(id)));
    if (!reads(actor, p)) {
      throw new ForbiddenException("training.plan.outsideScope", String.valueOf(id));
    }
    return p;
  }

  /** Whether the actor covers the plan unit's whole ground (to change the plan, to project it). */
  public boolean covers(TrainingPlan p, Actor actor) {
    Unit unit = units.nearest(p.unitCode(), LocalDate.of(p.year(), 12, 31)).orElse(null);
    return unit != null && visibility.coversUnit(actor, unit.code(), dayOf(unit, p.year()));
  }

  private boolean reads(Actor actor, TrainingPlan p) {
    if (actor.unrestricted() || covers(p, actor)) {
      return true;
    }
    Unit unit = units.nearest(p.unitCode(), LocalDate.of(p.year(), 12, 31)).orElse(null);
    if (unit == null) {
      return false;
    }
    LocalDate day = dayOf(unit, p.year());
    Set<String> mine = visibility.communesOn(actor, day);
    return units.communesCovering(unit, day).stream().map(Unit::code).anyMatch(mine::contains);
  }

  /** Records a plan of a unit the actor covers, with its courses (each checked as by addCourse). */
  @Transactional
  public TrainingPlan create(NewPlan n, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    List<FieldError> errors = new ArrayList<>();
    if (n.unitCode() == null || n.unitCode().isBlank()) {
      errors.add(new FieldError("unitCode", "training.course.required", "unitCode"));
    }
    if (n.year() == null) {
      errors.add(new FieldError("year", "training.course.required", "year"));
    } else if (n.year() < 2000 || n.year() > 2100) {
      errors.add(new FieldError("year", "training.plan.year", String.valueOf(n.year())));
    }
    if (n.title() == null || n.title().isBlank()) {
      errors.add(new FieldError("title", "training.course.required", "title"));
    } else if (!TextRules.check(errors, "title", n.title()) && n.title().length() > 300) {
      errors.add(new FieldError("title", "error.text.tooLong", 300));
    }
    if (n.decisionNumber() != null
        && !n.decisionNumber().isBlank()
        && !TextRules.check(errors, "decisionNumber", n.decisionNumber())
        && n.decisionNumber().length() > 100) {
      errors.add(new FieldError("decisionNumber", "error.text.tooLong", 100));
    }
    InvalidInputException.throwIfAny(errors);
    Unit unit = units.nearest(n.unitCode().trim(), LocalDate.of(n.year(), 12, 31)).orElse(null);
    if (unit == null
        || (unit.validFrom() != null && unit.validFrom().isAfter(LocalDate.of(n.year(), 12, 31)))
        || (unit.validTo() != null && unit.validTo().getYear() < n.year())) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "unitCode",
                  "training.plan.unitUnknown",
                  n.unitCode(),
                  String.valueOf(n.year()))));
    }
    LocalDate day = dayOf(unit, n.year());
    if (!visibility.coversUnit(actor, unit.code(), day)) {
      throw new ForbiddenException("error.unit.outsideScope", unit.fullName());
    }
    Optional<Long> existing =
        jdbc.sql("SELECT id FROM training_plan WHERE unit_code = :u AND year = :y")
            .param("u", unit.code())
            .param("y", n.year())
            .query(Long.class)
            .optional();
    if (existing.isPresent()) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "year",
                  "training.plan.exists",
                  unit.fullName(),
                  String.valueOf(n.year()),
                  String.valueOf(existing.get()))));
    }
    long id =
        jdbc.sql(
                "INSERT INTO training_plan (unit_code, year, title, decision_number, decision_date,"
                    + " recorded_by) VALUES (:u, :y, :t, :dn, :dd, :by) RETURNING id")
            .param("u", unit.code())
            .param("y", n.year())
            .param("t", n.title().trim())
            .param(
                "dn",
                n.decisionNumber() == null || n.decisionNumber().isBlank()
                    ? null
                    : n.decisionNumber().trim())
            .param("dd", n.decisionDate())
            .param("by", actor.username())
            .query(Long.class)
            .single();
    TrainingPlan plan = load(id).orElseThrow();
    List<NewPlan.PlanCourseInput> list = n.courses() == null ? List.of() : n.courses();
    List<FieldError> courseErrors = new ArrayList<>();
    List<Prepared> prepared = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      prepared.add(prepare(plan, list.get(i), "courses[" + i + "].", seen, courseErrors, actor));
    }
    // nothing half-written: the plan row goes with the transaction when a course is refused
    InvalidInputException.throwIfAny(courseErrors);
    for (Prepared p : prepared) {
      write(plan, p, actor);
    }
    return load(id).orElseThrow();
  }

  /** Puts a course in a plan with the needs it serves (the plan's unit in the actor's ground). */
  @Transactional
  public TrainingPlan addCourse(long planId, NewPlan.PlanCourseInput in, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    TrainingPlan plan = require(planId, actor);
    if (!covers(plan, actor)) {
      throw new ForbiddenException("training.plan.outsideScope", String.valueOf(planId));
    }
    List<FieldError> errors = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    plan.courses().forEach(c -> seen.add(c.course().id()));
    Prepared p = prepare(plan, in, "", seen, errors, actor);
    InvalidInputException.throwIfAny(errors);
    write(plan, p, actor);
    return load(planId).orElseThrow();
  }

  private record Prepared(Course course, List<TrainingPlan.ServedNeed> needs) {}

  private Prepared prepare(
      TrainingPlan plan,
      NewPlan.PlanCourseInput in,
      String prefix,
      Set<Long> seen,
      List<FieldError> errors,
      Actor actor) {
    if (in == null || in.courseId() == null || !in.courseId().trim().matches("[0-9]{1,18}")) {
      errors.add(
          new FieldError(
              prefix + "courseId", "training.plan.courseId", in == null ? null : in.courseId()));
      return null;
    }
    long courseId = Long.parseLong(in.courseId().trim());
    Course c = courses.find(courseId).orElse(null);
    if (c == null) {
      errors.add(
          new FieldError(
              prefix + "courseId", "training.course.notFound", String.valueOf(courseId)));
      return null;
    }
    ground.requireReads(actor, c);
    if (c.startsOn().getYear() != plan.year() && c.endsOn().getYear() != plan.year()) {
      errors.add(
          new FieldError(
              prefix + "courseId",
              "training.plan.courseYear",
              c.name(),
              String.valueOf(plan.year())));
    }
    if (!seen.add(courseId)) {
      errors.add(new FieldError(prefix + "courseId", "training.plan.courseTwice", c.name()));
    }
    List<TrainingPlan.ServedNeed> served = new ArrayList<>();
    if (in.needs() == null) {
      served.addAll(enrolledNeeds(plan, c, actor));
    } else {
      for (int i = 0; i < in.needs().size(); i++) {
        NewPlan.NeedRef r = in.needs().get(i);
        String f = prefix + "needs[" + i + "].";
        if (r == null
            || r.personId() == null
            || !r.personId().trim().matches("[0-9]{1,18}")
            || !visibility.personExists(Long.parseLong(r.personId().trim()))) {
          errors.add(
              new FieldError(
                  f + "personId", "training.plan.person", r == null ? null : r.personId()));
          continue;
        }
        if (r.kind() == null) {
          errors.add(new FieldError(f + "kind", "training.course.required", "kind"));
          continue;
        }
        long person = Long.parseLong(r.personId().trim());
        ground.requirePersonOn(actor, person, c.startsOn());
        String criterion =
            r.criterion() == null || r.criterion().isBlank() ? null : r.criterion().trim();
        if (criterion != null && !criterion.matches("[A-Z0-9_]{1,60}")) {
          errors.add(new FieldError(f + "criterion", "training.plan.criterion", criterion));
          continue;
        }
        served.add(new TrainingPlan.ServedNeed(person, r.kind(), criterion));
      }
    }
    return new Prepared(c, served);
  }

  /**
   * The needs of the people enrolled on a course (on the course's first day, in the plan's unit)
   * that the course closes: its kind, and the track at the level or higher where a level is due.
   */
  private List<TrainingPlan.ServedNeed> enrolledNeeds(TrainingPlan plan, Course c, Actor actor) {
    Set<Long> enrolled =
        new HashSet<>(
            jdbc.sql(
                    "SELECT person_id FROM training_enrolment WHERE course_id = :c"
                        + " AND status IN ('ENROLLED', 'COMPLETED')")
                .param("c", c.id())
                .query(Long.class)
                .list());
    if (enrolled.isEmpty()) {
      return List.of();
    }
    LocalDate on = c.startsOn();
    Map<String, TrainingPlan.ServedNeed> out = new LinkedHashMap<>();
    for (Need n : needs.of(plan.unitCode(), on, actor)) {
      if (enrolled.contains(n.personId()) && closes(c, n.closedBy())) {
        TrainingPlan.ServedNeed s =
            new TrainingPlan.ServedNeed(n.personId(), n.kind(), n.criterion());
        out.putIfAbsent(n.personId() + "/" + n.kind() + "/" + n.criterion(), s);
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Whether a course closes a need: the kind, and the track at or above the level required. */
  boolean closes(Course c, Need.Closure closure) {
    if (closure == null || closure.courseKind() != c.kind()) {
      return false;
    }
    if (closure.track() == null) {
      return true;
    }
    if (c.track() != closure.track()) {
      return false;
    }
    if (closure.level() == null) {
      return true;
    }
    int given = qualifications.level(c.track(), c.level()).map(QualificationLevel::rank).orElse(-1);
    int due =
        qualifications
            .level(closure.track(), closure.level())
            .map(QualificationLevel::rank)
            .orElse(Integer.MAX_VALUE);
    return given >= due;
  }

  private void write(TrainingPlan plan, Prepared p, Actor actor) {
    jdbc.sql("INSERT INTO training_plan_course (plan_id, course_id, added_by) VALUES (:p, :c, :by)")
        .param("p", plan.id())
        .param("c", p.course().id())
        .param("by", actor.username())
        .update();
    for (TrainingPlan.ServedNeed s : p.needs()) {
      jdbc.sql(
              "INSERT INTO training_plan_need (plan_id, course_id, person_id, need_kind, criterion,"
                  + " added_by) VALUES (:p, :c, :person, :k, :cr, :by) ON CONFLICT DO NOTHING")
          .param("p", plan.id())
          .param("c", p.course().id())
          .param("person", s.personId())
          .param("k", s.kind().name())
          .param("cr", s.criterion())
          .param("by", actor.username())
          .update();
    }
  }

  Optional<TrainingPlan> load(long id) {
    Optional<Object[]> row =
        jdbc.sql(
                "SELECT unit_code, year, title, decision_number, decision_date, recorded_by"
                    + " FROM training_plan WHERE id = :id")
            .param("id", id)
            .query(
                (rs, i) ->
                    new Object[] {
                      rs.getString(1),
                      rs.getInt(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getObject(5, LocalDate.class),
                      rs.getString(6)
                    })
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = row.get();
    List<Course> list =
        jdbc.sql(
                "SELECT "
                    + Courses.COLUMNS
                    + " FROM training_plan_course pc JOIN training_course c ON c.id = pc.course_id"
                    + " WHERE pc.plan_id = :id ORDER BY c.starts_on, c.id")
            .param("id", id)
            .query(Courses::row)
            .list();
    Map<Long, List<TrainingPlan.ServedNeed>> served = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT course_id, person_id, need_kind, criterion FROM training_plan_need"
                + " WHERE plan_id = :id ORDER BY id")
        .param("id", id)
        .query(
            (rs, i) -> {
              served
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new TrainingPlan.ServedNeed(
                          rs.getLong(2), Need.Kind.valueOf(rs.getString(3)), rs.getString(4)));
              return null;
            })
        .list();
    List<TrainingPlan.PlanCourse> pcs = new ArrayList<>();
    for (Course c : list) {
      pcs.add(new TrainingPlan.PlanCourse(c, List.copyOf(served.getOrDefault(c.id(), List.of()))));
    }
    return Optional.of(
        new TrainingPlan(
            id,
            (String) r[0],
            (Integer) r[1],
            (String) r[2],
            (String) r[3],
            (LocalDate) r[4],
            (String) r[5],
            pcs));
  }
}
