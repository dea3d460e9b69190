package vn.cbcs.training;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.FieldError;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;

/**
 * The conditions of sending a civil servant to publicly funded postgraduate study (NĐ 171/2025 Điều
 * 5; before 1-7-2025 NĐ 101/2017 as amended by NĐ 89/2021 [M]), checked when a person is enrolled
 * on a course that gives a master's or doctor's degree and is paid by the state budget or the unit
 * (Điều 6: "bằng nguồn ngân sách nhà nước hoặc nguồn kinh phí của cơ quan quản lý, đơn vị sử dụng
 * công chức"). The numbers are rows of {@code training_rule} in force on the course's first day
 * (V88):
 *
 * <ul>
 *   <li>{@code postgraduate_min_service_years}: full years of service from the recruitment date
 *       (else the joining of the agency; none recorded: refused, the condition cannot be shown);
 *   <li>{@code postgraduate_good_years}: the state ratings of the years just before the course's
 *       year, each HTTNV or HTXSNV (evaluation's read model {@code evaluation_rating_of});
 *   <li>{@code postgraduate_max_age}: age in full years on the first day, for the first
 *       postgraduate posting only (an earlier enrolment on a publicly funded postgraduate course
 *       makes this one not the first).
 * </ul>
 *
 * Each refusal names the rule and the figures; all are given at once.
 */
@Component
class PostgraduateChecks {

  /** The rank of Thạc sĩ in the professional track (V6 catalogue): from it on, postgraduate. */
  static final int MASTER_RANK = 5;

  static final Set<Funding> PUBLIC = Set.of(Funding.STATE_BUDGET, Funding.UNIT);

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final Set<String> GOOD = Set.of("HTXSNV", "HTTNV");

  private final JdbcClient jdbc;
  private final TrainingRules rules;
  private final Qualifications qualifications;

  PostgraduateChecks(JdbcClient jdbc, TrainingRules rules, Qualifications qualifications) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.qualifications = qualifications;
  }

  /** Whether the conditions apply to a course: postgraduate and publicly funded. */
  boolean applies(Course c) {
    if (c.track() != Track.PROFESSIONAL || !PUBLIC.contains(c.funding())) {
      return false;
    }
    Optional<QualificationLevel> level = qualifications.level(c.track(), c.level());
    return level.isPresent() && level.get().rank() >= MASTER_RANK;
  }

  private record Facts(LocalDate birthDate, LocalDate serviceFrom) {}

  /** Every condition the person does not meet for the course (empty: none, or not applicable). */
  List<FieldError> check(long personId, Course c) {
    List<FieldError> errors = new ArrayList<>();
    if (!applies(c)) {
      return errors;
    }
    LocalDate day = c.startsOn();
    Map<String, Reimbursement.Rule> in = rules.on(day);
    Facts facts =
        jdbc.sql("SELECT birth_date, service_from FROM training_person_facts WHERE person_id = :p")
            .param("p", personId)
            .query(
                (rs, i) ->
                    new Facts(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
            .single();
    Reimbursement.Rule service = in.get("postgraduate_min_service_years");
    if (service != null) {
      int required = service.value().intValue();
      if (facts.serviceFrom() == null) {
        errors.add(
            new FieldError("personId", "training.postgraduate.serviceUnknown", source(service)));
      } else {
        Period p = Period.between(facts.serviceFrom(), day);
        if (facts.serviceFrom().isAfter(day) || p.getYears() < required) {
          errors.add(
              new FieldError(
                  "personId",
                  "training.postgraduate.service",
                  required,
                  Math.max(0, p.getYears()),
                  Math.max(0, p.getMonths()),
                  date(facts.serviceFrom()),
                  date(day),
                  source(service)));
        }
      }
    }
    Reimbursement.Rule good = in.get("postgraduate_good_years");
    if (good != null) {
      int years = good.value().intValue();
      List<String> bad = new ArrayList<>();
      for (int y = day.getYear() - years; y < day.getYear(); y++) {
        String level =
            jdbc.sql("SELECT level FROM evaluation_rating_of(:p, :y, 'STATE')")
                .param("p", personId)
                .param("y", y)
                .query(String.class)
                .optional()
                .orElse(null);
        if (level == null || !GOOD.contains(level)) {
          bad.add(y + ": " + (level == null ? "chưa có xếp loại" : level));
        }
      }
      if (!bad.isEmpty()) {
        errors.add(
            new FieldError(
                "personId",
                "training.postgraduate.ratings",
                years,
                String.join("; ", bad),
                source(good)));
      }
    }
    Reimbursement.Rule age = in.get("postgraduate_max_age");
    if (age != null && first(personId, c)) {
      int max = age.value().intValue();
      int years = Period.between(facts.birthDate(), day).getYears();
      if (years > max) {
        errors.add(
            new FieldError(
                "personId",
                "training.postgraduate.age",
                max,
                years,
                date(facts.birthDate()),
                date(day),
                source(age)));
      }
    }
    return errors;
  }

  /** Whether this is the person's first posting to publicly funded postgraduate study. */
  private boolean first(long personId, Course c) {
    return jdbc.sql(
                "SELECT count(*) FROM training_enrolment e JOIN training_course k"
                    + " ON k.id = e.course_id"
                    + " WHERE e.person_id = :p AND k.id <> :c AND k.track = 'PROFESSIONAL'"
                    + " AND k.level_code IN (:levels) AND k.funding IN ('STATE_BUDGET', 'UNIT')"
                    + " AND k.starts_on < :d")
            .param("p", personId)
            .param("c", c.id())
            .param("levels", postgraduateLevels())
            .param("d", c.startsOn())
            .query(Long.class)
            .single()
        == 0;
  }

  private List<String> postgraduateLevels() {
    return qualifications.levels().stream()
        .filter(l -> l.track() == Track.PROFESSIONAL && l.rank() >= MASTER_RANK)
        .map(QualificationLevel::level)
        .toList();
  }

  private static String date(LocalDate d) {
    return d.format(DMY);
  }

  private static String source(Reimbursement.Rule r) {
    return r.legalSource() + ", " + r.article();
  }
}
