package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.Ids;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The annual review of an approved plan (rà soát, bổ sung quy hoạch hằng năm: QĐ 377-QĐ/TW Điều 29;
 * HD 45-HD/BTCTW mục II.8; REGULATIONS.md §3.2 — in the first quarter, reported by June). On the
 * review day (default 31 March of the year) the system proposes:
 *
 * <ul>
 *   <li>OUT — each candidate in the plan that one of the rules of {@link CandidateChecks} now
 *       refuses: the age rule on the review day (Điều 25 khoản 2), a discipline in force (Điều 29:
 *       at once), a KHTNV rating in the last years (the year before the review included), the
 *       standard of the post (đối tượng 1 without its political-theory level), or a post already
 *       held at that level;
 *   <li>IN — people holding, in the plan's unit on the review day, a post one planning level below
 *       a post the plan is about (its candidates' posts and its declared seats), not yet planned
 *       for it, who meet every rule as đối tượng 1.
 * </ul>
 *
 * The officer decides each proposal with a reason; an accepted one is carried out by {@link
 * Plans#removeCandidate} or {@link Plans#addCandidate}, so the checks stay in one place (an
 * addition refused there refuses the decision, which is then not recorded).
 */
@Service
public class PlanReviews {

  /** The rules whose refusal makes a candidate fall out at the review. */
  static final Set<String> FALL_OUT =
      Set.of("POST", "HIGHER_POST", "AGE", "POLITICAL_THEORY", "DISCIPLINE", "RATINGS");

  static final String ART_REVIEW = "QĐ 377-QĐ/TW Điều 29; HD 45-HD/BTCTW mục II.8";

  private final Plans plans;
  private final ReviewStore store;
  private final CandidateChecks checks;
  private final PlanningFacts facts;
  private final Units units;
  private final PositionCatalogue positions;
  private final JdbcClient jdbc;

  PlanReviews(
      Plans plans,
      ReviewStore store,
      CandidateChecks checks,
      PlanningFacts facts,
      Units units,
      PositionCatalogue positions,
      JdbcClient jdbc) {
    this.plans = plans;
    this.store = store;
    this.checks = checks;
    this.facts = facts;
    this.units = units;
    this.positions = positions;
    this.jdbc = jdbc;
  }

  /** What the form and the JSON send to start a review. */
  public record NewReview(Integer year, String reviewDate) {}

  /** A decision on one proposal: accept or reject, with its reason and day. */
  public record Decision(String proposalId, Boolean accept, String reason, String decidedOn) {}

  /** Starts the review of a year: computes and keeps the proposals. */
  @Transactional
  public Review start(long planId, NewReview r, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    Plan plan = plans.load(planId, actor);
    List<FieldError> errors = new ArrayList<>();
    Integer year = r == null ? null : r.year();
    if (year == null) {
      errors.add(new FieldError("year", "planning.field.required"));
    } else if (year < 2000 || year > 2100) {
      errors.add(new FieldError("year", "planning.review.year", String.valueOf(year)));
    }
    LocalDate on = Plans.date("reviewDate", r == null ? null : r.reviewDate(), false, errors);
    if (year != null && errors.isEmpty()) {
      if (on == null) {
        on = LocalDate.of(year, 3, 31); // the first quarter (QĐ 377 Điều 29)
      } else if (on.getYear() != year) {
        errors.add(
            new FieldError("reviewDate", "planning.review.dateInYear", on, String.valueOf(year)));
      }
    }
    if (!plan.approved()) {
      errors.add(new FieldError("year", "planning.review.notApproved"));
    } else if (on != null && on.isBefore(plan.decisionDate())) {
      errors.add(
          new FieldError("reviewDate", "planning.review.beforeApproval", on, plan.decisionDate()));
    }
    if (year != null && store.exists(planId, year)) {
      errors.add(new FieldError("year", "planning.review.exists", String.valueOf(year)));
    }
    InvalidInputException.throwIfAny(errors);
    Unit unit = units.nearest(plan.unitCode(), plan.planDate()).orElseThrow();
    long id = store.insert(planId, year, on, actor.username());
    for (Candidate c : plan.active()) {
      if (!c.activeOn(on)) {
        continue;
      }
      var person = facts.person(c.personId()).orElseThrow();
      var result =
          checks.check(
              new CandidateChecks.Subject(
                  plan, unit, person, c.targetPost(), c.target(), on, c.womanAt60(), c.id()));
      List<CheckVerdict> grounds =
          result.verdicts().stream()
              .filter(v -> v.refuses() && FALL_OUT.contains(v.rule()))
              .toList();
      if (!grounds.isEmpty()) {
        store.insertProposal(
            id, Review.Kind.OUT, c.personId(), c.targetPost(), c.target(), c.id(), grounds);
      }
    }
    comeIn(plan, unit, on, id);
    return store.find(planId, year).orElseThrow();
  }

  private void comeIn(Plan plan, Unit unit, LocalDate on, long reviewId) {
    Map<String, PlanningFacts.Level> levels = facts.levels();
    Set<String> posts = new LinkedHashSet<>();
    plan.active().stream()
        .map(Candidate::targetPost)
        .filter(p -> !Candidate.committee(p))
        .forEach(posts::add);
    posts.addAll(plan.seats().keySet());
    List<String[]> holders =
        jdbc.sql(
                "SELECT DISTINCT person_id::text, position_code FROM positions_assignments_on(:d)"
                    + " WHERE unit_code = :u ORDER BY 1, 2")
            .param("d", on)
            .param("u", plan.unitCode())
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    for (String post : posts) {
      PlanningFacts.Level level = levels.get(post);
      if (level == null) {
        continue;
      }
      String postName = positions.find(post, on).map(Position::nameVi).orElse(post);
      Set<Long> done = new LinkedHashSet<>();
      for (String[] h : holders) {
        long person = Long.parseLong(h[0]);
        PlanningFacts.Level held = levels.get(h[1]);
        if (held == null || held.level() != level.level() + 1 || done.contains(person)) {
          continue;
        }
        boolean planned =
            plan.active().stream()
                .anyMatch(c -> c.personId() == person && c.targetPost().equals(post));
        if (planned) {
          continue;
        }
        var facts1 = facts.person(person).orElse(null);
        if (facts1 == null) {
          continue;
        }
        var result =
            checks.check(new CandidateChecks.Subject(plan, unit, facts1, post, 1, on, false, null));
        if (result.refused()) {
          continue;
        }
        done.add(person);
        String heldName = positions.find(h[1], on).map(Position::nameVi).orElse(h[1]);
        store.insertProposal(
            reviewId,
            Review.Kind.IN,
            person,
            post,
            1,
            null,
            List.of(
                CheckVerdict.of(
                    "LEVEL_BELOW",
                    CheckVerdict.Outcome.PASS,
                    "planning.review.in",
                    ART_REVIEW,
                    heldName,
                    postName,
                    level.level())));
      }
    }
  }

  /** The review of a year with its proposals and decisions. */
  @Transactional(readOnly = true)
  public Review of(long planId, int year, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    plans.load(planId, actor);
    return store
        .find(planId, year)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "planning.review.notFound", String.valueOf(planId), String.valueOf(year)));
  }

  /** The years reviewed, latest first. */
  @Transactional(readOnly = true)
  public List<Integer> years(long planId, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    plans.load(planId, actor);
    return store.years(planId);
  }

  /** Decides one proposal; an accepted one goes through the plan's removal or addition. */
  @Transactional
  public Review decide(long planId, int year, Decision d, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    plans.load(planId, actor);
    Review review =
        store
            .find(planId, year)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "planning.review.notFound", String.valueOf(planId), String.valueOf(year)));
    List<FieldError> errors = new ArrayList<>();
    Review.Proposal p = null;
    if (d.proposalId() == null || d.proposalId().isBlank()) {
      errors.add(new FieldError("proposalId", "planning.field.required"));
    } else if (!Ids.valid(d.proposalId().trim())) {
      errors.add(new FieldError("proposalId", "error.parameter.id", "proposalId", d.proposalId()));
    } else {
      long pid = Long.parseLong(d.proposalId().trim());
      p = review.proposals().stream().filter(x -> x.id() == pid).findFirst().orElse(null);
      if (p == null) {
        errors.add(
            new FieldError(
                "proposalId",
                "planning.review.noProposal",
                String.valueOf(pid),
                String.valueOf(year)));
      } else if (!p.open()) {
        errors.add(
            new FieldError(
                "proposalId", "planning.review.decided", String.valueOf(pid), p.decision()));
      }
    }
    if (d.accept() == null) {
      errors.add(new FieldError("accept", "planning.field.required"));
    }
    if (d.reason() == null || d.reason().isBlank()) {
      errors.add(new FieldError("reason", "planning.field.required"));
    } else if (d.reason().length() > 1000) {
      errors.add(new FieldError("reason", "planning.field.tooLong", 1000));
    }
    LocalDate on = Plans.date("decidedOn", d.decidedOn(), false, errors);
    if (on == null) {
      on = review.reviewDate();
    } else if (on.isBefore(review.reviewDate())) {
      errors.add(
          new FieldError("decidedOn", "planning.review.decidedBefore", on, review.reviewDate()));
    }
    InvalidInputException.throwIfAny(errors);
    String reason = d.reason().trim();
    Long candidate = null;
    if (d.accept()) {
      if (p.kind() == Review.Kind.OUT) {
        plans.removeCandidate(
            planId,
            new PlanInputs.Removal(String.valueOf(p.candidateId()), on.toString(), reason),
            actor);
      } else {
        candidate =
            plans
                .addCandidate(
                    planId,
                    new PlanInputs.NewCandidate(
                        String.valueOf(p.personId()),
                        p.targetPost(),
                        p.target(),
                        null,
                        null,
                        null,
                        null,
                        on.toString(),
                        false),
                    actor)
                .id();
      }
    }
    store.decide(p.id(), d.accept(), on, reason, actor.username(), candidate);
    return store.find(planId, year).orElseThrow();
  }
}
