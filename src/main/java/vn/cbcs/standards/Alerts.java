package vn.cbcs.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;

/**
 * What falls due in the coming months for the people in post in a unit subtree (REGULATIONS.md
 * §13.9): the retirement notice 6 months before (NĐ 170/2025 Art. 62, Mẫu số 2) and the retirement
 * decision 3 months before (Art. 63, Mẫu số 3) the statutory retirement (NĐ 135/2020; an
 * entitlement to retire earlier is a choice, never the date), the end of an elected body's term
 * (the next congress or HĐND election, from TERM rows), the end of a 5-year appointment, the end of
 * the 12-month effect of disciplines, and the one deadline of each post's standard.
 */
@Service
@Transactional(readOnly = true)
public class Alerts {

  /** The kinds of alert. */
  public enum Kind {
    RETIREMENT_NOTICE,
    RETIREMENT_DECISION,
    RETIREMENT,
    TERM_END,
    APPOINTMENT_END,
    DISCIPLINE_END,
    STANDARD_DEADLINE
  }

  /**
   * One thing due on a day; {@code rule} is the source of the date (decree, article, or the rule
   * row's citation).
   */
  public record Alert(
      Kind kind, LocalDate due, PostHolder post, String positionName, String detail, String rule) {}

  /** The sources of the dates of each kind (the rule rows' own citations where there are rows). */
  static final String RULE_NOTICE = "Nghị định 170/2025/NĐ-CP, Điều 62 (Mẫu số 2)";

  static final String RULE_DECISION = "Nghị định 170/2025/NĐ-CP, Điều 63 (Mẫu số 3)";
  static final String RULE_RETIREMENT = "Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP";
  static final String RULE_APPOINTMENT = "Nghị định 170/2025/NĐ-CP, Điều 29; Quy định 377-QĐ/TW";
  static final String RULE_TERM_ESTIMATE = "Ước tính: nhiệm kỳ 5 năm kể từ khi bầu";
  static final String RULE_DISCIPLINE = "Nghị định 172/2025/NĐ-CP (hiệu lực 12 tháng)";

  /** An appointment runs for 5 years (NĐ 170/2025 Art. 29; QĐ 377-QĐ/TW). */
  static final int TERM_YEARS = 5;

  /**
   * The notice is due 6 months, the decision 3 months before retirement (NĐ 170/2025 Art. 62, 63).
   */
  static final int NOTICE_MONTHS = 6;

  static final int DECISION_MONTHS = 3;

  private final Population population;
  private final Compliance compliance;
  private final JdbcClient jdbc;
  private final Visibility visibility;
  private final StandardRules rules;
  private final vn.cbcs.positions.PositionCatalogue positions;

  Alerts(
      Population population,
      Compliance compliance,
      JdbcClient jdbc,
      Visibility visibility,
      StandardRules rules,
      vn.cbcs.positions.PositionCatalogue positions) {
    this.rules = rules;
    this.positions = positions;
    this.visibility = visibility;
    this.population = population;
    this.compliance = compliance;
    this.jdbc = jdbc;
  }

