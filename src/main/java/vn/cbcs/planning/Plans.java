package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.Ids;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * Succession plans (ADR 13: every method takes the actor and decides). Reading a plan needs
 * READ_RECORDS or PLAN_SUCCESSION, changing it PLAN_SUCCESSION; then the plan must exist (404);
 * then the actor's ground must cover the plan's unit on the plan's date (403, fail closed). Adding
 * a candidate runs every check of {@link CandidateChecks} and refuses (400) with the rules and the
 * numbers, leaving the plan unchanged.
 */
@Service
public class Plans {

  private final PlanStore store;
  private final CandidateChecks checks;
  private final PlanningFacts facts;
  private final Units units;
  private final Visibility visibility;
  private final ApplicationEventPublisher events;

  private final StructureShares structure;

  Plans(
      PlanStore store,
      CandidateChecks checks,
      PlanningFacts facts,
      Units units,
      Visibility visibility,
      ApplicationEventPublisher events,
      StructureShares structure) {
    this.structure = structure;
    this.store = store;
    this.checks = checks;
    this.facts = facts;
    this.units = units;
    this.visibility = visibility;
    this.events = events;
  }

  /** A plan the actor may read. */
  @Transactional(readOnly = true)
  public Plan require(long id, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    return load(id, actor);
  }

  /** The plans of a unit (a unit of the actor's ground on {@code asOf}). */
  @Transactional(readOnly = true)
  public List<Plan> ofUnit(String unitCode, LocalDate asOf, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    Unit unit =
        units
            .find(unitCode, asOf)
            // a unit that ended (a district before 1-7-2025) is read as it last was
            .or(() -> units.nearest(unitCode, asOf))
            .orElseThrow(() -> new NotFoundException("error.unit.unknown", unitCode));
    visibility.requireUnit(actor, unit, asOf);
    List<Plan> plans = new ArrayList<>();
    for (long id : store.idsOfUnit(unitCode)) {
      store.find(id, unit.fullName()).ifPresent(plans::add);
    }
    return plans;
  }

