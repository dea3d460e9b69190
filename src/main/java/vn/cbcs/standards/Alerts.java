package vn.cbcs.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;

/**
 * What falls due in the coming months for the people in post in a unit subtree: statutory
 * retirements (NĐ 135/2020), ends of 5-year terms of elected and appointed posts, the end of the
 * 12-month effect of disciplines, and deadlines to meet the standard of the post.
 */
@Service
@Transactional(readOnly = true)
public class Alerts {

  /** The kinds of alert. */
  public enum Kind {
    RETIREMENT,
    TERM_END,
    DISCIPLINE_END,
    STANDARD_DEADLINE
  }

  /** One thing due on a day. */
  public record Alert(
      Kind kind, LocalDate due, PostHolder post, String positionName, String detail) {}

  /**
   * Elected and appointed posts run for 5 years (Luật CBCC; NĐ 170/2025 Art. 29: appointment term).
   */
  static final int TERM_YEARS = 5;

  private static final Set<String> TERMED = Set.of("ELECTION", "APPOINTMENT");

  private final Population population;
  private final Compliance compliance;
  private final JdbcClient jdbc;
  private final Visibility visibility;

  Alerts(Population population, Compliance compliance, JdbcClient jdbc, Visibility visibility) {
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
      LocalDate retirement =
          RetirementAge.of(h.birthDate(), Sex.valueOf(h.sex()), h.earlyRetirementYears())
              .retirementDate();
      if (!retirement.isBefore(asOf) && !retirement.isAfter(until)) {
        alerts.add(new Alert(Kind.RETIREMENT, retirement, h, v.positionName(), null));
      }
    }
    Map<Long, String> kinds = startKinds(verdicts, asOf);
    for (Compliance.PostVerdict v : verdicts) {
      PostHolder h = v.post();
      if (TERMED.contains(kinds.get(h.assignmentId()))) {
        LocalDate end = h.postFrom().plusYears(TERM_YEARS).minusDays(1);
        if (!end.isBefore(asOf) && !end.isAfter(until)) {
          alerts.add(new Alert(Kind.TERM_END, end, h, v.positionName(), null));
        }
      }
      for (ComplianceEngine.Failure f : v.verdict().failures()) {
        if (f.deadline() != null && !f.deadline().isBefore(asOf) && !f.deadline().isAfter(until)) {
          alerts.add(
              new Alert(Kind.STANDARD_DEADLINE, f.deadline(), h, v.positionName(), f.criterion()));
        }
      }
    }
    disciplines(mainPost, asOf, until, alerts);
    alerts.sort(Comparator.comparing(Alert::due).thenComparing(a -> a.post().fullName()));
    return alerts;
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
                        rs.getString(2)));
              });
    }
  }
}
