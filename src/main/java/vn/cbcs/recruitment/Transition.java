package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.security.Visibility;
import vn.cbcs.standards.Compliance;
import vn.cbcs.standards.Staffing;
import vn.cbcs.standards.StandardRule;
import vn.cbcs.standards.StandardRules;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * The 2025 transition board of a commune (issue 16; REGULATIONS.md §1.4, §13.1): the civil servants
 * placed in a job position with a grade and those not yet, against the placement deadline (Luật
 * CBCC 80/2025 Điều 45 khoản 2; NĐ 170/2025 Điều 70 khoản 2, Điều 72: 1-7-2027); the headcount
 * against the allocation (biên chế được giao, from standards' {@link Staffing}) and the surplus to
 * reduce by the deadline (Điều 45 khoản 1: 5 years, 30-6-2030), with the retirements in that period
 * that absorb it. Both deadlines are the standards module's TRANSITION rule rows (configuration,
 * each with its source), read through its exposed API; a row missing leaves the deadline empty
 * rather than invented.
 *
 * <p>"Placed": a post held on the date whose job position is in force then, carries a grade (Luật
 * CBCC 80/2025 Điều 23, 24: the grade follows the job position) and whose training standard the
 * holder meets (NĐ 170/2025 Điều 72 khoản 2: UBND xã places the former commune civil servants who
 * meet the standard of the job position) — the verdict of standards' {@link Compliance}. A civil
 * servant (staff category CIVIL_SERVANT) with no such post is "not yet placed", with the deadline
 * of the standards verdict. Cadres (elected) are not in the placement count.
 */
@Service
@Transactional(readOnly = true)
public class Transition {

  static final String RULE_PLACED =
      "Luật CBCC 80/2025/QH15 Điều 23, 24 (vị trí việc làm gắn với ngạch)";
  static final String RULE_RETIREMENT = Vacancies.RULE_RETIREMENT;

  private final JdbcClient jdbc;
  private final Units units;
  private final Visibility visibility;
  private final Staffing staffing;
  private final StandardRules rules;
  private final PositionCatalogue positions;
  private final Compliance compliance;

  Transition(
      JdbcClient jdbc,
      Units units,
      Visibility visibility,
      Staffing staffing,
      StandardRules rules,
      PositionCatalogue positions,
      Compliance compliance) {
    this.jdbc = jdbc;
    this.units = units;
    this.visibility = visibility;
    this.staffing = staffing;
    this.rules = rules;
    this.positions = positions;
    this.compliance = compliance;
  }

  /** One person in post in the commune on the date. */
  public record Person(
      long personId,
      String fullName,
      String positionCode,
      String positionName,
      boolean civilServant,
      boolean placed,
      LocalDate standardDeadline,
      LocalDate retirement,
      boolean retiresInPeriod) {}

  /** The board of one commune on a date; {@code people} only for readers of records. */
  public record Board(
      Unit unit,
      LocalDate asOf,
      long civilServants,
      long placed,
      long notPlaced,
      LocalDate placementDeadline,
      String placementRule,
      Integer allocation,
      String allocationRule,
      long inPost,
      long surplus,
      LocalDate surplusDeadline,
      String surplusRule,
      long retiringInPeriod,
      long surplusAfterRetirements,
      List<Person> people) {

    /** The placement is overdue: people not placed on or after the deadline. */
    public boolean placementOverdue() {
      return notPlaced > 0 && placementDeadline != null && !asOf.isBefore(placementDeadline);
    }
  }

