package vn.cbcs.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.PostChecks;
import vn.cbcs.platform.PostWarning;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.standards.RetirementAge;

/**
 * Appointment from inside the unit to a higher leadership post, checked in the post form (the
 * {@link PostChecks} seam; warnings only — the decision is already taken, and the text leaves
 * special cases to the competent committee). A post with a planning level ({@code
 * planning_post_level}) given to someone who held a lower post (or none with a level) in the same
 * unit the day before:
 *
 * <ul>
 *   <li>PLAN: in an approved plan of the unit for the post or an equivalent one (same planning
 *       level) on the day (QĐ 377-QĐ/TW Điều 34; REGULATIONS.md §3.2 [M]: the article number of
 *       this condition is this system's reading);
 *   <li>MONTHS_IN_POST: at least {@code appointment_months_in_post} (12) months in the current post
 *       (QĐ 377 Điều 34 khoản 3; HD 45 mục III.1.1);
 *   <li>TERM: a full term ({@code appointment_term_months}, 60) before the NĐ 135/2020 retirement
 *       date, in special cases at least {@code appointment_term_months_special} (48) (QĐ 377 Điều
 *       34 khoản 5; HD 45 mục III.1.2);
 *   <li>RATINGS: the final ratings of the last {@code appointment_rating_years} (3) years are shown
 *       (HD 45 mục III.1.3).
 * </ul>
 */
@Component
@Transactional(readOnly = true)
class AppointmentChecks implements PostChecks {

  static final String ART_PLAN = "QĐ 377-QĐ/TW Điều 34 (nhân sự tại chỗ phải có trong quy hoạch)";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final JdbcClient jdbc;
  private final PlanningFacts facts;
  private final PlanningRules rules;
  private final PositionCatalogue positions;

  AppointmentChecks(
      JdbcClient jdbc, PlanningFacts facts, PlanningRules rules, PositionCatalogue positions) {
    this.jdbc = jdbc;
    this.facts = facts;
    this.rules = rules;
    this.positions = positions;
  }

  private record Before(String positionCode, LocalDate since) {}

  @Override
  public List<PostWarning> warningsFor(
      long personId, String unitCode, String positionCode, LocalDate from, Actor actor) {
    if (!actor.can(Capability.READ_RECORDS) || unitCode == null) {
      return List.of();
    }
    Map<String, PlanningFacts.Level> levels = facts.levels();
    PlanningFacts.Level level = levels.get(positionCode);
    Optional<Position> post = positions.find(positionCode, from);
    if (level == null || post.isEmpty() || !post.get().leadership()) {
      return List.of();
    }
    List<Before> before =
        jdbc.sql(
                "SELECT position_code, valid_from FROM positions_assignments_on(CAST(:d AS date) - 1)"
                    + " WHERE person_id = :p AND unit_code = :u ORDER BY concurrent, valid_from")
            .param("d", from)
            .param("p", personId)
            .param("u", unitCode)
            .query((rs, n) -> new Before(rs.getString(1), rs.getObject(2, LocalDate.class)))
            .list();
    if (before.isEmpty()) {
      return List.of(); // not from inside the unit: other rules (outside this seam)
    }
    // the current post: the highest one with a planning level, else the main one
    Before current = before.get(0);
    int currentLevel = Integer.MAX_VALUE;
    for (Before b : before) {
      PlanningFacts.Level l = levels.get(b.positionCode());
      if (l != null && l.level() < currentLevel) {
        currentLevel = l.level();
        current = b;
      }
    }
    if (currentLevel <= level.level()) {
      return List.of(); // not a higher post: not an appointment to a higher post
    }
    PlanningRuleSet set = rules.on(from);
    List<PostWarning> out = new ArrayList<>();
    plan(personId, unitCode, positionCode, level, from, post.get()).ifPresent(out::add);
    PlanningRuleSet.Rule inPost = set.rule("appointment_months_in_post");
    long months = ChronoUnit.MONTHS.between(current.since(), from);
    if (months < inPost.value().intValue()) {
      String held =
          positions
              .find(current.positionCode(), from.minusDays(1))
              .map(Position::nameVi)
              .orElse(current.positionCode());
      out.add(
          new PostWarning(
              "planning.appointment.monthsInPost",
              List.of(
                  held,
                  current.since().format(DAY),
                  String.valueOf(months),
                  String.valueOf(inPost.value().intValue())),
              inPost.article()));
    }
    term(personId, from, set).ifPresent(out::add);
    out.add(ratings(personId, from, set));
    return out;
  }

  private Optional<PostWarning> plan(
      long personId,
      String unitCode,
      String positionCode,
      PlanningFacts.Level level,
      LocalDate from,
      Position post) {
    List<String> equivalents =
        facts.levels().entrySet().stream()
            .filter(e -> e.getValue().level() == level.level())
            .map(Map.Entry::getKey)
            .toList();
    boolean planned =
        jdbc.sql(
                    "SELECT count(*) FROM planning_candidates_on(:d) WHERE person_id = :p"
                        + " AND unit_code = :u AND approved AND position_code IN (:posts)")
                .param("d", from)
                .param("p", personId)
                .param("u", unitCode)
                .param("posts", equivalents)
                .query(Long.class)
                .single()
            > 0;
    if (planned) {
      return Optional.empty();
    }
    return Optional.of(
        new PostWarning(
            "planning.appointment.notPlanned",
            List.of(post.nameVi(), String.valueOf(level.level()), from.format(DAY)),
            ART_PLAN));
  }

  private Optional<PostWarning> term(long personId, LocalDate from, PlanningRuleSet set) {
    var person = facts.person(personId).orElse(null);
    if (person == null || person.birthDate() == null) {
      return Optional.empty();
    }
    LocalDate retirement =
        RetirementAge.of(person.birthDate(), person.sex(), person.earlyYears()).retirementDate();
    long left = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(retirement));
    PlanningRuleSet.Rule full = set.rule("appointment_term_months");
    PlanningRuleSet.Rule special = set.rule("appointment_term_months_special");
    if (left >= full.value().intValue()) {
      return Optional.empty();
    }
    boolean specialCase = left >= special.value().intValue();
    return Optional.of(
        new PostWarning(
            specialCase ? "planning.appointment.termSpecial" : "planning.appointment.termShort",
            List.of(
                retirement.format(DAY),
                String.valueOf(left),
                String.valueOf(full.value().intValue()),
                String.valueOf(special.value().intValue())),
            full.article()));
  }

  private PostWarning ratings(long personId, LocalDate from, PlanningRuleSet set) {
    PlanningRuleSet.Rule years = set.rule("appointment_rating_years");
    int n = years.value().intValue();
    List<String> parts = new ArrayList<>();
    for (int y = from.getYear() - 1; y > from.getYear() - 1 - n; y--) {
      Map<String, String> r = facts.ratings(personId, y);
      String state = r.getOrDefault("STATE", "—");
      String party = r.get("PARTY");
      parts.add(y + ": " + state + (party == null ? "" : " / Đảng " + party));
    }
    return new PostWarning(
        "planning.appointment.ratings",
        List.of(String.valueOf(n), String.join("; ", parts)),
        years.article());
  }
}