  /** Creates a plan of a commune in the actor's ground; with a decision it is approved at once. */
  @Transactional
  public Plan create(PlanInputs.NewPlan p, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    List<FieldError> errors = new ArrayList<>();
    LocalDate planDate = date("planDate", p.planDate(), false, errors);
    if (planDate == null) {
      planDate = AsOf.today();
    }
    LocalDate reference = date("referenceDate", p.referenceDate(), true, errors);
    Plan.BodyKind body = null;
    if (blank(p.bodyKind())) {
      errors.add(new FieldError("bodyKind", "planning.field.required"));
    } else {
      try {
        body = Plan.BodyKind.valueOf(p.bodyKind().trim());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("bodyKind", "planning.plan.bodyKind", p.bodyKind()));
      }
    }
    if (p.termFrom() == null) {
      errors.add(new FieldError("termFrom", "planning.field.required"));
    } else if (p.termFrom() < 2000 || p.termFrom() > 2100) {
      errors.add(new FieldError("termFrom", "planning.plan.term", p.termFrom(), p.termTo()));
    } else if (p.termTo() != null && p.termTo() != p.termFrom() + 5) {
      errors.add(new FieldError("termTo", "planning.plan.term", p.termFrom(), p.termTo()));
    }
    seatCount("bchSeats", p.bchSeats(), errors);
    seatCount("btvSeats", p.btvSeats(), errors);
    seatCount("ubktSeats", p.ubktSeats(), errors);
    List<PlanInputs.Seats> seats = p.seats() == null ? List.of() : p.seats();
    for (int i = 0; i < seats.size(); i++) {
      PlanInputs.Seats s = seats.get(i);
      if (blank(s.positionCode()) || s.seats() == null || s.seats() < 1 || s.seats() > 50) {
        errors.add(new FieldError("seats[" + i + "]", "planning.plan.seats"));
      }
    }
    Unit unit = null;
    if (blank(p.unitCode())) {
      errors.add(new FieldError("unitCode", "planning.field.required"));
    } else {
      unit = units.find(p.unitCode().trim(), planDate).orElse(null);
      if (unit == null) {
        errors.add(new FieldError("unitCode", "planning.plan.unit", p.unitCode(), planDate));
      } else if (unit.level() != UnitLevel.COMMUNE) {
        errors.add(new FieldError("unitCode", "planning.plan.commune", unit.fullName()));
      }
    }
    Approval approval = p.approval() == null ? null : approval(p.approval(), errors);
    InvalidInputException.throwIfAny(errors);
    visibility.requireUnit(actor, unit, planDate);
    long id =
        store.insertPlan(
            unit.code(),
            body,
            p.termFrom(),
            planDate,
            reference,
            p.bchSeats(),
            p.btvSeats(),
            p.ubktSeats(),
            actor.username());
    for (PlanInputs.Seats s : seats) {
      store.insertSeats(id, s.positionCode().trim(), s.seats());
    }
    if (approval != null) {
      store.approve(id, approval.number(), approval.date(), approval.signer(), actor.username());
      events.publishEvent(new PlanApproved(id, unit.code()));
    }
    return store.find(id, unit.fullName()).orElseThrow();
  }

  /**
   * Approves a plan by its decision; every candidate is checked again on the decision's date (QĐ
   * 377: the rules on the day of approval) and a refusal names each one.
   */
  @Transactional
  public Plan approve(long id, PlanInputs.Approval a, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    Plan plan = load(id, actor);
    List<FieldError> errors = new ArrayList<>();
    Approval approval = approval(a, errors);
    if (plan.approved()) {
      errors.add(new FieldError("decisionNumber", "planning.plan.approved", plan.decisionNumber()));
    }
    InvalidInputException.throwIfAny(errors);
    Unit unit = unitOf(plan);
    for (Candidate c : plan.active()) {
      var person = facts.person(c.personId()).orElseThrow();
      var r =
          checks.check(
              new CandidateChecks.Subject(
                  plan,
                  unit,
                  person,
                  c.targetPost(),
                  c.target(),
                  approval.date(),
                  c.womanAt60(),
                  c.id()));
      for (CheckVerdict v : r.verdicts()) {
        if (v.refuses()) {
          errors.add(refusal("candidates[" + c.id() + "]", v));
        }
      }
    }
    InvalidInputException.throwIfAny(errors);
    store.approve(id, approval.number(), approval.date(), approval.signer(), actor.username());
    events.publishEvent(new PlanApproved(id, plan.unitCode()));
    return store.find(id, plan.unitName()).orElseThrow();
  }

  /** Adds a candidate after every check; a refusal (400) names each rule with its numbers. */
  @Transactional
  public Candidate addCandidate(long planId, PlanInputs.NewCandidate c, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    Plan plan = load(planId, actor);
    List<FieldError> errors = new ArrayList<>();
    Long personId = null;
    if (blank(c.personId())) {
      errors.add(new FieldError("personId", "planning.field.required"));
    } else if (!Ids.valid(c.personId().trim())) {
      errors.add(new FieldError("personId", "error.parameter.id", "personId", c.personId()));
    } else {
      personId = Long.parseLong(c.personId().trim());
    }
    if (blank(c.targetPost())) {
      errors.add(new FieldError("targetPost", "planning.field.required"));
    }
    if (c.target() == null) {
      errors.add(new FieldError("target", "planning.field.required"));
    } else if (c.target() != 1 && c.target() != 2) {
      errors.add(new FieldError("target", "planning.age.target", c.target()));
    }
    ballot("intro", c.introVotes(), c.introVoters(), errors);
    ballot("vote", c.voteVotes(), c.voteVoters(), errors);
    LocalDate on = date("addedOn", c.addedOn(), false, errors);
    if (on == null) {
      on = AsOf.today();
    }
    InvalidInputException.throwIfAny(errors);
    visibility.requireSees(actor, personId);
    store.lock(planId);
    plan = store.find(planId, plan.unitName()).orElseThrow();
    var person = facts.person(personId).orElseThrow();
    String post = c.targetPost().trim();
    CandidateChecks.Result result =
        checks.check(
            new CandidateChecks.Subject(
                plan,
                unitOf(plan),
                person,
                post,
                c.target(),
                on,
                Boolean.TRUE.equals(c.womanAt60()),
                null));
    for (CheckVerdict v : result.verdicts()) {
      if (v.refuses()) {
        errors.add(refusal(field(v.rule()), v));
      }
    }
    final long pid = personId;
    if (plan.active().stream().anyMatch(x -> x.personId() == pid && x.targetPost().equals(post))) {
      errors.add(new FieldError("personId", "planning.candidate.twice", person.fullName(), post));
    }
    InvalidInputException.throwIfAny(errors);
    var required = result.required();
    long id =
        store.insertCandidate(
            planId,
            personId,
            post,
            c.target(),
            c,
            required == null ? null : required.level(),
            required == null ? null : required.rank(),
            on,
            actor.username());
    events.publishEvent(new CandidateAdded(planId, id, personId));
    return store.candidates(planId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
  }

  /** Takes a candidate out of the plan with a day and a reason (QĐ 377 Điều 29). */
  @Transactional
  public Candidate removeCandidate(long planId, PlanInputs.Removal r, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    Plan plan = load(planId, actor);
    List<FieldError> errors = new ArrayList<>();
    Candidate c = null;
    if (blank(r.candidateId())) {
      errors.add(new FieldError("candidateId", "planning.field.required"));
    } else if (!Ids.valid(r.candidateId().trim())) {
      errors.add(
          new FieldError("candidateId", "error.parameter.id", "candidateId", r.candidateId()));
    } else {
      long cid = Long.parseLong(r.candidateId().trim());
      c = plan.candidates().stream().filter(x -> x.id() == cid).findFirst().orElse(null);
      if (c == null) {
        errors.add(new FieldError("candidateId", "planning.candidate.notInPlan", cid, planId));
      } else if (c.removedOn() != null) {
        errors.add(new FieldError("candidateId", "planning.candidate.removed", c.removedOn()));
      }
    }
    if (blank(r.reason())) {
      errors.add(new FieldError("reason", "planning.field.required"));
    } else if (r.reason().length() > 1000) {
      errors.add(new FieldError("reason", "planning.field.tooLong", 1000));
    }
    LocalDate on = date("removedOn", r.removedOn(), false, errors);
    if (on == null) {
      on = AsOf.today();
    }
    if (c != null && on.isBefore(c.addedOn())) {
      errors.add(new FieldError("removedOn", "planning.candidate.removedBefore", on, c.addedOn()));
    }
    InvalidInputException.throwIfAny(errors);
    store.remove(c.id(), on, actor.username(), r.reason().trim());
    events.publishEvent(new CandidateRemoved(planId, c.id(), c.personId()));
    long cid = c.id();
    return store.candidates(planId).stream().filter(x -> x.id() == cid).findFirst().orElseThrow();
  }

  /**
   * Every rule's verdict for each active candidate on {@code on}, and the plan's committee sizes.
   */
  @Transactional(readOnly = true)
  public PlanCheck check(long planId, LocalDate on, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    Plan plan = load(planId, actor);
    Unit unit = unitOf(plan);
    List<PlanCheck.CandidateCheck> out = new ArrayList<>();
    for (Candidate c : plan.active()) {
      var person = facts.person(c.personId()).orElseThrow();
      var r =
          checks.check(
              new CandidateChecks.Subject(
                  plan, unit, person, c.targetPost(), c.target(), on, c.womanAt60(), c.id()));
      out.add(new PlanCheck.CandidateCheck(c, r.verdicts()));
    }
    List<CheckVerdict> planVerdicts = new ArrayList<>(checks.committeeMinimum(plan, on));
    planVerdicts.addAll(structure.of(plan, on));
    return new PlanCheck(plan, on, out, planVerdicts);
  }

  Plan load(long id, Actor actor) {
    PlanStore.Ground g =
        store.ground(id).orElseThrow(() -> new NotFoundException("planning.plan.notFound", id));
    if (!visibility.coversUnit(actor, g.unitCode(), g.planDate())) {
      throw new ForbiddenException("planning.plan.outsideScope", id, g.unitCode());
    }
    String name =
        units.nearest(g.unitCode(), g.planDate()).map(Unit::fullName).orElse(g.unitCode());
    return store.find(id, name).orElseThrow();
  }

  private Unit unitOf(Plan plan) {
    return units.nearest(plan.unitCode(), plan.planDate()).orElseThrow();
  }

  private record Approval(String number, LocalDate date, String signer) {}

  private static Approval approval(PlanInputs.Approval a, List<FieldError> errors) {
    if (a == null) {
      errors.add(new FieldError("decisionNumber", "planning.field.required"));
      return null;
    }
    int before = errors.size();
    if (blank(a.decisionNumber()) || a.decisionNumber().length() > 60) {
      errors.add(new FieldError("decisionNumber", "planning.plan.decisionNumber"));
    }
    if (blank(a.decisionSigner()) || a.decisionSigner().length() > 200) {
      errors.add(new FieldError("decisionSigner", "planning.plan.decisionSigner"));
    }
    LocalDate d = date("decisionDate", a.decisionDate(), true, errors);
    return errors.size() > before
        ? null
        : new Approval(a.decisionNumber().trim(), d, a.decisionSigner().trim());
  }

  private static FieldError refusal(String field, CheckVerdict v) {
    Object[] args = new Object[v.args().size() + 1];
    for (int i = 0; i < v.args().size(); i++) {
      args[i] = v.args().get(i);
    }
    args[v.args().size()] = v.article();
    return new FieldError(field, v.key(), args);
  }

  private static String field(String rule) {
    return switch (rule) {
      case "POST", "HIGHER_POST", "PER_POST", "COMMITTEE_COEFFICIENT" -> "targetPost";
      case "AGE", "POLITICAL_THEORY" -> "target";
      default -> "personId";
    };
  }

  private static void seatCount(String field, Integer n, List<FieldError> errors) {
    if (n != null && (n < 1 || n > 200)) {
      errors.add(new FieldError(field, "planning.plan.seats"));
    }
  }

  private static void ballot(String step, Integer votes, Integer voters, List<FieldError> errors) {
    if (votes != null && votes < 0) {
      errors.add(new FieldError(step + "Votes", "planning.candidate.ballot", votes, voters));
    } else if (voters != null && voters < 1) {
      errors.add(new FieldError(step + "Voters", "planning.candidate.ballot", votes, voters));
    } else if (votes != null && voters != null && votes > voters) {
      errors.add(new FieldError(step + "Votes", "planning.candidate.ballot", votes, voters));
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static LocalDate date(String field, String value, boolean required, List<FieldError> errors) {
    if (blank(value)) {
      if (required) {
        errors.add(new FieldError(field, "planning.field.required"));
      }
      return null;
    }
    try {
      // dd/mm/yyyy as typed in the forms, or ISO from the JSON API
      LocalDate d = vn.cbcs.platform.AsOf.parseLenient(field, value.trim());
      if (d.getYear() < 1900 || d.getYear() > 2100) {
        errors.add(new FieldError(field, "planning.age.dateRange", field, value));
        return null;
      }
      return d;
    } catch (vn.cbcs.platform.BadRequestException e) {
      errors.add(new FieldError(field, "planning.age.date", field, value));
      return null;
    }
  }

  static Optional<Long> id(String s) {
    return s != null && Ids.valid(s.trim())
        ? Optional.of(Long.parseLong(s.trim()))
        : Optional.empty();
  }
}