  /** The board of a commune of the actor's ground (404 unknown, 403 outside, 400 not a commune). */
  public Board of(String unitCode, LocalDate asOf, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    Unit unit =
        units
            .find(unitCode, asOf)
            .orElseThrow(() -> new NotFoundException("error.unit.unknown", unitCode));
    visibility.requireUnit(actor, unit, asOf);
    if (unit.level() != UnitLevel.COMMUNE) {
      throw new BadRequestException("code", "recruitment.vacancies.communeOnly", unit.fullName());
    }
    Optional<StandardRule> placement =
        transitionRow(
            asOf,
            r ->
                r.subject().equals("category:CIVIL_SERVANT")
                    && r.condition().equals("SERVICE_BEFORE"));
    Optional<StandardRule> surplusRow =
        transitionRow(asOf, r -> r.subject().equals("staffing") && r.condition().equals("SURPLUS"));
    LocalDate surplusBy = surplusRow.map(StandardRule::deadline).orElse(null);
    Staffing.CommuneStaffing s = staffing.ofCommunes(List.of(unit), asOf, actor).get(0);

    Map<String, Position> posts = new HashMap<>();
    positions
        .all()
        .forEach(
            p -> {
              if (p.inForceOn(asOf) || !posts.containsKey(p.code())) {
                posts.put(p.code(), p);
              }
            });
    Map<Long, LocalDate> retirement = new HashMap<>();
    jdbc.sql("SELECT person_id, retirement FROM recruitment_holders_on(:u, :d, 1)")
        .param("u", unit.code())
        .param("d", asOf)
        .query(
            rs -> {
              retirement.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
            });
    // one row per person: placed by any post that is placed; the main post (not concurrent) named
    Map<Long, Person> byPerson = new LinkedHashMap<>();
    List<Compliance.PostVerdict> verdicts =
        compliance.inUnit(unit.code(), asOf, actor).stream()
            .sorted(Comparator.comparing((Compliance.PostVerdict v) -> v.post().concurrent()))
            .toList();
    for (Compliance.PostVerdict v : verdicts) {
      var h = v.post();
      Position p = posts.get(h.positionCode());
      boolean civil = p != null && "CIVIL_SERVANT".equals(p.staffCategory());
      boolean placed = p != null && p.inForceOn(asOf) && p.grade() != null && v.verdict().meets();
      LocalDate retires = retirement.get(h.personId());
      boolean inPeriod =
          retires != null
              && retires.isAfter(asOf)
              && surplusBy != null
              && !retires.isAfter(surplusBy);
      Person prev = byPerson.get(h.personId());
      Person now =
          new Person(
              h.personId(),
              h.fullName(),
              h.positionCode(),
              v.positionName(),
              civil,
              placed,
              v.verdict().deadline(),
              retires,
              inPeriod);
      if (prev == null) {
        byPerson.put(h.personId(), now);
      } else if ((placed && !prev.placed()) || (civil && !prev.civilServant())) {
        byPerson.put(
            h.personId(),
            new Person(
                prev.personId(),
                prev.fullName(),
                prev.positionCode(),
                prev.positionName(),
                prev.civilServant() || civil,
                prev.placed() || placed,
                prev.standardDeadline(),
                prev.retirement(),
                prev.retiresInPeriod()));
      }
    }
    List<Person> all = new ArrayList<>(byPerson.values());
    long civilServants = all.stream().filter(Person::civilServant).count();
    long placed = all.stream().filter(p -> p.civilServant() && p.placed()).count();
    long retiring = all.stream().filter(Person::retiresInPeriod).count();
    long surplus = s.quota() == null ? 0 : Math.max(0, s.filled() - s.quota());
    List<Person> people =
        actor.can(Capability.READ_RECORDS)
            ? all.stream()
                .sorted(
                    Comparator.comparing(Person::placed)
                        .thenComparing(
                            Person::fullName, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList()
            : List.of();
    return new Board(
        unit,
        asOf,
        civilServants,
        placed,
        civilServants - placed,
        placement.map(StandardRule::deadline).orElse(null),
        placement.map(StandardRule::citation).orElse(null),
        s.quota(),
        s.quotaSource(),
        s.filled(),
        surplus,
        surplusBy,
        surplusRow.map(StandardRule::citation).orElse(null),
        retiring,
        Math.max(0, surplus - retiring),
        people);
  }

  private Optional<StandardRule> transitionRow(
      LocalDate asOf, java.util.function.Predicate<StandardRule> which) {
    return rules.inForce(StandardRule.TRANSITION, asOf).stream().filter(which).findFirst();
  }
}
