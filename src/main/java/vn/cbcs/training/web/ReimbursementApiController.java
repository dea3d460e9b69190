package vn.cbcs.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.training.Reimbursement;
import vn.cbcs.training.ReimbursementRules;

/**
 * {@code GET /api/rules/training-reimbursement}: what a civil servant reimburses for publicly
 * funded postgraduate study (NĐ 171/2025 Điều 6–8; NĐ 101/2017 before 1-7-2025), with the figures
 * and the rule rows used.
 */
@RestController
@Tag(name = "Quy định / Rules")
class ReimbursementApiController {

  private final ReimbursementRules rules;

  ReimbursementApiController(ReimbursementRules rules) {
    this.rules = rules;
  }

  @GetMapping("/api/rules/training-reimbursement")
  @Operation(
      summary =
          "Reimbursement of publicly funded postgraduate study: cost (F, đồng), reason"
              + " (QUIT_DURING_TRAINING, DISMISSED_DURING_TRAINING, NO_DEGREE: 100%;"
              + " LEFT_BEFORE_COMMITMENT: S = F/T1 × (T1 − T2) with requiredMonths T1 and"
              + " servedMonths T2), sex (MALE, FEMALE), ethnicMinority, yearsOfService (not"
              + " counting service after the training: 1.5% per year for women and ethnic"
              + " minorities, 1% for others), optional exemption (SERIOUS_ILLNESS_OR_DISASTER,"
              + " TRANSFER_WITHIN_SYSTEM, RESTRUCTURING_POLICY) and asOf (the date of the event,"
              + " which selects the rules; today by default)")
  Map<String, Object> reimbursement(
      @RequestParam(required = false) String cost,
      @RequestParam(required = false) String requiredMonths,
      @RequestParam(required = false) String servedMonths,
      @RequestParam(required = false) String sex,
      @RequestParam(required = false) String ethnicMinority,
      @RequestParam(required = false) String yearsOfService,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String exemption,
      @RequestParam(required = false) String asOf) {
    Map<String, String> raw = new HashMap<>();
    raw.put("cost", cost);
    raw.put("requiredMonths", requiredMonths);
    raw.put("servedMonths", servedMonths);
    raw.put("sex", sex);
    raw.put("ethnicMinority", ethnicMinority);
    raw.put("yearsOfService", yearsOfService);
    raw.put("reason", reason);
    raw.put("exemption", exemption);
    raw.put("asOf", asOf);
    Reimbursement r = rules.compute(raw);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("amount", r.amount());
    m.put("base", r.base());
    m.put("formula", r.formula());
    m.put(
        "reductions",
        r.reductions().stream()
            .map(
                x -> {
                  Map<String, Object> d = new LinkedHashMap<>();
                  d.put("kind", x.kind());
                  d.put("years", x.years());
                  d.put("ratePerYear", x.ratePerYear());
                  d.put("percent", x.percent());
                  d.put("amount", x.amount());
                  d.put("rule", rule(x.rule()));
                  return d;
                })
            .toList());
    m.put("exemption", r.exemption() == null ? null : r.exemption().name());
    m.put("rule", rule(r.rule()));
    m.put("rules", rules(r.rules()));
    return m;
  }

  private static List<Map<String, Object>> rules(List<Reimbursement.Rule> rules) {
    return rules.stream().map(ReimbursementApiController::rule).toList();
  }

  static Map<String, Object> rule(Reimbursement.Rule r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", r.key());
    m.put("value", r.value());
    m.put("validFrom", r.validFrom());
    m.put("validTo", r.validTo());
    m.put("legalSource", r.legalSource());
    m.put("article", r.article());
    m.put("confidence", r.confidence());
    return m;
  }
}
