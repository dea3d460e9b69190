package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.TrainingColumns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Track;
import vn.cbcs.training.Course;
import vn.cbcs.training.CourseKind;
import vn.cbcs.training.Courses;
import vn.cbcs.training.Funding;
import vn.cbcs.training.NewCourse;
import vn.cbcs.training.NewPlan;
import vn.cbcs.training.TrainingPlan;
import vn.cbcs.training.TrainingPlans;

/**
 * A course row (issue 15): one course of training or fostering, recorded by {@link Courses#create}
 * with the importing actor — the same call as the courses page's form and {@code POST
 * /api/training/courses} (ADR 13: one implementation of the rules), so the organiser must lie in
 * the actor's ground on the first day ({@code MANAGE_TRAINING}), and every check of the course
 * applies. The qualification a pass gives is the level cell read in the track of the course's kind.
 * A plan number puts the course in that plan through {@link TrainingPlans#addCourse} (the plan's
 * unit in the actor's ground, the course in the plan's year). A course already recorded with the
 * same organiser, kind, name and dates is not recorded again (the row is unchanged, or only put in
 * the plan).
 */
final class CourseRowHandler implements RowHandler {

  private final Courses courses;
  private final TrainingPlans plans;
  private final Lookups lookups;
  private final MessageSource messages;
  private final Actor actor;
  private final Map<String, CourseKind> kinds;
  private final Map<String, Funding> fundings;

  CourseRowHandler(ImportServices s, Lookups lookups, Actor actor) {
    this.courses = s.courses;
    this.plans = s.trainingPlans;
    this.lookups = lookups;
    this.messages = s.messages;
    this.actor = actor;
    this.kinds = TrainingCells.kinds(messages);
    this.fundings = TrainingCells.fundings(messages);
  }

  @Override
  public RowResult apply(RawRow row) {
    CellParser p = new CellParser(row, COURSES);
    String unitCell = p.required(UNIT, "import.training.unitRequired");
    Long planId = TrainingCells.number(p, PLAN, null);
    CourseKind kind = TrainingCells.coded(p, KIND, kinds, "import.training.kindRequired");
    String name = p.text(NAME);
    String levelCell = p.text(LEVEL);
    LocalDate starts = p.date(STARTS);
    LocalDate ends = p.date(ENDS);
    Integer periods = periods(p);
    String cost = cost(p);
    Funding funding = TrainingCells.coded(p, FUNDING, fundings, null);
    if (kind != null && kind.track() == null && levelCell != null) {
      // job-position fostering, leadership programme: no level of a track to record
      p.error(
          LEVEL,
          "import.training.noLevel",
          messages.getMessage(
              kind.messageKey(), null, kind.name(), java.util.Locale.forLanguageTag("vi")));
    }
    if (!p.errors().isEmpty()) {
      return RowResult.rejected("", name, p.errors());
    }
    Track track = levelCell == null ? null : kind.track();
    String level =
        track == null
            ? null
            : lookups
                .level(track, levelCell)
                .map(QualificationLevel::level)
                .orElse(Lookups.codeOf(levelCell));
    String unitCode = Lookups.codeOf(unitCell);
    NewCourse n =
        new NewCourse(
            kind,
            name,
            track,
            level,
            p.text(PROVIDER),
            unitCode,
            starts,
            ends,
            periods,
            p.text(PLACE),
            cost,
            funding);
    try {
      Optional<Course> same = Optional.empty();
      if (starts != null && ends != null && name != null) {
        same =
            TrainingCells.call(
                    UNIT, messages, () -> courses.of(unitCode, starts, starts.getYear(), actor))
                .stream()
                .filter(
                    c ->
                        c.unitCode().equals(unitCode)
                            && c.kind() == kind
                            && Text.key(c.name()).equals(Text.key(name))
                            && c.startsOn().equals(starts)
                            && c.endsOn().equals(ends))
                .min(java.util.Comparator.comparingLong(Course::id)); // the first recorded
      }
      List<Change> changes = new ArrayList<>();
      RowOutcome outcome = RowOutcome.UNCHANGED;
      Course course;
      if (same.isPresent()) {
        course = same.get();
      } else {
        course = TrainingCells.call(UNIT, messages, () -> courses.create(n, actor));
        outcome = RowOutcome.NEW;
        changes.add(
            new Change(
                "Khóa học",
                null,
                "Mã khóa học "
                    + course.id()
                    + ": "
                    + course.name()
                    + " ("
                    + course.startsOn()
                    + " – "
                    + course.endsOn()
                    + ")"));
      }
      if (planId != null && putInPlan(planId, course)) {
        changes.add(new Change("Kế hoạch", null, "Kế hoạch số " + planId));
        if (outcome == RowOutcome.UNCHANGED) {
          outcome = RowOutcome.UPDATED;
        }
      }
      return new RowResult(outcome, null, "", course.name(), List.of(), changes);
    } catch (TrainingCells.Refused r) {
      return RowResult.rejected("", name, r.errors);
    }
  }

  /** Puts the course in the plan unless it is there; every refusal at the plan's column. */
  private boolean putInPlan(long planId, Course course) {
    try {
      TrainingPlan plan = TrainingCells.call(PLAN, messages, () -> plans.require(planId, actor));
      if (plan.courses().stream().anyMatch(c -> c.course().id() == course.id())) {
        return false;
      }
      TrainingCells.call(
          PLAN,
          messages,
          () ->
              plans.addCourse(
                  planId, new NewPlan.PlanCourseInput(String.valueOf(course.id()), null), actor));
      return true;
    } catch (TrainingCells.Refused r) {
      List<FieldError> atPlan = new ArrayList<>();
      r.errors.forEach(e -> atPlan.add(new FieldError(PLAN, e.key(), e.args())));
      throw new TrainingCells.Refused(atPlan);
    }
  }

  /** The number of periods as a whole number (the service checks its range). */
  private static Integer periods(CellParser p) {
    String v = p.text(PERIODS);
    if (v == null) {
      return null;
    }
    String t = v.strip().replaceAll("\\.0+$", "");
    if (!t.matches("[0-9]{1,6}")) {
      p.error(PERIODS, "import.training.whole", v);
      return null;
    }
    return Integer.valueOf(t);
  }

  /**
   * The cost in đồng as the API takes it (whole đồng as text): a number cell, or text with the
   * thousands separated by dots, commas or spaces as Vietnamese writes them ("15.000.000").
   */
  private static String cost(CellParser p) {
    String v = p.text(COST);
    if (v == null) {
      return null;
    }
    String t = v.strip();
    if (p.numeric(COST)) {
      try {
        BigDecimal b = new BigDecimal(t);
        if (b.stripTrailingZeros().scale() <= 0) {
          return b.toBigInteger().toString();
        }
      } catch (NumberFormatException e) {
        // read as typed below: the service refuses it with the value
      }
      return t;
    }
    if (t.matches("[0-9]{1,3}([.,  ][0-9]{3})+")) {
      return t.replaceAll("[.,  ]", "");
    }
    return t;
  }

  @Override
  public String column(String field) {
    int dot = field.lastIndexOf('.');
    String f = dot >= 0 ? field.substring(dot + 1) : field;
    return "track".equals(f) ? LEVEL : f;
  }
}
