package vn.cbcs.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.platform.WorkItems;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The consequences of a final state rating of KHTNV (không hoàn thành nhiệm vụ) as work items with
 * deadlines (issue 13, ADR 15 §6), for the keepers of records and the competent persons of the
 * rated person's commune:
 *
 * <ul>
 *   <li>from 2026 (Law 80/2025, regime {@code L80_ND335}) — a <b>leader</b> (the evaluation says
 *       so, or the person held a leadership post in the rating year): the removal consideration of
 *       NĐ 170/2025 Điều 53 — the personnel office's proposal within 10 working days of the grounds
 *       (khoản 2 điểm a), the competent level's decision within 10 working days of the proposal
 *       (điểm b); if removed for KHTNV, dismissal (khoản 3);
 *   <li>from 2026 — a <b>công chức</b> who is not a leader: the dismissal decision within 30 days
 *       of the result (NĐ 170/2025 Điều 57 khoản 3);
 *   <li>until 2025 (NĐ 90/2020 as amended by NĐ 48/2023, regime {@code ND90_2020}): only <b>two
 *       consecutive years</b> KHTNV have a consequence, the old rule (Luật Cán bộ, công chức 2008,
 *       sửa đổi 2019): a công chức is dismissed (Điều 58 khoản 3), a cán bộ is moved to other work
 *       (Điều 29 khoản 3); a leader's removal is considered (Quy định 41-QĐ/TW 2021, REGULATIONS.md
 *       §2.2, read from memory [M]).
 * </ul>
 *
 * The regime of the rating decides which rule applies. The deadlines are {@link
 * ConsequenceSettings}; the grounds date from the rating's decision. An item stays on the list
 * while its subject still holds the post concerned (a leadership post for a removal, any post for a
 * dismissal or a move) — CBCS records no removal or dismissal decision of its own; ending the post
 * is what closes it. Party ratings have consequences of their own (not built).
 */
@Component
@Transactional(readOnly = true)
class RatingConsequences implements WorkItems {

  static final String NEW_REGIME = "L80_ND335";
  static final String OLD_REGIME = "ND90_2020";

  static final String RULE_REMOVAL_PROPOSAL = "Nghị định 170/2025/NĐ-CP, Điều 53 khoản 2 điểm a";
  static final String RULE_REMOVAL_DECISION = "Nghị định 170/2025/NĐ-CP, Điều 53 khoản 2 điểm b";
  static final String RULE_DISMISSAL = "Nghị định 170/2025/NĐ-CP, Điều 57 khoản 3";
  static final String RULE_OLD_DISMISSAL =
      "Luật Cán bộ, công chức 2008 (sửa đổi 2019), Điều 58 khoản 3";
  static final String RULE_OLD_REASSIGNMENT =
      "Luật Cán bộ, công chức 2008 (sửa đổi 2019), Điều 29 khoản 3";
  static final String RULE_OLD_REMOVAL = "Quy định 41-QĐ/TW (2021) về miễn nhiệm, từ chức";

  private final JdbcClient jdbc;
  private final Visibility visibility;
  private final Units units;
  private final PositionCatalogue positions;
  private final ConsequenceSettings settings;

  RatingConsequences(
      JdbcClient jdbc,
      Visibility visibility,
      Units units,
      PositionCatalogue positions,
      ConsequenceSettings settings) {
    this.jdbc = jdbc;
    this.visibility = visibility;
    this.units = units;
    this.positions = positions;
    this.settings = settings;
  }

  /** A decided state rating of KHTNV. */
  record Khtnv(
      long evaluationId,
      long personId,
      String fullName,
      int year,
      String regime,
      String unitCode,
      LocalDate unitOn,
      boolean leader,
      LocalDate decisionDate) {}

