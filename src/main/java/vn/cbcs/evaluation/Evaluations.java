package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.Ids;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The evaluations of people, step by step to their decision (ADR 13: every method takes the actor
 * and decides — the capability first (403), then existence (404), then the ground (403): the
 * commune of the person's post in the year, on the day it held it). A cadre self-assesses on their
 * own linked record ({@code SELF_ASSESS}); personnel officers open, comment, record the meeting and
 * propose ({@code PROPOSE_RATINGS}); the competent person decides ({@code DECIDE_RATINGS}), within
 * the HTXSNV cap of the regime.
 */
@Service
@Transactional(readOnly = true)
public class Evaluations {

  private static final int TEXT_MAX = 4000;

  private final JdbcClient jdbc;
  private final EvaluationRules rules;
  private final Visibility visibility;
  private final Units units;
  private final ApplicationEventPublisher events;
  private final TrackingPeriods tracking;
  private final LeaderChecks leaderChecks;
  private final DisciplineInYear discipline;
  private final CollectiveRatings collectives;
  private final CapGroups capGroups;

  Evaluations(
      JdbcClient jdbc,
      EvaluationRules rules,
      Visibility visibility,
      Units units,
      ApplicationEventPublisher events,
      TrackingPeriods tracking,
      LeaderChecks leaderChecks,
      DisciplineInYear discipline,
      CollectiveRatings collectives,
      CapGroups capGroups) {
    this.capGroups = capGroups;
    this.discipline = discipline;
    this.collectives = collectives;
    this.tracking = tracking;
    this.leaderChecks = leaderChecks;
    this.jdbc = jdbc;
    this.rules = rules;
    this.visibility = visibility;
    this.units = units;
    this.events = events;
  }

  // ---------------------------------------------------------------- opening

  /**
   * Opens the evaluation of a person for a year in a system: an officer of the person's commune in
   * the year, or the cadre for their own record.
   */
  @Transactional
  public Evaluation open(EvaluationSteps.Opening o, Actor actor) {
    actor.requireAny(Capability.PROPOSE_RATINGS, Capability.SELF_ASSESS);
    List<FieldError> errors = new ArrayList<>();
    Long personId = null;
    if (o.personId() == null || o.personId().isBlank()) {
      errors.add(new FieldError("personId", "evaluation.field.required"));
    } else if (!Ids.valid(o.personId().trim())) {
      errors.add(new FieldError("personId", "error.parameter.id", "personId", o.personId()));
    } else {
      personId = Long.parseLong(o.personId().trim());
    }
    if (o.year() == null) {
      errors.add(new FieldError("year", "evaluation.field.required"));
    } else if (o.year() < EvaluationRules.FIRST_YEAR || o.year() > EvaluationRules.LAST_YEAR) {
      errors.add(
          new FieldError(
              "year",
              "evaluation.parameter.range",
              "year",
              String.valueOf(o.year()),
              String.valueOf(EvaluationRules.FIRST_YEAR),
              String.valueOf(EvaluationRules.LAST_YEAR)));
    }
    RatingSystem system = o.system() == null ? RatingSystem.STATE : o.system();
    InvalidInputException.throwIfAny(errors);
    if (!personExists(personId)) {
      throw new NotFoundException("person.notFound", personId);
    }
    Optional<Post> post = postInYear(personId, o.year());
    boolean own = ownRecord(actor, personId) && actor.can(Capability.SELF_ASSESS);
    boolean keeper =
        actor.can(Capability.PROPOSE_RATINGS)
            && post.isPresent()
            && visibility.coversUnit(actor, post.get().unitCode(), post.get().on());
    if (!own && !keeper) {
      // without a post in the year there is no ground to check: a reader of the person is told
      // why (400 below), anyone else is refused
      boolean mayKnow =
          actor.can(Capability.PROPOSE_RATINGS)
              && post.isEmpty()
              && visibility.sees(actor, personId);
      if (!mayKnow) {
        throw new ForbiddenException("evaluation.person.outsideScope", String.valueOf(personId));
      }
    }
    Optional<RuleSet> ruleSet = rules.ruleSet(o.year(), system);
    if (ruleSet.isEmpty()) {
      errors.add(
          new FieldError("year", "evaluation.year.noRules", String.valueOf(o.year()), system));
    } else if (ruleSet.get().recordOnly()) {
      errors.add(
          new FieldError(
              "year",
              "evaluation.year.recordOnly",
              String.valueOf(o.year()),
              ruleSet.get().name()));
    }
    if (post.isEmpty()) {
      errors.add(
          new FieldError("year", "evaluation.person.noPost", personId, String.valueOf(o.year())));
    }
    InvalidInputException.throwIfAny(errors);
    boolean exists =
        jdbc.sql(
                    "SELECT count(*) FROM evaluation WHERE person_id = :p AND year = :y"
                        + " AND system = :s")
                .param("p", personId)
                .param("y", o.year())
                .param("s", system.name())
                .query(Long.class)
                .single()
            > 0;
    if (exists) {
      throw new ConflictException(
          "evaluation.exists", String.valueOf(personId), String.valueOf(o.year()), system.name());
    }
    long id =
        jdbc.sql(
                "INSERT INTO evaluation (person_id, year, system, regime_code, unit_code, unit_on,"
                    + " leader, status, created_by) VALUES (:p, :y, :s, :r, :u, :on, :l, 'OPEN',"
                    + " :by) RETURNING id")
            .param("p", personId)
            .param("y", o.year())
            .param("s", system.name())
            .param("r", ruleSet.get().regime())
            .param("u", post.get().unitCode())
            .param("on", post.get().on())
            .param("l", Boolean.TRUE.equals(o.leader()))
            .param("by", actor.username())
            .query(Long.class)
            .single();
    return row(id).orElseThrow();
  }

  /** A commune where the person held a post in the year, and a day they held it (latest first). */
  record Post(String unitCode, LocalDate on) {}

  Optional<Post> postInYear(long personId, int year) {
    return jdbc.sql(
            "SELECT a.unit_code, d.day FROM (SELECT make_date(:y, 12, 31) AS day UNION ALL"
                + " SELECT generate_series(make_date(:y, 12, 1), make_date(:y, 1, 1),"
                + " interval '-1 month')::date) d"
                + " CROSS JOIN LATERAL (SELECT x.unit_code, x.concurrent, x.valid_from"
                + " FROM positions_assignments_on(d.day) x WHERE x.person_id = :p) a"
                + " ORDER BY d.day DESC, a.concurrent, a.valid_from DESC LIMIT 1")
        .param("y", year)
        .param("p", personId)
        .query((rs, i) -> new Post(rs.getString(1), rs.getObject(2, LocalDate.class)))
        .optional();
  }

  // ---------------------------------------------------------------- reading

  /** An evaluation the actor may read: 403 capability, 404, 403 outside the ground. */
  public Evaluation require(long id, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.READ_OWN_RECORD);
    Evaluation e = row(id).orElseThrow(() -> new NotFoundException("evaluation.notFound", id));
    boolean own = actor.can(Capability.READ_OWN_RECORD) && ownRecord(actor, e.personId());
    if (!own
        && !(actor.can(Capability.READ_RECORDS)
            && visibility.coversUnit(actor, e.unitCode(), e.unitOn()))) {
      throw new ForbiddenException("evaluation.outsideScope", id);
    }
    return e;
  }

  /** The evaluations of a person the actor may read (every year and system, newest first). */
  public List<Evaluation> ofPerson(long personId, Actor actor) {
    visibility.requireSees(actor, personId);
    return jdbc.sql("SELECT * FROM evaluation WHERE person_id = :p ORDER BY year DESC, system DESC")
        .param("p", personId)
        .query((rs, i) -> map(rs))
        .list();
  }

  /** The evaluations of the communes of a unit for a year (status optional). */
  public List<Evaluation> ofUnit(
      String unitCode, int year, Evaluation.Status status, LocalDate on, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    List<String> communes = ground(unitCode, on, actor);
    if (communes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM evaluation WHERE unit_code IN (:c) AND year = :y"
                + " AND (CAST(:st AS varchar) IS NULL OR status = :st)"
                + " ORDER BY unit_code, person_id, system DESC")
        .param("c", communes)
        .param("y", year)
        .param("st", status == null ? null : status.name())
        .query((rs, i) -> map(rs))
        .list();
  }

  /** The summary of a unit's ratings for a year: counts per level and the HTXSNV cap verdict. */
  public List<Summary> summary(String unitCode, int year, LocalDate on, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.READ_FIGURES);
    List<String> communes = ground(unitCode, on, actor);
    List<Summary> out = new ArrayList<>();
    for (RatingSystem system : RatingSystem.values()) {
      Map<Level, Long> levels = new EnumMap<>(Level.class);
      for (Level l : Level.values()) {
        levels.put(l, 0L);
      }
      Map<Evaluation.Status, Long> statuses = new EnumMap<>(Evaluation.Status.class);
      for (Evaluation.Status s : Evaluation.Status.values()) {
        statuses.put(s, 0L);
      }
      if (!communes.isEmpty()) {
        jdbc.sql(
                "SELECT status, decided_level, count(*) FROM evaluation WHERE unit_code IN (:c)"
                    + " AND year = :y AND system = :s GROUP BY 1, 2")
            .param("c", communes)
            .param("y", year)
            .param("s", system.name())
            .query(
                (rs, i) -> {
                  statuses.merge(
                      Evaluation.Status.valueOf(rs.getString(1)), rs.getLong(3), Long::sum);
                  if (rs.getString(2) != null) {
                    levels.merge(Level.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
                  }
                  return null;
                })
            .list();
      }
      Optional<RuleSet> rs = rules.ruleSet(year, system);
      Cap cap =
          rs.map(r -> cap(r, levels.get(Level.HTXSNV), levels.get(Level.HTTNV), false))
              .orElse(null);
      out.add(new Summary(system, levels, statuses, cap));
    }
    return out;
  }

  /** The counts of one system for a unit and year. */
  public record Summary(
      RatingSystem system,
      Map<Level, Long> levels,
      Map<Evaluation.Status, Long> statuses,
      Cap cap) {}

  /**
   * The HTXSNV cap: {@code htxsnv} decided against {@code allowed} = ⌊{@code pct}% of the HTTNV
   * count⌋, with the rule that sets it.
   */
  public record Cap(
      long htxsnv,
      long httnv,
      BigDecimal pct,
      long allowed,
      boolean within,
      String legalSource,
      String article,
      String confidence) {}

  /** The cap of a regime, or null for a regime without one (a record-only regime). */
  static Cap cap(RuleSet r, long htxsnv, long httnv, boolean outstanding) {
    if (r.rule("htxsnv_cap_pct").isEmpty()) {
      return null;
    }
    RuleSet.Rule rule =
        outstanding
            ? r.rule("htxsnv_cap_outstanding_pct").orElse(r.required("htxsnv_cap_pct"))
            : r.required("htxsnv_cap_pct");
    long allowed =
        BigDecimal.valueOf(httnv)
            .multiply(rule.value())
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
            .longValue();
    return new Cap(
        htxsnv,
        httnv,
        rule.value(),
        allowed,
        htxsnv <= allowed,
        rule.legalSource(),
        rule.article(),
        rule.confidence());
  }

  /** The communes of a unit's ground on a date: 404 no such unit, 403 outside the actor's. */
  private List<String> ground(String unitCode, LocalDate on, Actor actor) {
    Unit unit =
        units
            .nearest(unitCode, on)
            .orElseThrow(() -> new NotFoundException("evaluation.unit.notFound", unitCode));
    visibility.requireUnit(actor, unit, on);
    return units.communesCovering(unit, on).stream().map(Unit::code).toList();
  }

  // ---------------------------------------------------------------- steps

  /** The self-assessment: the cadre on their own record, or an officer from the paper form. */
  @Transactional
  public Evaluation selfAssess(long id, EvaluationSteps.SelfAssessment s, Actor actor) {
    actor.requireAny(Capability.SELF_ASSESS, Capability.PROPOSE_RATINGS);
    Evaluation e = load(id);
    boolean own = actor.can(Capability.SELF_ASSESS) && ownRecord(actor, e.personId());
    if (!own && !keeps(actor, e)) {
      throw new ForbiddenException("evaluation.outsideScope", id);
    }
    requireOpen(e);
    RuleSet r = rules.ruleSet(e.regime(), e.year());
    // continuous tracking (NĐ 335/2025): blank task points are the year's tracked ones
    s = tracking.withTracked(e, r, s);
    List<FieldError> errors = new ArrayList<>();
    BigDecimal general = points(errors, "generalPoints", s.generalPoints(), r, "general_max");
    BigDecimal task = points(errors, "taskPoints", s.taskPoints(), r, "task_max");
    date(errors, "on", s.on(), e);
    text(errors, "text", s.text(), false);
    Integer majorErrors = s.majorErrors();
    if (majorErrors != null && majorErrors != 0) {
      if (majorErrors < 0 || majorErrors > 100) {
        errors.add(
            new FieldError(
                "majorErrors", "evaluation.parameter.range", "majorErrors", majorErrors, 0, 100));
      } else if (r.rule(EvaluationRules.MAJOR_ERROR_DEDUCTION).isEmpty()) {
        errors.add(new FieldError("majorErrors", "evaluation.majorErrors.notInRegime", r.name()));
      } else if (task == null) {
        errors.add(new FieldError("majorErrors", "evaluation.majorErrors.needsTaskPoints"));
      }
    }
    InvalidInputException.throwIfAny(errors);
    jdbc.sql(
            "UPDATE evaluation SET self_major_errors = :me,"
                + " self_general = :g, self_task = :t, self_level = :l,"
                + " self_text = :x, self_on = :on, self_by = :by, self_at = now(),"
                + " status = CASE WHEN status = 'OPEN' THEN 'SELF_ASSESSED' ELSE status END"
                + " WHERE id = :id")
        .param("me", majorErrors)
        .param("g", general)
        .param("t", task)
        .param("l", s.level() == null ? null : s.level().name())
        .param("x", blankToNull(s.text()))
        .param("on", s.on())
        .param("by", actor.username())
        .param("id", id)
        .update();
    return row(id).orElseThrow();
  }

  /** The direct manager's comments, recorded by an officer. */
  @Transactional
  public Evaluation comment(long id, EvaluationSteps.Comment c, Actor actor) {
    Evaluation e = requireKept(id, actor);
    requireOpen(e);
    List<FieldError> errors = new ArrayList<>();
    date(errors, "on", c.on(), e);
    if (c.text() == null || c.text().isBlank()) {
      errors.add(new FieldError("text", "evaluation.field.required"));
    } else {
      text(errors, "text", c.text(), true);
    }
    InvalidInputException.throwIfAny(errors);
    jdbc.sql(
            "UPDATE evaluation SET comment_text = :x, comment_on = :on, comment_by = :by,"
                + " comment_at = now() WHERE id = :id")
        .param("x", c.text().trim())
        .param("on", c.on())
        .param("by", actor.username())
        .param("id", id)
        .update();
    return row(id).orElseThrow();
  }

  /** The unit's meeting (minutes, votes): after the self-assessment. */
  @Transactional
  public Evaluation meeting(long id, EvaluationSteps.Meeting m, Actor actor) {
    Evaluation e = requireKept(id, actor);
    requireOpen(e);
    List<FieldError> errors = new ArrayList<>();
    date(errors, "on", m.on(), e);
    if (m.minutes() == null || m.minutes().isBlank()) {
      errors.add(new FieldError("minutes", "evaluation.field.required"));
    } else {
      text(errors, "minutes", m.minutes(), true);
    }
    votes(errors, "votesHtxsnv", m.votesHtxsnv());
    votes(errors, "votesHttnv", m.votesHttnv());
    votes(errors, "votesHtnv", m.votesHtnv());
    votes(errors, "votesKhtnv", m.votesKhtnv());
    after(
        errors,
        "on",
        m.on(),
        e.selfAssessment() == null ? null : e.selfAssessment().on(),
        e,
        "evaluation.step.afterSelfAssessment");
    InvalidInputException.throwIfAny(errors);
    jdbc.sql(
            "UPDATE evaluation SET meeting_on = :on, meeting_minutes = :x, votes_htxsnv = :a,"
                + " votes_httnv = :b, votes_htnv = :c, votes_khtnv = :d, meeting_by = :by,"
                + " meeting_at = now(), status = 'MEETING_HELD' WHERE id = :id")
        .param("on", m.on())
        .param("x", m.minutes().trim())
        .param("a", m.votesHtxsnv())
        .param("b", m.votesHttnv())
        .param("c", m.votesHtnv())
        .param("d", m.votesKhtnv())
        .param("by", actor.username())
        .param("id", id)
        .update();
    return row(id).orElseThrow();
  }

  /** The level proposed to the competent person: after the meeting. */
  @Transactional
  public Evaluation propose(long id, EvaluationSteps.Proposal p, Actor actor) {
    Evaluation e = requireKept(id, actor);
    requireOpen(e);
    RuleSet r = rules.ruleSet(e.regime(), e.year());
    List<FieldError> errors = new ArrayList<>();
    if (p.level() == null) {
      errors.add(new FieldError("level", "evaluation.field.required"));
    } else {
      levelInRegime(errors, p.level(), r);
    }
    date(errors, "on", p.on(), e);
    BigDecimal points = null;
    if (p.points() != null && !p.points().isBlank()) {
      points = points(errors, "points", p.points(), r, null);
    }
    after(
        errors,
        "on",
        p.on(),
        e.meeting() == null ? null : e.meeting().on(),
        e,
        "evaluation.step.afterMeeting");
    subordinates(errors, p, e.leader());
    InvalidInputException.throwIfAny(errors);
    jdbc.sql(
            "UPDATE evaluation SET proposed_level = :l, proposed_points = :pt, proposed_on = :on,"
                + " proposed_by = :by, proposed_at = now(), status = 'PROPOSED' WHERE id = :id")
        .param("l", p.level().name())
        .param("pt", points)
        .param("on", p.on())
        .param("by", actor.username())
        .param("id", id)
        .update();
    return row(id).orElseThrow();
  }

  /**
   * What the leader conditions on subordinate units say against a proposed level (NĐ 90/2020 as
   * amended by NĐ 48/2023; QĐ 366-QĐ/TW Điều 11 điểm 4.1): empty when they allow it; otherwise
   * every reason the level is too high. The counts sent with the proposal, else counted from the
   * records ({@link LeaderChecks}). A warning, not a refusal: the competent person decides.
   */
  public List<Classification.Reason> leaderWarnings(Evaluation e, EvaluationSteps.Proposal p) {
    return leaderChecks.proposal(e, p).reasons();
  }

  private static ClassificationInput.Subordinates subordinates(
      List<FieldError> errors, EvaluationSteps.Proposal p, boolean leader) {
    Map<String, String> raw = new java.util.HashMap<>();
    raw.put("subordinateUnits", text(p.subordinateUnits()));
    raw.put("subordinateUnitsHtxsnv", text(p.subordinateUnitsHtxsnv()));
    raw.put("subordinateUnitsHttnv", text(p.subordinateUnitsHttnv()));
    raw.put("subordinateUnitsKhtnv", text(p.subordinateUnitsKhtnv()));
    return EvaluationRules.subordinates(errors, raw, leader);
  }

  private static String text(Integer i) {
    return i == null ? null : i.toString();
  }

  /**
   * The decision: the rating becomes final. Refused before the self-assessment and the proposal,
   * and beyond the HTXSNV cap of the regime (with the numbers and the rule).
   */
  @Transactional
  public Evaluation decide(long id, EvaluationSteps.Decision d, Actor actor) {
    actor.require(Capability.DECIDE_RATINGS);
    Evaluation e = load(id);
    if (!visibility.coversUnit(actor, e.unitCode(), e.unitOn())) {
      throw new ForbiddenException("evaluation.outsideScope", id);
    }
    requireOpen(e);
    RuleSet regime = rules.ruleSet(e.regime(), e.year());
    List<FieldError> errors = new ArrayList<>();
    if (d.level() == null) {
      errors.add(new FieldError("level", "evaluation.field.required"));
    } else {
      levelInRegime(errors, d.level(), regime);
    }
    if (d.number() == null || d.number().isBlank()) {
      errors.add(new FieldError("number", "evaluation.field.required"));
    } else if (!TextRules.check(errors, "number", d.number()) && d.number().trim().length() > 60) {
      errors.add(new FieldError("number", "evaluation.field.length", 60));
    }
    if (d.signer() == null || d.signer().isBlank()) {
      errors.add(new FieldError("signer", "evaluation.field.required"));
    } else if (!TextRules.check(errors, "signer", d.signer()) && d.signer().trim().length() > 200) {
      errors.add(new FieldError("signer", "evaluation.field.length", 200));
    }
    date(errors, "date", d.date(), e);
    if (e.selfAssessment() == null) {
      errors.add(new FieldError("date", "evaluation.decision.beforeSelfAssessment"));
    } else if (e.proposal() == null) {
      errors.add(new FieldError("date", "evaluation.decision.beforeProposal"));
    } else {
      after(errors, "date", d.date(), e.proposal().on(), e, "evaluation.step.afterProposal");
    }
    discipline.check(
        errors,
        "level",
        e.personId(),
        e.year(),
        e.system(),
        d.level(),
        regime,
        d.disciplineCountedIn());
    for (CollectiveRatings.Body b : collectives.missingBefore(e, regime)) {
      RuleSet.Rule rule = regime.required(CollectiveRatings.RULE);
      errors.add(
          new FieldError(
              "level",
              "evaluation.collective.first." + b.name(),
              String.valueOf(e.year()),
              rule.legalSource() + ", " + rule.article()));
    }
    InvalidInputException.throwIfAny(errors);
    if (d.level() == Level.HTXSNV) {
      Boolean group = capGroups.groupOf(e.leader());
      // one decider at a time per group, so that two decisions cannot both pass the cap
      jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:k))")
          .param("k", "evaluation-cap:" + e.unitCode() + ":" + e.year() + ":" + e.system())
          .query()
          .singleRow();
      Map<Level, Long> decided = decidedLevels(e.unitCode(), e.year(), e.system(), group);
      Cap cap =
          cap(
              regime,
              decided.get(Level.HTXSNV) + 1,
              decided.get(Level.HTTNV),
              Boolean.TRUE.equals(d.outstandingUnit()));
      if (cap != null && !cap.within()) {
        throw new ConflictException(
            "evaluation.cap.exceeded" + CapGroups.suffix(group),
            cap.htxsnv(),
            cap.httnv(),
            EvaluationRules.plain(cap.pct()),
            cap.allowed(),
            cap.legalSource() + ", " + cap.article());
      }
    }
    jdbc.sql(
            "UPDATE evaluation SET decided_level = :l, decision_number = :n, decision_date = :d,"
                + " decision_signer = :s, decided_by = :by, decided_at = now(), status = 'DECIDED',"
                + " discipline_counted_in = :dc WHERE id = :id")
        .param("l", d.level().name())
        .param("n", d.number().trim())
        .param("d", d.date())
        .param("s", d.signer().trim())
        .param("by", actor.username())
        .param("dc", d.disciplineCountedIn())
        .param("id", id)
        .update();
    events.publishEvent(new RatingDecided(id, e.personId(), e.year(), e.system()));
    return row(id).orElseThrow();
  }

  private Map<Level, Long> decidedLevels(
      String unitCode, int year, RatingSystem system, Boolean group) {
    Map<Level, Long> levels = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      levels.put(l, 0L);
    }
    jdbc.sql(
            "SELECT decided_level, count(*) FROM evaluation WHERE unit_code = :u AND year = :y"
                + " AND system = :s AND status = 'DECIDED'"
                + CapGroups.condition(group)
                + " GROUP BY 1")
        .param("u", unitCode)
        .param("y", year)
        .param("s", system.name())
        .params(group == null ? Map.of() : Map.of("leader", group))
        .query((rs, i) -> levels.put(Level.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    return levels;
  }

  /**
   * The HTXSNV cap of the group an evaluation is counted in (its unit, year, system and — with
   * {@link CapGroups} by role — leaders or the others), as the approver sees it before deciding.
   */
  public Cap capOf(Evaluation e) {
    Boolean group = capGroups.groupOf(e.leader());
    Map<Level, Long> decided = decidedLevels(e.unitCode(), e.year(), e.system(), group);
    return cap(
        rules.ruleSet(e.regime(), e.year()),
        decided.get(Level.HTXSNV),
        decided.get(Level.HTTNV),
        false);
  }

  /** The message-key suffix naming the group the cap of {@code e} is counted in ("" for all). */
  public String capGroupSuffix(Evaluation e) {
    return CapGroups.suffix(capGroups.groupOf(e.leader()));
  }

  // ---------------------------------------------------------------- checks

  Evaluation load(long id) {
    return row(id).orElseThrow(() -> new NotFoundException("evaluation.notFound", id));
  }

  /** An evaluation an officer keeps: 403 capability, 404, 403 outside the ground. */
  Evaluation requireKept(long id, Actor actor) {
    actor.require(Capability.PROPOSE_RATINGS);
    Evaluation e = load(id);
    if (!keeps(actor, e)) {
      throw new ForbiddenException("evaluation.outsideScope", id);
    }
    return e;
  }

  boolean keeps(Actor actor, Evaluation e) {
    return actor.can(Capability.PROPOSE_RATINGS)
        && visibility.coversUnit(actor, e.unitCode(), e.unitOn());
  }

  /** A level the regime has: "not rated" only where it has a minimum of months worked. */
  private static void levelInRegime(List<FieldError> errors, Level level, RuleSet r) {
    if (level == Level.NOT_RATED && r.rule("min_months_worked").isEmpty()) {
      errors.add(new FieldError("level", "evaluation.level.notInRegime", level.name(), r.name()));
    }
  }

  static void requireOpen(Evaluation e) {
    if (e.decided()) {
      throw new ConflictException("evaluation.decided", e.id(), e.decision().number());
    }
  }

  private static boolean ownRecord(Actor actor, long personId) {
    Long own = actor.access().personId();
    return own != null && own == personId;
  }

  private boolean personExists(long personId) {
    return Boolean.TRUE.equals(
        jdbc.sql("SELECT people_created_by(:p) IS NOT NULL")
            .param("p", personId)
            .query(Boolean.class)
            .single());
  }

  /** A step's date: given, not before the evaluation year, not in the far future. */
  static void date(List<FieldError> errors, String field, LocalDate on, Evaluation e) {
    if (on == null) {
      errors.add(new FieldError(field, "evaluation.field.required"));
    } else if (on.getYear() < e.year() || on.getYear() > e.year() + 2) {
      errors.add(
          new FieldError(
              field,
              "evaluation.date.year",
              on.toString(),
              String.valueOf(e.year()),
              String.valueOf(e.year() + 2)));
    }
  }

  static void after(
      List<FieldError> errors,
      String field,
      LocalDate on,
      LocalDate previous,
      Evaluation e,
      String key) {
    if (previous == null) {
      errors.add(new FieldError(field, key + ".missing"));
    } else if (on != null && on.isBefore(previous)) {
      errors.add(new FieldError(field, key, on.toString(), previous.toString()));
    }
  }

  private static void votes(List<FieldError> errors, String field, Integer v) {
    if (v != null && (v < 0 || v > 100_000)) {
      errors.add(new FieldError(field, "evaluation.votes.range", v));
    }
  }

  static void text(List<FieldError> errors, String field, String v, boolean multi) {
    boolean bad = TextRules.checkMultiLine(errors, field, v);
    if (!bad && v != null && v.length() > TEXT_MAX) {
      errors.add(new FieldError(field, "evaluation.field.length", TEXT_MAX));
    }
  }

  private static BigDecimal points(
      List<FieldError> errors, String field, String v, RuleSet r, String maxKey) {
    if (v == null || v.isBlank()) {
      errors.add(new FieldError(field, "evaluation.field.required"));
      return null;
    }
    String t = v.trim();
    if (!t.matches("\\d{1,3}(\\.\\d{1,2})?")) {
      errors.add(new FieldError(field, "evaluation.points.format", field, t));
      return null;
    }
    BigDecimal p = new BigDecimal(t);
    BigDecimal max =
        maxKey == null
            ? r.required("general_max").value().add(r.required("task_max").value())
            : r.required(maxKey).value();
    if (p.compareTo(max) > 0) {
      errors.add(
          new FieldError(
              field,
              "evaluation.points.range",
              field,
              EvaluationRules.plain(p),
              EvaluationRules.plain(max),
              r.name()));
      return null;
    }
    return p;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  // ---------------------------------------------------------------- rows

  Optional<Evaluation> row(long id) {
    return jdbc.sql("SELECT * FROM evaluation WHERE id = :id")
        .param("id", id)
        .query((rs, i) -> map(rs))
        .optional();
  }

  private static Evaluation map(ResultSet rs) throws SQLException {
    Evaluation.SelfAssessment self =
        rs.getObject("self_on") == null
            ? null
            : new Evaluation.SelfAssessment(
                rs.getBigDecimal("self_general"),
                rs.getBigDecimal("self_task"),
                level(rs.getString("self_level")),
                rs.getString("self_text"),
                rs.getObject("self_on", LocalDate.class),
                rs.getString("self_by"),
                instant(rs.getTimestamp("self_at")),
                (Integer) rs.getObject("self_major_errors"));
    Evaluation.Comment comment =
        rs.getObject("comment_on") == null
            ? null
            : new Evaluation.Comment(
                rs.getString("comment_text"),
                rs.getObject("comment_on", LocalDate.class),
                rs.getString("comment_by"),
                instant(rs.getTimestamp("comment_at")));
    Evaluation.Meeting meeting =
        rs.getObject("meeting_on") == null
            ? null
            : new Evaluation.Meeting(
                rs.getObject("meeting_on", LocalDate.class),
                rs.getString("meeting_minutes"),
                (Integer) rs.getObject("votes_htxsnv"),
                (Integer) rs.getObject("votes_httnv"),
                (Integer) rs.getObject("votes_htnv"),
                (Integer) rs.getObject("votes_khtnv"),
                rs.getString("meeting_by"),
                instant(rs.getTimestamp("meeting_at")));
    Evaluation.Proposal proposal =
        rs.getObject("proposed_on") == null
            ? null
            : new Evaluation.Proposal(
                level(rs.getString("proposed_level")),
                rs.getBigDecimal("proposed_points"),
                rs.getObject("proposed_on", LocalDate.class),
                rs.getString("proposed_by"),
                instant(rs.getTimestamp("proposed_at")));
    Evaluation.Decision decision =
        rs.getObject("decision_date") == null
            ? null
            : new Evaluation.Decision(
                level(rs.getString("decided_level")),
                rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("decision_signer"),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")));
    Evaluation.PartyOpinion opinion =
        rs.getObject("party_opinion_on") == null
            ? null
            : new Evaluation.PartyOpinion(
                rs.getString("party_opinion_text"),
                rs.getObject("party_opinion_on", LocalDate.class),
                rs.getString("party_opinion_by"),
                instant(rs.getTimestamp("party_opinion_at")));
    Evaluation.Notice notice =
        rs.getObject("notice_on") == null
            ? null
            : new Evaluation.Notice(
                rs.getObject("notice_on", LocalDate.class),
                rs.getString("notice_text"),
                rs.getString("notice_by"),
                instant(rs.getTimestamp("notice_at")));
    return new Evaluation(
        rs.getLong("id"),
        rs.getLong("person_id"),
        rs.getInt("year"),
        RatingSystem.valueOf(rs.getString("system")),
        rs.getString("regime_code"),
        rs.getString("unit_code"),
        rs.getObject("unit_on", LocalDate.class),
        rs.getBoolean("leader"),
        Evaluation.Status.valueOf(rs.getString("status")),
        rs.getString("created_by"),
        instant(rs.getTimestamp("created_at")),
        self,
        comment,
        meeting,
        proposal,
        decision,
        opinion,
        notice);
  }

  private static Level level(String s) {
    return s == null ? null : Level.valueOf(s);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /** Counts as a map for JSON (level name → count). */
  public static Map<String, Long> names(Map<? extends Enum<?>, Long> counts) {
    Map<String, Long> m = new LinkedHashMap<>();
    counts.forEach((k, v) -> m.put(k.name(), v));
    return m;
  }
}
