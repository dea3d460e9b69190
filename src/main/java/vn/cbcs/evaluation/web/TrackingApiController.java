package vn.cbcs.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.evaluation.EvaluationRules;
import vn.cbcs.evaluation.RuleSet;
import vn.cbcs.evaluation.Tracking;
import vn.cbcs.evaluation.TrackingPeriod;
import vn.cbcs.evaluation.TrackingSheet;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;

/** JSON API of continuous tracking (NĐ 335/2025): a person's task results per period. */
@RestController
class TrackingApiController {

  private final Tracking tracking;

  TrackingApiController(Tracking tracking) {
    this.tracking = tracking;
  }

  @GetMapping("/api/people/{id}/evaluations/tracking")
  @Operation(
      summary =
          "A person's task results per month or quarter for a year (from 2026) and the year's task"
              + " points they add up to (NĐ 335/2025)")
  Map<String, Object> get(
      @PathVariable long id, @RequestParam(required = false) String year, Actor actor) {
    return json(tracking.of(id, year(year), actor));
  }

  @PostMapping("/api/people/{id}/evaluations/tracking")
  @Operation(
      summary =
          "Records one period: periodKind (MONTH, QUARTER), period, assigned and completed"
              + " converted products, majorErrors, note; answers the year's sheet")
  Map<String, Object> post(
      @PathVariable long id,
      @RequestParam(required = false) String year,
      @RequestBody(required = false) JsonNode body,
      Actor actor) {
    Tracking.Entry entry = null;
    if (body != null && !body.isNull()) {
      JsonRecordReader reader = new JsonRecordReader(Map.of());
      entry = reader.read(body, Tracking.Entry.class, "");
      InvalidInputException.throwIfAny(reader.errors());
    }
    return json(tracking.record(id, year(year), entry, actor));
  }

  static Integer year(String year) {
    if (year == null || year.isBlank()) {
      return null;
    }
    if (!year.trim().matches("\\d{4}")) {
      throw new BadRequestException("year", "error.parameter.invalid", "year", year);
    }
    return Integer.parseInt(year.trim());
  }

  static Map<String, Object> json(TrackingSheet s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("personId", s.personId());
    m.put("year", s.year());
    m.put("regime", s.regime());
    m.put("taskPoints", s.taskPoints() == null ? null : EvaluationRules.plain(s.taskPoints()));
    m.put("taskMax", EvaluationRules.plain(s.taskMax()));
    m.put("aggregation", s.weighted() ? "WEIGHTED_BY_PRODUCTS" : "MEAN_OF_PERIODS");
    m.put("majorErrorDeductionPct", EvaluationRules.plain(s.deductionPct()));
    m.put("rules", List.of(rule(s.aggregationRule()), rule(s.deductionRule())));
    m.put("periods", s.periods().stream().map(TrackingApiController::period).toList());
    return m;
  }

  private static Map<String, Object> rule(RuleSet.Rule r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", r.key());
    m.put("value", EvaluationRules.plain(r.value()));
    m.put("legalSource", r.legalSource());
    m.put("article", r.article());
    m.put("confidence", r.confidence());
    return m;
  }

  private static Map<String, Object> period(TrackingPeriod p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("periodKind", p.kind().name());
    m.put("period", p.period());
    m.put("assigned", EvaluationRules.plain(p.assigned()));
    m.put("completed", EvaluationRules.plain(p.completed()));
    m.put("majorErrors", p.majorErrors());
    m.put("note", p.note());
    m.put("result", EvaluationRules.plain(p.result()));
    m.put("taskPoints", EvaluationRules.plain(p.taskPoints()));
    m.put("recordedBy", p.recordedBy());
    m.put("recordedAt", p.recordedAt());
    return m;
  }
}
