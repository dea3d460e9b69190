package vn.cbcs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.Actor;
import vn.cbcs.training.Course;
import vn.cbcs.training.CourseKind;
import vn.cbcs.training.Courses;
import vn.cbcs.training.Enrolment;
import vn.cbcs.training.Enrolments;
import vn.cbcs.training.Funding;
import vn.cbcs.training.NewCourse;
import vn.cbcs.training.Result;

/**
 * Training for the demo (issue 15), through the training module's own services ({@link Courses},
 * {@link Enrolments}) with the demo's actor (ADR 15 §10):
 *
 * <ul>
 *   <li>2016 to the demo's last day: every year, in about one commune in {@value #ONE_IN}, a week
 *       (40 periods) of job-position fostering in May for about half of its civil servants,
 *       completed with a certificate — the periods of NĐ 171/2025 Điều 16 khoản 3 are then met for
 *       them and missing for the others;
 *   <li>the 2026 plan: in the same communes, a trung cấp political-theory course from September
 *       2026 to March 2027 (Trường Chính trị tỉnh) with up to {@value #LLCT_SEATS} people in post
 *       who hold less, enrolled (their expected completion is what planning reads), and a November
 *       week of job-position fostering for the others; both in the commune's training plan of the
 *       year ({@code TrainingPlans}), each serving the needs of its people that it closes.
 * </ul>
 *
 * Courses that give a qualification are only planned, never completed here, so the demo's figures
 * (built from the generated qualifications) do not move. Deterministic for a seed.
 */
@Component
class DemoTraining {

  static final int ONE_IN = 12;
  static final int LLCT_SEATS = 5;
  static final int PLAN_YEAR = 2026;
  static final String PROVIDER = "Sở Nội vụ tỉnh";

  private final JdbcClient jdbc;
  private final Courses courses;
  private final Enrolments enrolments;
  private final vn.cbcs.training.TrainingPlans plans;

  DemoTraining(
      JdbcClient jdbc,
      Courses courses,
      Enrolments enrolments,
      vn.cbcs.training.TrainingPlans plans) {
    this.jdbc = jdbc;
    this.courses = courses;
    this.enrolments = enrolments;
    this.plans = plans;
  }

  private record InPost(long personId, String unitCode, boolean llct) {}

  /** Records the courses; returns how many enrolments. */
  int record(DemoSettings settings, Actor actor) {
    int written = 0;
    for (int year = settings.start().getYear(); year <= settings.end().getYear(); year++) {
      LocalDate starts = LocalDate.of(year, 5, 11);
      LocalDate ends = starts.plusDays(4);
      LocalDate certified = ends.plusDays(3);
      if (certified.isAfter(settings.end())) {
        break;
      }
      Map<String, List<InPost>> communes = chosen(settings, starts);
      for (Map.Entry<String, List<InPost>> commune : communes.entrySet()) {
        Course c =
            courses.create(
                course(
                    CourseKind.JOB_POSITION,
                    "Bồi dưỡng theo yêu cầu vị trí việc làm năm " + year,
                    PROVIDER,
                    commune.getKey(),
                    starts,
                    ends,
                    40),
                actor);
        int n = 0;
        for (InPost p : commune.getValue()) {
          if (DemoRatings.unit(settings.seed(), year, p.personId(), 40) >= 0.5) {
            continue;
          }
          Enrolment e = enrolments.enrol(c.id(), String.valueOf(p.personId()), actor);
          enrolments.result(
              e.id(),
              new Result(
                  Enrolment.Status.COMPLETED,
                  "Đạt",
                  "BD-" + year + "-" + c.id() + "-" + (++n),
                  certified),
              actor);
          written++;
        }
      }
    }
    if (settings.end().getYear() >= PLAN_YEAR) {
      written += plan(settings, actor);
    }
    return written;
  }

