package vn.cbcs.training;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.positions.Position;
import vn.cbcs.standards.Compliance;

/**
 * The periods of job-position fostering per person per year: every civil servant at least 01 tuần
 * (40 tiết) a year of the programmes of NĐ 171/2025 Điều 15 khoản 4 (Điều 16 khoản 3; before
 * 1-7-2025 NĐ 101/2017 [M]); the number is the row {@code job_position_periods_per_year} (V88).
 *
 * <p>Counted: the periods of courses of kind JOB_POSITION that end in the year and were completed
 * with a certificate dated on or before the date. Under the rule: civil servants (NĐ 171 Điều 1
 * khoản 2 — công chức; posts of staff category CIVIL_SERVANT), not elected cadres. Not counted yet:
 * the teaching hours of leaders (Điều 3 khoản 4).
 */
@Component
class FosteringPeriods {

  /** The fourth quarter begins on 1 October: people with no period by then are listed apart. */
  static boolean fourthQuarter(LocalDate d) {
    return d.getMonthValue() >= Month.OCTOBER.getValue();
  }

  private final JdbcClient jdbc;
  private final TrainingRules rules;

  FosteringPeriods(JdbcClient jdbc, TrainingRules rules) {
    this.jdbc = jdbc;
    this.rules = rules;
  }

  /** Person → periods of job-position fostering completed in {@code asOf}'s year by that day. */
  Map<Long, Integer> periods(List<Long> people, LocalDate asOf) {
    Map<Long, Integer> out = new HashMap<>();
    if (people.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "SELECT e.person_id, sum(c.periods) FROM training_enrolment e"
                + " JOIN training_course c ON c.id = e.course_id"
                + " WHERE c.kind = 'JOB_POSITION' AND e.status = 'COMPLETED'"
                + " AND e.certificate_date <= :d AND c.ends_on BETWEEN :from AND :to"
                + " AND e.person_id = ANY(CAST(:ids AS bigint[])) GROUP BY e.person_id")
        .param("d", asOf)
        .param("from", LocalDate.of(asOf.getYear(), 1, 1))
        .param("to", LocalDate.of(asOf.getYear(), 12, 31))
        .param("ids", Needs.array(people))
        .query((rs, i) -> Map.entry(rs.getLong(1), rs.getInt(2)))
        .list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** A need "thiếu N tiết" for every civil servant of the list below the year's periods. */
  List<Need> needs(
      List<Compliance.PostVerdict> verdicts, Map<String, Position> posts, LocalDate asOf) {
    Reimbursement.Rule rule = rules.on(asOf).get("job_position_periods_per_year");
    if (rule == null || verdicts.isEmpty()) {
      return List.of();
    }
    int required = rule.value().intValue();
    Map<Long, Compliance.PostVerdict> byPerson = new LinkedHashMap<>();
    for (Compliance.PostVerdict v : verdicts) {
      Position p = posts.get(v.post().positionCode());
      if (p != null && "CIVIL_SERVANT".equals(p.staffCategory())) {
        byPerson.putIfAbsent(v.post().personId(), v); // one need per person, at their first post
      }
    }
    List<Compliance.PostVerdict> civilServants = new ArrayList<>(byPerson.values());
    Map<Long, Integer> done =
        periods(civilServants.stream().map(v -> v.post().personId()).toList(), asOf);
    LocalDate yearEnd = LocalDate.of(asOf.getYear(), 12, 31);
    String source = rule.legalSource() + ", " + rule.article();
    List<Need> needs = new ArrayList<>();
    for (Compliance.PostVerdict v : civilServants) {
      int periods = done.getOrDefault(v.post().personId(), 0);
      if (periods >= required) {
        continue;
      }
      needs.add(
          new Need(
              Need.Kind.JOB_POSITION_PERIODS,
              v.post().personId(),
              v.post().fullName(),
              v.post().unitCode(),
              v.post().unitName(),
              v.post().positionCode(),
              v.positionName(),
              "JOB_POSITION_PERIODS",
              Integer.toString(required),
              Integer.toString(periods),
              yearEnd,
              !yearEnd.isAfter(asOf),
              source,
              new Need.Closure(CourseKind.JOB_POSITION, null, null),
              null,
              null));
    }
    return needs;
  }
}
