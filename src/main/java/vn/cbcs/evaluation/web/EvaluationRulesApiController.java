package vn.cbcs.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.evaluation.EvaluationRules;

/**
 * {@code GET /api/rules/evaluation}: the classification alone (level, reasons, rule), so that the
 * rules of a year can be checked without a record.
 */
@RestController
@Tag(name = "Quy định / Rules")
class EvaluationRulesApiController {

  private final EvaluationRules rules;
  private final EvaluationJson json;

  EvaluationRulesApiController(EvaluationRules rules, EvaluationJson json) {
    this.rules = rules;
    this.json = json;
  }

  @GetMapping("/api/rules/evaluation")
  @Operation(
      summary =
          "Classification of an annual rating: year, points (or generalPoints + taskPoints),"
              + " disqualifiers, monthsWorked, monthsAbsent, leader, system (STATE, PARTY), majorErrors"
              + " (each deducts 25% of taskPoints where the regime has the rule: NĐ 335/2025);"
              + " for leaders, subordinateUnits (rated) with subordinateUnitsHtxsnv,"
              + " subordinateUnitsHttnv, subordinateUnitsKhtnv (the rest HTNV); maternity=true:"
              + " the months not worked were maternity leave (rated on the time worked, NĐ 90/2020"
              + " Điều 2 as amended by NĐ 48/2023)")
  Map<String, Object> classify(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String system,
      @RequestParam(required = false) String points,
      @RequestParam(required = false) String generalPoints,
      @RequestParam(required = false) String taskPoints,
      @RequestParam(required = false) String disqualifiers,
      @RequestParam(required = false) String monthsWorked,
      @RequestParam(required = false) String monthsAbsent,
      @RequestParam(required = false) String leader,
      @RequestParam(required = false) String majorErrors,
      @RequestParam(required = false) String maternity,
      @RequestParam(required = false) String subordinateUnits,
      @RequestParam(required = false) String subordinateUnitsHtxsnv,
      @RequestParam(required = false) String subordinateUnitsHttnv,
      @RequestParam(required = false) String subordinateUnitsKhtnv) {
    Map<String, String> raw = new HashMap<>();
    raw.put("year", year);
    raw.put("system", system);
    raw.put("points", points);
    raw.put("generalPoints", generalPoints);
    raw.put("taskPoints", taskPoints);
    raw.put("disqualifiers", disqualifiers);
    raw.put("monthsWorked", monthsWorked);
    raw.put("monthsAbsent", monthsAbsent);
    raw.put("leader", leader);
    raw.put("majorErrors", majorErrors);
    raw.put("maternity", maternity);
    raw.put("subordinateUnits", subordinateUnits);
    raw.put("subordinateUnitsHtxsnv", subordinateUnitsHtxsnv);
    raw.put("subordinateUnitsHttnv", subordinateUnitsHttnv);
    raw.put("subordinateUnitsKhtnv", subordinateUnitsKhtnv);
    return json.classification(rules.classify(raw));
  }
}
