package vn.cbcs.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.evaluation.Evaluation;
import vn.cbcs.evaluation.EvaluationSteps;
import vn.cbcs.evaluation.Evaluations;
import vn.cbcs.evaluation.LeaderChecks;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;

/** JSON API of annual evaluations: the record, its steps, lists and the unit's summary. */
@RestController
class EvaluationApiController {

  private final Evaluations evaluations;
  private final EvaluationJson json;
  private final LeaderChecks leaderChecks;
  private final vn.cbcs.evaluation.OpinionAndNotice opinionAndNotice;

  EvaluationApiController(
      Evaluations evaluations,
      EvaluationJson json,
      LeaderChecks leaderChecks,
      vn.cbcs.evaluation.OpinionAndNotice opinionAndNotice) {
    this.opinionAndNotice = opinionAndNotice;
    this.evaluations = evaluations;
    this.leaderChecks = leaderChecks;
    this.json = json;
  }

  private static <R extends Record> R read(JsonNode body, Class<R> type) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    R r = reader.read(body, type, "");
    InvalidInputException.throwIfAny(reader.errors());
    return r;
  }

  @PostMapping("/api/evaluations")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> open(@RequestBody JsonNode body, Actor actor) {
    actor.requireAny(
        vn.cbcs.platform.Capability.PROPOSE_RATINGS, vn.cbcs.platform.Capability.SELF_ASSESS);
    return EvaluationJson.evaluation(
        evaluations.open(read(body, EvaluationSteps.Opening.class), actor));
  }

  @GetMapping("/api/evaluations/{id}")
  Map<String, Object> one(@PathVariable long id, Actor actor) {
    return EvaluationJson.evaluation(evaluations.require(id, actor));
  }

  @PostMapping("/api/evaluations/{id}/self-assessment")
  Map<String, Object> selfAssess(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    return EvaluationJson.evaluation(
        evaluations.selfAssess(id, read(body, EvaluationSteps.SelfAssessment.class), actor));
  }

  @PostMapping("/api/evaluations/{id}/comment")
  Map<String, Object> comment(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    return EvaluationJson.evaluation(
        evaluations.comment(id, read(body, EvaluationSteps.Comment.class), actor));
  }

  @PostMapping("/api/evaluations/{id}/meeting")
  Map<String, Object> meeting(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    return EvaluationJson.evaluation(
        evaluations.meeting(id, read(body, EvaluationSteps.Meeting.class), actor));
  }

  @PostMapping("/api/evaluations/{id}/proposal")
  Map<String, Object> propose(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    EvaluationSteps.Proposal p = read(body, EvaluationSteps.Proposal.class);
    Evaluation e = evaluations.propose(id, p, actor);
    Map<String, Object> m = EvaluationJson.evaluation(e);
    LeaderChecks.Check check = leaderChecks.proposal(e, p);
    m.put("warnings", check.reasons().stream().map(json::reason).toList());
    if (check.counts() != null) {
      // the ratings under the leader the check used: sent with the proposal, or from the records
      Map<String, Object> c = new java.util.LinkedHashMap<>();
      c.put("fromRecords", check.fromRecords());
      c.put("rated", check.counts().total());
      c.put("htxsnv", check.counts().htxsnv());
      c.put("httnv", check.counts().httnv());
      c.put("khtnv", check.counts().khtnv());
      c.put("allowedLevel", check.allowed() == null ? null : check.allowed().name());
      m.put("subordinates", c);
    }
    return m;
  }

  @PostMapping("/api/evaluations/{id}/decision")
  Map<String, Object> decide(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    return EvaluationJson.evaluation(
        evaluations.decide(id, read(body, EvaluationSteps.Decision.class), actor));
  }

  @PostMapping("/api/evaluations/{id}/party-opinion")
  Map<String, Object> partyOpinion(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    return EvaluationJson.evaluation(
        opinionAndNotice.partyOpinion(id, read(body, EvaluationSteps.PartyOpinion.class), actor));
  }

  @PostMapping("/api/evaluations/{id}/notice")
  Map<String, Object> notice(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    return EvaluationJson.evaluation(
        opinionAndNotice.notice(id, read(body, EvaluationSteps.Notice.class), actor));
  }

  @GetMapping("/api/people/{id}/evaluations")
  List<Map<String, Object>> ofPerson(@PathVariable long id, Actor actor) {
    return evaluations.ofPerson(id, actor).stream().map(EvaluationJson::evaluation).toList();
  }

  /** The year asked (else the year of {@code asOf}, else this year) and the day of the map. */
  record Period(int year, LocalDate on) {}

  static Period period(String year, String asOf) {
    LocalDate on = asOf == null || asOf.isBlank() ? null : AsOf.parseIso("asOf", asOf);
    int y;
    if (year == null || year.isBlank()) {
      y = on != null ? on.getYear() : AsOf.today().getYear();
    } else if (year.trim().matches("\\d{4}")) {
      y = Integer.parseInt(year.trim());
    } else {
      throw new BadRequestException("year", "error.parameter.invalid", "year", year);
    }
    return new Period(y, on != null ? on : LocalDate.of(y, 12, 31));
  }

  @GetMapping("/api/evaluations")
  List<Map<String, Object>> ofUnit(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String asOf,
      Actor actor) {
    actor.require(vn.cbcs.platform.Capability.READ_RECORDS);
    if (unit == null || unit.isBlank()) {
      throw new BadRequestException("unit", "error.parameter.missing", "unit");
    }
    Period p = period(year, asOf);
    Evaluation.Status st = null;
    if (status != null && !status.isBlank()) {
      try {
        st = Evaluation.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("status", "error.parameter.invalid", "status", status);
      }
    }
    return evaluations.ofUnit(unit.trim(), p.year(), st, p.on(), actor).stream()
        .map(EvaluationJson::evaluation)
        .toList();
  }

  @GetMapping("/api/units/{code}/evaluations/summary")
  Map<String, Object> summary(
      @PathVariable String code,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String asOf,
      Actor actor) {
    actor.requireAny(
        vn.cbcs.platform.Capability.READ_RECORDS, vn.cbcs.platform.Capability.READ_FIGURES);
    Period p = period(year, asOf);
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("unit", code);
    m.put("year", p.year());
    m.put("asOf", p.on().toString());
    m.put(
        "systems",
        evaluations.summary(code, p.year(), p.on(), actor).stream().map(json::summary).toList());
    return m;
  }
}
