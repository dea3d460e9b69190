package vn.cbcs.recruitment;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.PersonRegistration;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * Recruitment rounds (issue 16): open a round for a commune with its plan, method, positions and
 * timeline (the deadlines of NĐ 170/2025 Điều 15–16 checked, the rule in the message); record
 * candidates and their scores; rank them (Điều 10, 12 with the priority points of Điều 6); record
 * the recruitment decision (Điều 19), which registers each recruited candidate's person record and
 * post through {@link PersonRegistration} with the actor — no re-typing — and announces {@link
 * RecruitmentDecided}.
 *
 * <p>Authorization (ADR 13): writing needs {@link Capability#RECRUIT}, reading {@link
 * Capability#READ_RECORDS}; a round lies in its commune's ground on its notice date, and an actor
 * not covering it gets 403 (404 for no such round). Every refusal comes before anything is written;
 * a refused step changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Rounds {

  static final String RULE_AGE = "Luật Cán bộ, công chức 80/2025/QH15 Điều 19 khoản 1 điểm c";

  private final JdbcClient jdbc;
  private final Units units;
  private final Visibility visibility;
  private final PositionCatalogue positions;
  private final RecruitmentRules rules;
  private final PersonRegistration registration;
  private final ApplicationEventPublisher events;
  private final Eligibility eligibility;

  Rounds(
      JdbcClient jdbc,
      Units units,
      Visibility visibility,
      PositionCatalogue positions,
      RecruitmentRules rules,
      PersonRegistration registration,
      ApplicationEventPublisher events,
      Eligibility eligibility) {
    this.eligibility = eligibility;
    this.jdbc = jdbc;
    this.units = units;
    this.visibility = visibility;
    this.positions = positions;
    this.rules = rules;
    this.registration = registration;
    this.events = events;
  }

  // --- opening a round

  /** Every reason the round would be refused (the actor's ground is checked by {@link #open}). */
  public List<FieldError> check(NewRound r) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Unit> unit = Optional.empty();
    if (blank(r.unitCode())) {
      errors.add(new FieldError("unitCode", "recruitment.field.required"));
    } else if (r.noticeDate() != null) {
      unit = units.find(r.unitCode(), r.noticeDate());
      if (unit.isEmpty() || unit.get().level() != UnitLevel.COMMUNE) {
        errors.add(
            new FieldError("unitCode", "recruitment.round.unit", r.unitCode(), r.noticeDate()));
        unit = Optional.empty();
      }
    }
    text(errors, "title", r.title(), 300);
    text(errors, "planNumber", r.planNumber(), 100);
    text(errors, "planIssuer", r.planIssuer(), 300);
    if (r.method() == null) {
      errors.add(new FieldError("method", "recruitment.method.required"));
    }
    for (var d :
        List.of(
            Map.entry("planDate", Optional.ofNullable(r.planDate())),
            Map.entry("noticeDate", Optional.ofNullable(r.noticeDate())),
            Map.entry("applicationsClose", Optional.ofNullable(r.applicationsClose())))) {
      if (d.getValue().isEmpty()) {
        errors.add(new FieldError(d.getKey(), "recruitment.field.required"));
      }
    }
    if (r.planDate() != null && r.noticeDate() != null && r.noticeDate().isBefore(r.planDate())) {
      errors.add(new FieldError("noticeDate", "recruitment.round.noticeBeforePlan", r.planDate()));
    }
    Optional<RecruitmentRuleSet> set =
        r.noticeDate() == null ? Optional.empty() : rules.on(r.noticeDate());
    if (r.noticeDate() != null && set.isEmpty()) {
      errors.add(new FieldError("noticeDate", "recruitment.rules.none", r.noticeDate()));
    }
    if (r.positions().isEmpty()) {
      errors.add(new FieldError("positions", "recruitment.round.noPositions"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < r.positions().size(); i++) {
      NewRound.Offer o = r.positions().get(i);
      String f = "positions[" + i + "].";
      if (o == null || blank(o.positionCode())) {
        errors.add(new FieldError(f + "positionCode", "recruitment.field.required"));
        continue;
      }
      if (!seen.add(o.positionCode())) {
        errors.add(
            new FieldError(f + "positionCode", "recruitment.round.duplicate", o.positionCode()));
      }
      if (r.noticeDate() != null) {
        Optional<Position> p = positions.find(o.positionCode(), r.noticeDate());
        if (p.isEmpty() || (unit.isPresent() && !p.get().existsIn(unit.get().type().name()))) {
          errors.add(
              new FieldError(
                  f + "positionCode",
                  "recruitment.round.position",
                  o.positionCode(),
                  r.noticeDate()));
        } else if (p.get().seats() != null && o.seats() > p.get().seats()) {
          errors.add(
              new FieldError(
                  f + "seats",
                  "recruitment.round.seatsOverLaw",
                  o.seats(),
                  p.get().seats(),
                  p.get().legalSource()));
        }
      }
      if (o.seats() < 1 || o.seats() > 100) {
        errors.add(new FieldError(f + "seats", "recruitment.round.seats", o.seats()));
      }
    }
    if (set.isPresent() && r.method() != null) {
      errors.addAll(Timeline.check(r, set.get()));
    }
    return errors;
  }

  /** Opens a round for a commune of the actor's ground; returns its id. */
  @Transactional
  public long open(NewRound r, Actor actor) {
    actor.require(Capability.RECRUIT);
    if (!blank(r.unitCode()) && r.noticeDate() != null) {
      units
          .find(r.unitCode(), r.noticeDate())
          .ifPresent(u -> visibility.requireUnit(actor, u, r.noticeDate()));
    }
    InvalidInputException.throwIfAny(check(r));
    long id =
        jdbc.sql(
                "INSERT INTO recruitment_round (unit_code, title, method, plan_number, plan_date,"
                    + " plan_issuer, notice_date, applications_close, large, candidate_list_date,"
                    + " round1_date, round2_date, marking_date, created_by)"
                    + " VALUES (:u, :t, :m, :pn, :pd, :pi, :nd, :ac, :lg, :cl, :r1, :r2, :mk, :by)"
                    + " RETURNING id")
            .param("u", r.unitCode())
            .param("t", r.title().strip())
            .param("m", r.method().name())
            .param("pn", r.planNumber().strip())
            .param("pd", r.planDate())
            .param("pi", r.planIssuer().strip())
            .param("nd", r.noticeDate())
            .param("ac", r.applicationsClose())
            .param("lg", r.large())
            .param("cl", r.candidateListDate())
            .param("r1", r.round1Date())
            .param("r2", r.round2Date())
            .param("mk", r.markingDate())
            .param("by", actor.username())
            .query(Long.class)
            .single();
    for (NewRound.Offer o : r.positions()) {
      jdbc.sql(
              "INSERT INTO recruitment_round_position (round_id, position_code, seats) VALUES (?, ?, ?)")
          .params(id, o.positionCode(), o.seats())
          .update();
    }
    return id;
  }

  // --- reading

  /** The rounds of the communes in the actor's ground (each on its notice date). */
  public List<Round> list(String unitCode, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    return jdbc
        .sql(
            "SELECT * FROM recruitment_round WHERE (CAST(:u AS varchar) IS NULL OR unit_code = :u)"
                + " ORDER BY notice_date DESC, id DESC")
        .param("u", blank(unitCode) ? null : unitCode)
        .query((rs, i) -> round(rs))
        .list()
        .stream()
        .filter(r -> visibility.coversUnit(actor, r.unitCode(), r.noticeDate()))
        .map(this::withPositions)
        .toList();
  }

  /** A round the actor may read: 404 none, 403 outside the ground. */
  public Round get(long id, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    return withPositions(require(id, actor));
  }

  private Round require(long id, Actor actor) {
    Round r =
        jdbc.sql("SELECT * FROM recruitment_round WHERE id = :id")
            .param("id", id)
            .query((rs, i) -> round(rs))
            .optional()
            .orElseThrow(() -> new NotFoundException("recruitment.round.notFound", id));
    if (!visibility.coversUnit(actor, r.unitCode(), r.noticeDate())) {
      throw new ForbiddenException("error.unit.outsideScope", r.unitCode());
    }
    return r;
  }

  private Round requireOpen(long id, Actor actor) {
    actor.require(Capability.RECRUIT);
    Round r = withPositions(require(id, actor));
    if (r.status() != Round.Status.OPEN) {
      throw new ConflictException("recruitment.round.decided", id);
    }
    return r;
  }

  /** The candidates of a round (priority groups only for readers of sensitive data). */
  public List<Candidate> candidates(long roundId, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    require(roundId, actor);
    return candidatesOf(roundId, actor.can(Capability.SEE_SENSITIVE));
  }

  private List<Candidate> candidatesOf(long roundId, boolean sensitive) {
    return jdbc.sql("SELECT * FROM recruitment_candidate WHERE round_id = :r ORDER BY id")
        .param("r", roundId)
        .query((rs, i) -> candidate(rs, sensitive))
        .list();
  }

  // --- candidates and scores

  /** Records applications (all or none); returns their ids in order. */
  @Transactional
  public List<Long> addCandidates(long roundId, List<NewCandidate> list, Actor actor) {
    return addCandidates(roundId, list, List.of(), actor);
  }

  /**
   * Records applications (all or none), refusing them with the reasons the caller found reading
   * them ({@code readErrors}, e.g. an unknown priority group) together with the service's own.
   */
  @Transactional
  public List<Long> addCandidates(
      long roundId, List<NewCandidate> list, List<FieldError> readErrors, Actor actor) {
    Round round = requireOpen(roundId, actor);
    List<FieldError> errors = new ArrayList<>(readErrors);
    if (list == null || list.isEmpty()) {
      errors.add(new FieldError("candidates", "recruitment.candidates.none"));
      InvalidInputException.throwIfAny(errors);
    }
    Set<String> offered = new HashSet<>();
    round.positions().forEach(o -> offered.add(o.positionCode()));
    Set<String> ids =
        new HashSet<>(
            jdbc.sql("SELECT personal_id FROM recruitment_candidate WHERE round_id = :r")
                .param("r", roundId)
                .query(String.class)
                .list());
    for (int i = 0; i < list.size(); i++) {
      NewCandidate c = list.get(i);
      String f = "candidates[" + i + "].";
      if (c == null) {
        errors.add(new FieldError("candidates[" + i + "]", "recruitment.field.required"));
        continue;
      }
      if (blank(c.positionCode()) || !offered.contains(c.positionCode())) {
        errors.add(
            new FieldError(f + "positionCode", "recruitment.candidate.position", c.positionCode()));
      }
      if (c.personalId() == null || !c.personalId().matches("\\d{12}")) {
        errors.add(new FieldError(f + "personalId", "recruitment.candidate.personalId"));
      } else if (!ids.add(c.personalId())) {
        errors.add(
            new FieldError(f + "personalId", "recruitment.candidate.duplicate", c.personalId()));
      }
      text(errors, f + "fullName", c.fullName(), 100);
      if (c.sex() == null) {
        errors.add(new FieldError(f + "sex", "recruitment.field.required"));
      }
      if (c.birthDate() == null) {
        errors.add(new FieldError(f + "birthDate", "recruitment.field.required"));
      } else if (c.birthDate().plusYears(18).isAfter(round.applicationsClose())) {
        errors.add(
            new FieldError(
                f + "birthDate", "recruitment.candidate.age", round.applicationsClose(), RULE_AGE));
      }
      if (c.phone() != null
          && !c.phone().isBlank()
          && !c.phone().strip().matches("[0-9 +().-]{6,20}")) {
        errors.add(new FieldError(f + "phone", "recruitment.candidate.phone"));
      }
      if (!blank(c.generalEducation())
          && !c.generalEducation().strip().matches("\\d{1,2}/\\d{1,2}")) {
        errors.add(
            new FieldError(
                f + "generalEducation",
                "recruitment.candidate.generalEducation",
                c.generalEducation()));
      }
      if (!blank(c.professionalLevel())
          && !eligibility.knownProfessionalLevel(c.professionalLevel().strip())) {
        errors.add(
            new FieldError(
                f + "professionalLevel", "recruitment.candidate.level", c.professionalLevel()));
      }
      if (!blank(c.major())) {
        text(errors, f + "major", c.major(), 200);
      }
    }
    InvalidInputException.throwIfAny(errors);
    List<Long> out = new ArrayList<>();
    for (NewCandidate c : list) {
      out.add(
          jdbc.sql(
                  "INSERT INTO recruitment_candidate (round_id, position_code, personal_id, full_name,"
                      + " sex, birth_date, phone, priority, general_education, professional_level,"
                      + " major, recorded_by) VALUES (:r, :p, :pid, :n, :s, :b, :ph,"
                      + " CAST(:pr AS varchar[]), :ge, :pl, :mj, :by) RETURNING id")
              .param("ge", blank(c.generalEducation()) ? null : c.generalEducation().strip())
              .param("pl", blank(c.professionalLevel()) ? null : c.professionalLevel().strip())
              .param("mj", blank(c.major()) ? null : c.major().strip())
              .param("r", roundId)
              .param("p", c.positionCode())
              .param("pid", c.personalId())
              .param("n", c.fullName().strip())
              .param("s", c.sex().name())
              .param("b", c.birthDate())
              .param("ph", blank(c.phone()) ? null : c.phone().strip())
              .param(
                  "pr",
                  "{"
                      + String.join(",", c.priority().stream().map(Enum::name).sorted().toList())
                      + "}")
              .param("by", actor.username())
              .query(Long.class)
              .single());
    }
    return out;
  }

  /** Records scores (all or none), each checked by the rules of the round's method. */
  @Transactional
  public void recordScores(long roundId, List<ScoreEntry> entries, Actor actor) {
    Round round = requireOpen(roundId, actor);
    List<FieldError> errors = new ArrayList<>();
    if (entries == null || entries.isEmpty()) {
      errors.add(new FieldError("scores", "recruitment.scores.none"));
      InvalidInputException.throwIfAny(errors);
    }
    Map<Long, Candidate> byId = new HashMap<>();
    candidatesOf(roundId, true).forEach(c -> byId.put(c.id(), c));
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      ScoreEntry e = entries.get(i);
      String f = "scores[" + i + "].";
      if (e == null || !byId.containsKey(e.candidateId())) {
        errors.add(
            new FieldError(
                f + "candidateId",
                "recruitment.scores.candidate",
                e == null ? null : e.candidateId()));
        continue;
      }
      if (!seen.add(e.candidateId())) {
        errors.add(
            new FieldError(f + "candidateId", "recruitment.scores.duplicate", e.candidateId()));
      }
      errors.addAll(
          rules.check(
              new ScoreInput(
                  round.method(),
                  e.round1Correct(),
                  e.round1Total(),
                  e.written(),
                  e.interview(),
                  Set.of()),
              f));
      for (var p :
          List.of(
              Map.entry("written", Optional.ofNullable(e.written())),
              Map.entry("interview", Optional.ofNullable(e.interview())))) {
        p.getValue()
            .filter(v -> v.scale() > 2 && v.stripTrailingZeros().scale() > 2)
            .ifPresent(
                v ->
                    errors.add(
                        new FieldError(
                            f + p.getKey(),
                            "recruitment.points.format",
                            p.getKey(),
                            v.toPlainString())));
      }
    }
    InvalidInputException.throwIfAny(errors);
    for (ScoreEntry e : entries) {
      jdbc.sql(
              "UPDATE recruitment_candidate SET round1_correct = :c, round1_total = :t, written = :w,"
                  + " interview = :i, scored_by = :by, scored_at = now() WHERE id = :id AND round_id = :r")
          .param("c", e.round1Correct())
          .param("t", e.round1Total())
          .param("w", e.written())
          .param("i", e.interview())
          .param("by", actor.username())
          .param("id", e.candidateId())
          .param("r", roundId)
          .update();
    }
  }

  // --- results and decision

  /** The ranked results of a round, by the rules in force on its notice date. */
  public Results results(long roundId, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    Round round = withPositions(require(roundId, actor));
    return results(round, candidatesOf(roundId, true), actor.can(Capability.SEE_SENSITIVE));
  }

  /**
   * The ranking by the rules in force on the round's notice date; a round dated before any encoded
   * rule set (recorded history) lists its candidates unscored.
   */
  private Results results(Round round, List<Candidate> all, boolean sensitive) {
    RecruitmentRuleSet set = rules.on(round.noticeDate()).orElse(null);
    Map<Long, List<FieldError>> ineligible = ineligible(round);
    List<Results.PositionResult> out = new ArrayList<>();
    for (NewRound.Offer o : round.positions()) {
      List<Ranking.Entry> entries = new ArrayList<>();
      for (Candidate c : all) {
        if (c.positionCode().equals(o.positionCode())) {
          Score s =
              c.scored() && set != null ? rules.score(c.scoreInput(round.method()), set) : null;
          entries.add(
              new Ranking.Entry(sensitive ? c : masked(c), s, !ineligible.containsKey(c.id())));
        }
      }
      out.add(
          new Results.PositionResult(
              o.positionCode(), o.seats(), Ranking.rank(entries, o.seats())));
    }
    return new Results(round, out);
  }

  /**
   * Records the recruitment decision: every recruited candidate gets a person record and the post
   * of the position by this decision (through {@link PersonRegistration#register}, with the actor),
   * the results are kept, the round is DECIDED. Refused whole (400) if any candidate cannot be
   * registered, a tie at the last seat is not resolved by {@code chosen}, or the dates break NĐ
   * 170/2025 Điều 19.
   */
  @Transactional
  public List<Long> decide(long roundId, DecisionInput d, Actor actor) {
    Round round = requireOpen(roundId, actor);
    actor.require(Capability.EDIT_RECORDS);
    RecruitmentRuleSet set = rules.requireOn(round.noticeDate(), "noticeDate");
    List<FieldError> errors = new ArrayList<>();
    text(errors, "number", d.number(), 100);
    text(errors, "issuer", d.issuer(), 300);
    if (d.signer() != null && !d.signer().isBlank()) {
      text(errors, "signer", d.signer(), 200);
    }
    if (d.decidedOn() == null) {
      errors.add(new FieldError("decidedOn", "recruitment.field.required"));
    } else {
      LocalDate last = round.markingDate() != null ? round.markingDate() : round.round2Date();
      if (last != null && d.decidedOn().isBefore(last)) {
        errors.add(new FieldError("decidedOn", "recruitment.decision.beforeResults", last));
      }
    }
    if (d.startOn() == null) {
      errors.add(new FieldError("startOn", "recruitment.field.required"));
    } else if (d.decidedOn() != null) {
      LocalDate latest = d.decidedOn().plusDays(set.days("timeline.report_for_work_days"));
      if (d.startOn().isBefore(d.decidedOn()) || d.startOn().isAfter(latest)) {
        errors.add(
            new FieldError(
                "startOn",
                "recruitment.decision.startOn",
                d.decidedOn(),
                latest,
                set.cite("timeline.report_for_work_days")));
      }
    }
    List<Candidate> all = candidatesOf(roundId, true);
    Results results = results(round, all, true);
    List<Results.Ranked> recruited = new ArrayList<>();
    Set<Long> chosen = new HashSet<>(d.chosen());
    Set<Long> tiedIds = new HashSet<>();
    for (Results.PositionResult p : results.positions()) {
      List<Results.Ranked> tied = p.tied();
      long free = p.seats() - p.recruited();
      p.candidates().stream()
          .filter(c -> c.outcome() == Results.Outcome.RECRUITED)
          .forEach(recruited::add);
      if (!tied.isEmpty()) {
        tied.forEach(t -> tiedIds.add(t.candidate().id()));
        List<Results.Ranked> picked =
            tied.stream().filter(t -> chosen.contains(t.candidate().id())).toList();
        if (picked.size() != free) {
          errors.add(
              new FieldError(
                  "chosen",
                  "recruitment.decision.tie",
                  p.positionCode(),
                  free,
                  String.join(
                      ", ",
                      tied.stream()
                          .map(t -> t.candidate().id() + " " + t.candidate().fullName())
                          .toList()),
                  "Nghị định 170/2025/NĐ-CP "
                      + (round.method() == Method.EXAM ? "Điều 10 khoản 2" : "Điều 12 khoản 2")));
        } else {
          recruited.addAll(picked);
        }
      }
    }
    for (Long c : chosen) {
      if (!tiedIds.contains(c)) {
        errors.add(new FieldError("chosen", "recruitment.decision.notTied", c));
      }
    }
    if (recruited.isEmpty() && errors.isEmpty()) {
      errors.add(new FieldError("candidates", "recruitment.decision.nobody"));
    }
    InvalidInputException.throwIfAny(errors);
    DecisionData decision =
        new DecisionData(
            d.number().strip(),
            d.decidedOn(),
            d.issuer().strip(),
            blank(d.signer()) ? null : d.signer().strip(),
            DecisionKind.RECRUITMENT);
    // every registration checked first, so a refusal names every candidate and writes nothing
    List<FieldError> refusals = new ArrayList<>();
    List<PersonData> data = new ArrayList<>();
    List<NewAssignment> posts = new ArrayList<>();
    for (int i = 0; i < recruited.size(); i++) {
      Candidate c = recruited.get(i).candidate();
      PersonData p =
          PersonData.builder()
              .personalId(c.personalId())
              .fullName(c.fullName())
              .sex(c.sex())
              .birthDate(c.birthDate())
              .phone(c.phone())
              .recruitedOn(d.startOn())
              .recruitedBy(d.issuer().strip())
              .build();
      NewAssignment a =
          new NewAssignment(
              round.unitCode(),
              c.positionCode(),
              false,
              d.startOn(),
              lastDayOfPost(round.unitCode(), c.positionCode(), d.startOn()),
              decision);
      for (FieldError e : registration.check(p, List.of(), List.of(a), actor)) {
        refusals.add(new FieldError("candidates[" + c.id() + "]." + e.field(), e.key(), e.args()));
      }
      data.add(p);
      posts.add(a);
    }
    InvalidInputException.throwIfAny(refusals);
    Map<Long, Long> personOf = new HashMap<>();
    // the demo's own rounds create demo (synthetic) records, like the rest of the demo province
    boolean generated = actor.source() == Actor.Source.DEMO;
    for (int i = 0; i < recruited.size(); i++) {
      long person =
          registration.register(data.get(i), List.of(), List.of(posts.get(i)), actor, generated);
      personOf.put(recruited.get(i).candidate().id(), person);
    }
    jdbc.sql(
            "INSERT INTO recruitment_decision (round_id, number, decided_on, issuer, signer, start_on, decided_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            roundId,
            decision.number(),
            d.decidedOn(),
            decision.issuer(),
            decision.signer(),
            d.startOn(),
            actor.username())
        .update();
    for (Results.PositionResult p : results.positions()) {
      for (Results.Ranked r : p.candidates()) {
        Long person = personOf.get(r.candidate().id());
        jdbc.sql(
                "INSERT INTO recruitment_result (candidate_id, round_id, rank, total, passed, recruited, person_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")
            .params(
                r.candidate().id(),
                roundId,
                r.rank(),
                r.score() == null ? null : r.score().total(),
                r.score() != null && r.score().passed(),
                person != null,
                person)
            .update();
      }
    }
    jdbc.sql("UPDATE recruitment_round SET status = 'DECIDED' WHERE id = ?")
        .params(roundId)
        .update();
    events.publishEvent(new RecruitmentDecided(roundId, round.unitCode(), d.decidedOn()));
    return recruited.stream().map(r -> personOf.get(r.candidate().id())).toList();
  }

  /**
   * The last day a post given on {@code from} can run: open (null), unless the commune or the
   * position of the catalogue ends — recorded history, e.g. a commune merged on 1-7-2025 or a title
   * of NĐ 33/2023 — then their last day (a later post needs its own decision, as for everyone else
   * in the commune).
   */
  private LocalDate lastDayOfPost(String unitCode, String positionCode, LocalDate from) {
    if (from == null) {
      return null;
    }
    LocalDate last = units.find(unitCode, from).map(Unit::validTo).orElse(null);
    LocalDate position = positions.find(positionCode, from).map(Position::validTo).orElse(null);
    if (position != null && (last == null || position.isBefore(last))) {
      last = position;
    }
    return last;
  }

  /**
   * The candidates of a round who do not meet the standard of the position they applied for, with
   * the reasons (the rule in each), judged on the day applications close ({@link Eligibility}).
   */
  public Map<Long, List<FieldError>> ineligible(long roundId, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    return ineligible(withPositions(require(roundId, actor)));
  }

  private Map<Long, List<FieldError>> ineligible(Round round) {
    Map<Long, List<FieldError>> out = new HashMap<>();
    Optional<Unit> unit = units.find(round.unitCode(), round.applicationsClose());
    if (unit.isEmpty()) {
      return out;
    }
    // an erased candidate (CandidateErasure) keeps the education declared, not the birth date:
    // they were 18 or older on the closing day, checked when the application was recorded
    LocalDate adult = round.applicationsClose().minusYears(18);
    jdbc.sql(
            "SELECT id, position_code, birth_date, general_education, professional_level, major"
                + " FROM recruitment_candidate WHERE round_id = :r")
        .param("r", round.id())
        .query(
            rs -> {
              List<FieldError> reasons =
                  eligibility.check(
                      new Eligibility.Declared(
                          rs.getObject("birth_date", LocalDate.class) == null
                              ? adult
                              : rs.getObject("birth_date", LocalDate.class),
                          rs.getString("general_education"),
                          rs.getString("professional_level"),
                          rs.getString("major")),
                      rs.getString("position_code"),
                      unit.get(),
                      round.applicationsClose(),
                      "");
              if (!reasons.isEmpty()) {
                out.put(rs.getLong("id"), reasons);
              }
            });
    return out;
  }

  /** The person records a decided round created, by candidate id. */
  public Map<Long, Long> recruitedPeople(long roundId, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    require(roundId, actor);
    Map<Long, Long> m = new HashMap<>();
    jdbc.sql(
            "SELECT candidate_id, person_id FROM recruitment_result WHERE round_id = :r AND recruited")
        .param("r", roundId)
        .query(
            rs -> {
              m.put(rs.getLong(1), rs.getLong(2));
            });
    return m;
  }

  /** The steps of a round's timeline with their limits (empty before any encoded rule set). */
  public List<Timeline.Step> timeline(Round r) {
    return rules
        .on(r.noticeDate())
        .map(set -> Timeline.steps(r.asNewRound(), set))
        .orElse(List.of());
  }

  // --- rows

  private Round withPositions(Round r) {
    List<NewRound.Offer> offers =
        jdbc.sql(
                "SELECT position_code, seats FROM recruitment_round_position WHERE round_id = :r ORDER BY position_code")
            .param("r", r.id())
            .query((rs, i) -> new NewRound.Offer(rs.getString(1), rs.getInt(2)))
            .list();
    return new Round(
        r.id(),
        r.unitCode(),
        r.title(),
        r.method(),
        r.planNumber(),
        r.planDate(),
        r.planIssuer(),
        r.noticeDate(),
        r.applicationsClose(),
        r.large(),
        r.candidateListDate(),
        r.round1Date(),
        r.round2Date(),
        r.markingDate(),
        r.status(),
        offers,
        r.createdBy());
  }

  private static Round round(ResultSet rs) throws SQLException {
    return new Round(
        rs.getLong("id"),
        rs.getString("unit_code"),
        rs.getString("title"),
        Method.valueOf(rs.getString("method")),
        rs.getString("plan_number"),
        rs.getObject("plan_date", LocalDate.class),
        rs.getString("plan_issuer"),
        rs.getObject("notice_date", LocalDate.class),
        rs.getObject("applications_close", LocalDate.class),
        rs.getBoolean("large"),
        rs.getObject("candidate_list_date", LocalDate.class),
        rs.getObject("round1_date", LocalDate.class),
        rs.getObject("round2_date", LocalDate.class),
        rs.getObject("marking_date", LocalDate.class),
        Round.Status.valueOf(rs.getString("status")),
        List.of(),
        rs.getString("created_by"));
  }

  private static Candidate candidate(ResultSet rs, boolean sensitive) throws SQLException {
    Set<PriorityCategory> priority = EnumSet.noneOf(PriorityCategory.class);
    Array a = rs.getArray("priority");
    if (a != null) {
      Arrays.stream((Object[]) a.getArray())
          .forEach(p -> priority.add(PriorityCategory.valueOf((String) p)));
    }
    return new Candidate(
        rs.getLong("id"),
        rs.getLong("round_id"),
        rs.getString("position_code"),
        rs.getString("personal_id"),
        rs.getString("full_name"),
        rs.getString("sex") == null ? null : Sex.valueOf(rs.getString("sex")),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("phone"),
        sensitive ? priority : Set.of(),
        sensitive,
        (Integer) rs.getObject("round1_correct"),
        (Integer) rs.getObject("round1_total"),
        (BigDecimal) rs.getObject("written"),
        (BigDecimal) rs.getObject("interview"));
  }

  private static Candidate masked(Candidate c) {
    return new Candidate(
        c.id(),
        c.roundId(),
        c.positionCode(),
        c.personalId(),
        c.fullName(),
        c.sex(),
        c.birthDate(),
        c.phone(),
        Set.of(),
        false,
        c.round1Correct(),
        c.round1Total(),
        c.written(),
        c.interview());
  }

  private static void text(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "recruitment.field.required"));
    } else if (!TextRules.check(errors, field, value) && value.strip().length() > max) {
      errors.add(new FieldError(field, "recruitment.field.tooLong", max));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