  @Override
  public List<WorkItem> dueFor(Actor actor, LocalDate asOf) {
    // tasks of the personnel office and of the competent person, on their ground only
    if (!actor.can(Capability.READ_RECORDS)
        || !(actor.can(Capability.PROPOSE_RATINGS) || actor.can(Capability.DECIDE_RATINGS))) {
      return List.of();
    }
    int from = asOf.getYear() - settings.lookbackYears();
    List<Khtnv> all = khtnv(from - 1);
    Map<String, Khtnv> byPersonYear = new HashMap<>();
    all.forEach(k -> byPersonYear.put(k.personId() + "/" + k.year(), k));
    List<WorkItem> items = new ArrayList<>();
    for (Khtnv k : all) {
      if (k.year() < from || !visibility.coversUnit(actor, k.unitCode(), k.unitOn())) {
        continue;
      }
      Set<String> posts = postsInYear(k.personId(), k.year());
      boolean leader = k.leader() || posts.stream().anyMatch(this::leadership);
      Set<String> now = postsOn(k.personId(), asOf);
      String unitName = unitName(k.unitCode(), k.unitOn());
      String link = "/people/" + k.personId() + "/evaluations";
      if (NEW_REGIME.equals(k.regime())) {
        if (leader) {
          if (now.stream().noneMatch(this::leadership)) {
            continue; // no longer a leader: the removal is done or moot
          }
          LocalDate proposal =
              WorkingDays.after(k.decisionDate(), settings.removalProposalWorkingDays());
          LocalDate decision = WorkingDays.after(proposal, settings.removalDecisionWorkingDays());
          items.add(
              item(
                  k,
                  "evaluation.removalProposal",
                  unitName,
                  proposal,
                  link,
                  RULE_REMOVAL_PROPOSAL));
          items.add(
              item(
                  k,
                  "evaluation.removalDecision",
                  unitName,
                  decision,
                  link,
                  RULE_REMOVAL_DECISION));
        } else if (!now.isEmpty() && posts.stream().anyMatch(this::civilServant)) {
          items.add(
              item(
                  k,
                  "evaluation.dismissal",
                  unitName,
                  k.decisionDate().plusDays(settings.dismissalDays()),
                  link,
                  RULE_DISMISSAL));
        }
      } else if (OLD_REGIME.equals(k.regime())) {
        Khtnv before = byPersonYear.get(k.personId() + "/" + (k.year() - 1));
        if (before == null || !OLD_REGIME.equals(before.regime()) || now.isEmpty()) {
          continue; // one year KHTNV had no consequence of its own under the old rule
        }
        LocalDate due = k.decisionDate().plusDays(settings.oldRuleDays());
        if (leader) {
          if (now.stream().anyMatch(this::leadership)) {
            items.add(item(k, "evaluation.oldRemoval", unitName, due, link, RULE_OLD_REMOVAL));
          }
        } else if (posts.stream().anyMatch(this::civilServant)) {
          items.add(item(k, "evaluation.oldDismissal", unitName, due, link, RULE_OLD_DISMISSAL));
        } else {
          items.add(
              item(k, "evaluation.oldReassignment", unitName, due, link, RULE_OLD_REASSIGNMENT));
        }
      }
    }
    return items;
  }

  private static WorkItem item(
      Khtnv k, String kind, String unitName, LocalDate due, String link, String rule) {
    return new WorkItem(
        "evaluation",
        "evaluation.consequence",
        kind,
        List.of(String.valueOf(k.year())),
        k.fullName(),
        unitName,
        due,
        link,
        rule,
        WorkItem.Severity.CRITICAL);
  }

  private List<Khtnv> khtnv(int fromYear) {
    return jdbc.sql(
            "SELECT e.id, e.person_id, n.full_name, e.year, e.regime_code, e.unit_code, e.unit_on,"
                + " e.leader, e.decision_date FROM evaluation e"
                + " LEFT JOIN evaluation_person_names n ON n.person_id = e.person_id"
                + " WHERE e.status = 'DECIDED' AND e.decided_level = 'KHTNV' AND e.system = 'STATE'"
                + " AND e.year >= :from ORDER BY e.decision_date, e.id")
        .param("from", fromYear)
        .query(
            (rs, i) ->
                new Khtnv(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getBoolean(8),
                    rs.getObject(9, LocalDate.class)))
        .list();
  }

  /** The posts held in the year: on its last day and on the first of each month. */
  private Set<String> postsInYear(long personId, int year) {
    return new TreeSet<>(
        jdbc.sql(
                "SELECT DISTINCT a.position_code FROM (SELECT make_date(:y, 12, 31) AS day"
                    + " UNION ALL SELECT generate_series(make_date(:y, 1, 1), make_date(:y, 12, 1),"
                    + " interval '1 month')::date) d CROSS JOIN LATERAL"
                    + " (SELECT x.position_code FROM positions_assignments_on(d.day) x"
                    + " WHERE x.person_id = :p) a")
            .param("y", year)
            .param("p", personId)
            .query(String.class)
            .list());
  }

  private Set<String> postsOn(long personId, LocalDate day) {
    return new TreeSet<>(
        jdbc.sql("SELECT position_code FROM positions_assignments_on(:d) WHERE person_id = :p")
            .param("d", day)
            .param("p", personId)
            .query(String.class)
            .list());
  }

  private boolean leadership(String positionCode) {
    return positions.anyVersion(positionCode).map(Position::leadership).orElse(false);
  }

  private boolean civilServant(String positionCode) {
    return positions
        .anyVersion(positionCode)
        .map(p -> "CIVIL_SERVANT".equals(p.staffCategory()))
        .orElse(false);
  }

  private String unitName(String code, LocalDate on) {
    Optional<Unit> u = units.nearest(code, on);
    return u.map(Unit::fullName).orElse(code);
  }
}
