package vn.cbcs.planning.web;

import java.time.LocalDate;
import java.util.List;
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
import vn.cbcs.planning.Bench;
import vn.cbcs.planning.CandidateBallots;
import vn.cbcs.planning.PlanInputs;
import vn.cbcs.planning.PlanReviews;
import vn.cbcs.planning.Plans;
import vn.cbcs.planning.Succession;
import vn.cbcs.planning.WhatIf;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;

/** JSON API of succession planning (issue 14): plans, candidates, checks, a unit's succession. */
@RestController
class PlanApiController {

  private final Plans plans;
  private final Succession succession;
  private final Bench bench;
  private final PlanReviews reviews;
  private final PlanningJson json;
  private final WhatIf whatIf;
  private final CandidateBallots ballots;

  PlanApiController(
      Plans plans,
      Succession succession,
      Bench bench,
      PlanReviews reviews,
      PlanningJson json,
      WhatIf whatIf,
      CandidateBallots ballots) {
    this.ballots = ballots;
    this.whatIf = whatIf;
    this.plans = plans;
    this.succession = succession;
    this.bench = bench;
    this.reviews = reviews;
    this.json = json;
  }

  private static <R extends Record> R read(JsonNode body, Class<R> type) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    R r = reader.read(body, type, "");
    InvalidInputException.throwIfAny(reader.errors());
    return r;
  }

  private static LocalDate asOf(String asOf) {
    return asOf == null || asOf.isBlank() ? AsOf.today() : AsOf.parseIso("asOf", asOf);
  }

  @GetMapping("/api/plans")
  Map<String, Object> list(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    if (unit == null || unit.isBlank()) {
      throw new BadRequestException("unit", "error.parameter.missing", "unit");
    }
    return Map.of(
        "plans", plans.ofUnit(unit.trim(), asOf(asOf), actor).stream().map(json::plan).toList());
  }

  @PostMapping("/api/plans")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> create(@RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    return json.plan(plans.create(read(body, PlanInputs.NewPlan.class), actor));
  }

  @GetMapping("/api/plans/{id}")
  Map<String, Object> one(@PathVariable long id, Actor actor) {
    return json.plan(plans.require(id, actor));
  }

  @PostMapping("/api/plans/{id}/candidates")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> add(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    return PlanningJson.candidate(
        plans.addCandidate(id, read(body, PlanInputs.NewCandidate.class), actor));
  }

  @PostMapping("/api/plans/{id}/removals")
  Map<String, Object> remove(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    return PlanningJson.candidate(
        plans.removeCandidate(id, read(body, PlanInputs.Removal.class), actor));
  }

  @PostMapping("/api/plans/{id}/ballots")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> ballot(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    var steps = ballots.record(id, read(body, CandidateBallots.NewBallot.class), actor);
    return Map.of(
        "candidateId",
        steps.get(0).candidateId(),
        "ballots",
        steps.stream().map(PlanningJson::ballot).toList());
  }

  @PostMapping("/api/plans/{id}/approval")
  Map<String, Object> approve(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    return json.plan(plans.approve(id, read(body, PlanInputs.Approval.class), actor));
  }

  @GetMapping("/api/plans/{id}/check")
  Map<String, Object> check(
      @PathVariable long id, @RequestParam(required = false) String asOf, Actor actor) {
    return json.check(plans.check(id, asOf(asOf), actor));
  }

  @GetMapping("/api/units/{code}/succession")
  Map<String, Object> succession(
      @PathVariable String code, @RequestParam(required = false) String asOf, Actor actor) {
    return json.succession(succession.of(code, asOf(asOf), actor));
  }

  @GetMapping("/api/units/{code}/bench")
  Map<String, Object> bench(
      @PathVariable String code,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) Integer years,
      @RequestParam(required = false) List<String> assume,
      @RequestParam(required = false) Boolean assumeEnrolled,
      Actor actor) {
    return json.bench(
        bench.of(
            code,
            asOf(asOf),
            years,
            whatIf.parse(assume),
            Boolean.TRUE.equals(assumeEnrolled),
            actor));
  }

  /**
   * The projection of the interface: the bench from {@code from} (default today), {@code
   * years} long, with the what-if's assumptions ({@code assume=<personId>:<track>:<level>:<date>},
   * repeatable; {@code assumeEnrolled=true}: also the planned successors' enrolments in training).
   */
  @GetMapping("/api/units/{code}/projection")
  Map<String, Object> projection(
      @PathVariable String code,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) Integer years,
      @RequestParam(required = false) List<String> assume,
      @RequestParam(required = false) Boolean assumeEnrolled,
      Actor actor) {
    LocalDate on = from == null || from.isBlank() ? AsOf.today() : AsOf.parseIso("from", from);
    return json.bench(
        bench.of(
            code, on, years, whatIf.parse(assume), Boolean.TRUE.equals(assumeEnrolled), actor));
  }

  @PostMapping("/api/plans/{id}/reviews")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> review(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    return json.review(reviews.start(id, read(body, PlanReviews.NewReview.class), actor));
  }

  @GetMapping("/api/plans/{id}/reviews/{year}")
  Map<String, Object> review(@PathVariable long id, @PathVariable int year, Actor actor) {
    return json.review(reviews.of(id, year, actor));
  }

  @PostMapping("/api/plans/{id}/reviews/{year}/decisions")
  Map<String, Object> decide(
      @PathVariable long id, @PathVariable int year, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    return json.review(reviews.decide(id, year, read(body, PlanReviews.Decision.class), actor));
  }
}