  /** The 2026 plan: trung cấp LLCT from September, job-position fostering in November. */
  private int plan(DemoSettings settings, Actor actor) {
    int written = 0;
    LocalDate llctStarts = LocalDate.of(PLAN_YEAR, 9, 7);
    LocalDate jobStarts = LocalDate.of(PLAN_YEAR, 11, 16);
    for (Map.Entry<String, List<InPost>> commune : chosen(settings, llctStarts).entrySet()) {
      List<InPost> without = commune.getValue().stream().filter(p -> !p.llct()).toList();
      List<vn.cbcs.training.NewPlan.PlanCourseInput> inPlan = new java.util.ArrayList<>();
      if (!without.isEmpty()) {
        NewCourse llct =
            new NewCourse(
                CourseKind.POLITICAL_THEORY,
                "Trung cấp lý luận chính trị - hành chính khóa "
                    + PLAN_YEAR
                    + "-"
                    + (PLAN_YEAR + 1),
                vn.cbcs.qualifications.Track.POLITICAL_THEORY,
                "TRUNG_CAP",
                "Trường Chính trị tỉnh",
                commune.getKey(),
                llctStarts,
                LocalDate.of(PLAN_YEAR + 1, 3, 5),
                720,
                "Trường Chính trị tỉnh",
                "18000000",
                Funding.STATE_BUDGET);
        Course c = courses.create(llct, actor);
        for (InPost p : without.subList(0, Math.min(LLCT_SEATS, without.size()))) {
          enrolments.enrol(c.id(), String.valueOf(p.personId()), actor);
          written++;
        }
        // the needs it serves: those of the people enrolled that it closes (derived)
        inPlan.add(new vn.cbcs.training.NewPlan.PlanCourseInput(String.valueOf(c.id()), null));
      }
      Course job =
          courses.create(
              course(
                  CourseKind.JOB_POSITION,
                  "Bồi dưỡng kỹ năng chuyển đổi số theo vị trí việc làm năm " + PLAN_YEAR,
                  PROVIDER,
                  commune.getKey(),
                  jobStarts,
                  jobStarts.plusDays(4),
                  40),
              actor);
      for (InPost p : commune.getValue()) {
        if (DemoRatings.unit(settings.seed(), PLAN_YEAR, p.personId(), 41) < 0.5) {
          enrolments.enrol(job.id(), String.valueOf(p.personId()), actor);
          written++;
        }
      }
      inPlan.add(new vn.cbcs.training.NewPlan.PlanCourseInput(String.valueOf(job.id()), null));
      plans.create(
          new vn.cbcs.training.NewPlan(
              commune.getKey(),
              PLAN_YEAR,
              "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm " + PLAN_YEAR,
              null,
              null,
              inPlan),
          actor);
    }
    return written;
  }

  private static NewCourse course(
      CourseKind kind,
      String name,
      String provider,
      String unit,
      LocalDate starts,
      LocalDate ends,
      int periods) {
    return new NewCourse(
        kind, name, null, null, provider, unit, starts, ends, periods, null, null, Funding.UNIT);
  }

  /** The civil servants in post on a day in the chosen communes, by commune, in id order. */
  private Map<String, List<InPost>> chosen(DemoSettings settings, LocalDate day) {
    Map<String, List<InPost>> out = new TreeMap<>();
    for (InPost p : civilServants(day)) {
      // hashed, not a modulus of the code: commune codes step by 3
      if (DemoRatings.unit(settings.seed(), 0, p.unitCode().hashCode(), 42) < 1.0 / ONE_IN) {
        out.computeIfAbsent(p.unitCode(), k -> new ArrayList<>()).add(p);
      }
    }
    return out;
  }

  private List<InPost> civilServants(LocalDate day) {
    return jdbc.sql(
            "WITH llct AS (SELECT person_id FROM qualifications_highest_on(:d)"
                + "   WHERE track = 'POLITICAL_THEORY' AND rank >= 2)"
                + " SELECT * FROM (SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_code,"
                + " a.person_id IN (SELECT person_id FROM llct)"
                + " FROM positions_assignments_on(:d) a"
                + " JOIN person p ON p.id = a.person_id AND p.synthetic"
                + " WHERE EXISTS (SELECT 1 FROM position pos WHERE pos.code = a.position_code"
                + " AND pos.staff_category = 'CIVIL_SERVANT')"
                + " ORDER BY a.person_id, a.concurrent, a.valid_from DESC) x ORDER BY 1")
        .param("d", day)
        .query((rs, i) -> new InPost(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
        .list();
  }
}
