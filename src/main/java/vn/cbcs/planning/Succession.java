package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.security.Visibility;
import vn.cbcs.standards.RetirementAge;
import vn.cbcs.standards.StandardRule;
import vn.cbcs.standards.StandardRules;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The succession of a unit on a date (issue 14, "projection and bench strength"): every leadership
 * post of the commune with a planning level, its holders with their term end and retirement date
 * (NĐ 135/2020), and the candidates planned for it with their readiness on the date: READY (every
 * rule met), AFTER_TRAINING (only the political-theory level missing: đối tượng 2, HD 45 mục
 * II.5.1), NOT_ELIGIBLE (why).
 *
 * <p>Term end: an elected post ends with its body's term (standards' TERM rows); an appointed one 5
 * years after it began (NĐ 170/2025 Art. 29); otherwise none is given.
 */
@Service
public class Succession {

  /** A holder of a post. */
  public record Holder(
      long personId, String fullName, LocalDate since, LocalDate termEnd, LocalDate retirement) {}

  /** A planned successor with readiness and the reasons it is not ready. */
  public record Successor(
      Candidate candidate, Readiness readiness, List<CheckVerdict> reasons, long planId) {}

  public enum Readiness {
    READY,
    AFTER_TRAINING,
    NOT_ELIGIBLE
  }

  /** A leadership post of the unit. */
  public record Post(
      String code, String name, int level, List<Holder> holders, List<Successor> successors) {}

  public record View(Unit unit, LocalDate asOf, List<Post> posts) {}

  private final Units units;
  private final Visibility visibility;
  private final PositionCatalogue positions;
  private final PlanningFacts facts;
  private final PlanStore store;
  private final CandidateChecks checks;
  private final StandardRules standardRules;
  private final JdbcClient jdbc;

  Succession(
      Units units,
      Visibility visibility,
      PositionCatalogue positions,
      PlanningFacts facts,
      PlanStore store,
      CandidateChecks checks,
      StandardRules standardRules,
      JdbcClient jdbc) {
    this.units = units;
    this.visibility = visibility;
    this.positions = positions;
    this.facts = facts;
    this.store = store;
    this.checks = checks;
    this.standardRules = standardRules;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public View of(String unitCode, LocalDate asOf, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    Unit unit =
        units
            .find(unitCode, asOf)
            // a unit that ended (a district before 1-7-2025) is read as it last was, as the plans
            .or(() -> units.nearest(unitCode, asOf))
            .orElseThrow(() -> new NotFoundException("error.unit.unknown", unitCode));
    visibility.requireUnit(actor, unit, asOf);
    Map<String, PlanningFacts.Level> levels = facts.levels();
    Map<String, List<Holder>> holders = holders(unit.code(), asOf);
    Map<String, List<Successor>> successors = successors(unit, asOf);
    List<Post> posts = new ArrayList<>();
    for (Position p : positions.inForce(asOf)) {
      PlanningFacts.Level level = levels.get(p.code());
      if (level == null || !p.leadership() || !p.existsIn(unit.type().name())) {
        continue;
      }
      posts.add(
          new Post(
              p.code(),
              p.nameVi(),
              level.level(),
              holders.getOrDefault(p.code(), List.of()),
              successors.getOrDefault(p.code(), List.of())));
    }
    posts.sort(Comparator.comparingInt(Post::level));
    return new View(unit, asOf, posts);
  }

  private Map<String, List<Holder>> holders(String unitCode, LocalDate asOf) {
    Map<String, String> groups = new HashMap<>();
    positions.all().forEach(p -> groups.putIfAbsent(p.code(), p.group()));
    List<StandardRule> terms = standardRules.inForce(StandardRule.TERM, asOf);
    Map<String, List<Holder>> m = new HashMap<>();
    jdbc.sql(
            "SELECT t.person_id, t.position_code, t.valid_from, t.start_kind"
                + " FROM positions_terms_on(:d) t WHERE t.unit_code = :u ORDER BY t.valid_from")
        .param("d", asOf)
        .param("u", unitCode)
        .query(
            rs -> {
              long person = rs.getLong(1);
              String post = rs.getString(2);
              LocalDate since = rs.getObject(3, LocalDate.class);
              String kind = rs.getString(4);
              LocalDate termEnd = null;
              if ("ELECTION".equals(kind)) {
                String group = "group:" + groups.get(post);
                termEnd =
                    terms.stream()
                        .filter(t -> t.subject().equals(group) && t.deadline() != null)
                        .map(StandardRule::validTo)
                        .findFirst()
                        .orElse(null);
              } else if ("APPOINTMENT".equals(kind)) {
                termEnd = since.plusYears(5).minusDays(1);
              }
              var f = facts.person(person).orElseThrow();
              LocalDate retirement =
                  RetirementAge.of(f.birthDate(), f.sex(), f.earlyYears()).retirementDate();
              m.computeIfAbsent(post, k -> new ArrayList<>())
                  .add(new Holder(person, f.fullName(), since, termEnd, retirement));
            });
    return m;
  }

  private Map<String, List<Successor>> successors(Unit unit, LocalDate asOf) {
    Map<String, List<Successor>> m = new HashMap<>();
    List<Long> planIds =
        jdbc.sql(
                "SELECT DISTINCT plan_id FROM planning_candidates_on(:d) WHERE unit_code = :u"
                    + " ORDER BY plan_id")
            .param("d", asOf)
            .param("u", unit.code())
            .query(Long.class)
            .list();
    for (long planId : planIds) {
      Plan plan = store.find(planId, unit.fullName()).orElseThrow();
      for (Candidate c : plan.candidates()) {
        if (!c.activeOn(asOf)) {
          continue;
        }
        var person = facts.person(c.personId()).orElseThrow();
        var r =
            checks.check(
                new CandidateChecks.Subject(
                    plan, unit, person, c.targetPost(), c.target(), asOf, c.womanAt60(), c.id()));
        List<CheckVerdict> reasons =
            r.verdicts().stream()
                .filter(v -> v.outcome() != CheckVerdict.Outcome.PASS)
                .filter(v -> !v.rule().equals("RATINGS") || v.refuses())
                .toList();
        Readiness readiness;
        if (reasons.stream().anyMatch(CheckVerdict::refuses)) {
          readiness = Readiness.NOT_ELIGIBLE;
        } else if (reasons.stream().anyMatch(v -> v.rule().equals("POLITICAL_THEORY"))) {
          readiness = Readiness.AFTER_TRAINING;
        } else {
          readiness = Readiness.READY;
        }
        m.computeIfAbsent(c.targetPost(), k -> new ArrayList<>())
            .add(new Successor(c, readiness, reasons, planId));
      }
    }
    return m;
  }
}