  /** What falls due in the next months in a unit of the actor's ground. */
  public List<Alert> due(String unitCode, LocalDate asOf, int months, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    Unit scope = population.scope(unitCode, asOf);
    visibility.requireUnit(actor, scope, asOf);
    LocalDate until = asOf.plusMonths(months);
    List<Compliance.PostVerdict> verdicts =
        compliance.evaluate(population.holders(scope, null, asOf), asOf);
    List<Alert> alerts = new ArrayList<>();
    Map<Long, Compliance.PostVerdict> mainPost = new HashMap<>();
    verdicts.forEach(
        v -> mainPost.merge(v.post().personId(), v, (a, b) -> a.post().concurrent() ? b : a));
    for (Compliance.PostVerdict v : mainPost.values()) {
      PostHolder h = v.post();
      // the statutory date: an entitlement to retire earlier (nghỉ hưu ở tuổi thấp hơn) is the
      // person's choice, shown beside it, never taken as the date
      LocalDate retirement = RetirementAge.of(h.birthDate(), Sex.valueOf(h.sex())).retirementDate();
      String early =
          h.earlyRetirementYears() > 0
              ? RetirementAge.of(h.birthDate(), Sex.valueOf(h.sex()), h.earlyRetirementYears())
                  .retirementDate()
                  .toString()
              : null;
      add(
          alerts,
          Kind.RETIREMENT_NOTICE,
          retirement.minusMonths(NOTICE_MONTHS),
          asOf,
          until,
          v,
          "MAU_2",
          RULE_NOTICE);
      add(
          alerts,
          Kind.RETIREMENT_DECISION,
          retirement.minusMonths(DECISION_MONTHS),
          asOf,
          until,
          v,
          "MAU_3",
          RULE_DECISION);
      add(alerts, Kind.RETIREMENT, retirement, asOf, until, v, early, RULE_RETIREMENT);
    }
    Map<Long, String> kinds = startKinds(verdicts, asOf);
    Map<String, String> groups = new HashMap<>();
    positions.all().forEach(p -> groups.putIfAbsent(p.code(), p.group()));
    List<StandardRule> terms = rules.inForce(StandardRule.TERM, asOf);
    for (Compliance.PostVerdict v : verdicts) {
      PostHolder h = v.post();
      String kind = kinds.get(h.assignmentId());
      if ("ELECTION".equals(kind)) {
        String group = "group:" + groups.get(h.positionCode());
        terms.stream()
            .filter(t -> t.subject().equals(group) && t.deadline() != null)
            .findFirst()
            .ifPresentOrElse(
                t ->
                    add(
                        alerts,
                        Kind.TERM_END,
                        t.deadline(),
                        asOf,
                        until,
                        v,
                        t.value(),
                        t.citation()),
                // no term recorded for this body: 5 years from the election, said to be an estimate
                () ->
                    add(
                        alerts,
                        Kind.TERM_END,
                        h.postFrom().plusYears(TERM_YEARS).minusDays(1),
                        asOf,
                        until,
                        v,
                        "ESTIMATE",
                        RULE_TERM_ESTIMATE));
      } else if ("APPOINTMENT".equals(kind)) {
        add(
            alerts,
            Kind.APPOINTMENT_END,
            h.postFrom().plusYears(TERM_YEARS).minusDays(1),
            asOf,
            until,
            v,
            null,
            RULE_APPOINTMENT);
      }
      LocalDate deadline = v.verdict().deadline();
      if (deadline != null) {
        String criteria =
            String.join(
                ",",
                v.verdict().failures().stream().map(ComplianceEngine.Failure::criterion).toList());
        String sources =
            String.join(
                "; ",
                v.verdict().failures().stream()
                    .map(ComplianceEngine.Failure::deadlineSource)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList());
        add(
            alerts,
            Kind.STANDARD_DEADLINE,
            deadline,
            asOf,
            until,
            v,
            criteria,
            sources.isEmpty() ? "Tiêu chuẩn của chức vụ (ngày nhận chức vụ)" : sources);
      }
    }
    disciplines(mainPost, asOf, until, alerts);
    alerts.sort(Comparator.comparing(Alert::due).thenComparing(a -> a.post().fullName()));
    return alerts;
  }

  private static void add(
      List<Alert> alerts,
      Kind kind,
      LocalDate due,
      LocalDate asOf,
      LocalDate until,
      Compliance.PostVerdict v,
      String detail,
      String rule) {
    if (!due.isBefore(asOf) && !due.isAfter(until)) {
      alerts.add(new Alert(kind, due, v.post(), v.positionName(), detail, rule));
    }
  }

  private Map<Long, String> startKinds(List<Compliance.PostVerdict> verdicts, LocalDate asOf) {
    Map<Long, String> kinds = new HashMap<>();
    List<Long> ids = verdicts.stream().map(v -> v.post().assignmentId()).toList();
    for (int from = 0; from < ids.size(); from += 5000) {
      jdbc.sql(
              "SELECT assignment_id, start_kind FROM positions_terms_on(:d) WHERE assignment_id IN (:ids)")
          .param("d", asOf)
          .param("ids", ids.subList(from, Math.min(ids.size(), from + 5000)))
          .query(
              rs -> {
                kinds.put(rs.getLong(1), rs.getString(2));
              });
    }
    return kinds;
  }

  private void disciplines(
      Map<Long, Compliance.PostVerdict> people,
      LocalDate asOf,
      LocalDate until,
      List<Alert> alerts) {
    if (people.isEmpty()) {
      return;
    }
    List<Long> ids = new ArrayList<>(people.keySet());
    for (int from = 0; from < ids.size(); from += 5000) {
      jdbc.sql(
              "SELECT person_id, form, effective_to FROM standards_person_disciplines"
                  + " WHERE person_id IN (:ids) AND effective_to BETWEEN :d AND :u")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + 5000)))
          .param("d", asOf)
          .param("u", until)
          .query(
              rs -> {
                Compliance.PostVerdict v = people.get(rs.getLong(1));
                alerts.add(
                    new Alert(
                        Kind.DISCIPLINE_END,
                        rs.getObject(3, LocalDate.class),
                        v.post(),
                        v.positionName(),
                        rs.getString(2),
                        RULE_DISCIPLINE));
              });
    }
  }
}
