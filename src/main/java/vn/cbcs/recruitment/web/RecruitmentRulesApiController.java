package vn.cbcs.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.platform.AsOf;
import vn.cbcs.recruitment.RecruitmentRules;

/**
 * {@code GET /api/rules/recruitment-score}: a candidate's result by the rules alone (passed, total,
 * priority points, reasons, rule), so that the rules of a date can be checked without a round.
 */
@RestController
@Tag(name = "Quy định / Rules")
class RecruitmentRulesApiController {

  private final RecruitmentRules rules;
  private final RecruitmentJson json;

  RecruitmentRulesApiController(RecruitmentRules rules, RecruitmentJson json) {
    this.rules = rules;
    this.json = json;
  }

  @GetMapping("/api/rules/recruitment-score")
  @Operation(
      summary =
          "Recruitment score (NĐ 170/2025): method EXAM or SELECTION; for EXAM round1Correct and"
              + " round1Total (≥ 50% correct to reach round 2; omit both for a one-round exam),"
              + " written and optionally interview (combined 70/30, each part ≥ 50%); for SELECTION"
              + " interview (the round-2 oral); priority: comma-separated groups, only the highest"
              + " counts; date: the rules of that day (default today). total = round 2 + priority.")
  Map<String, Object> score(
      @RequestParam(required = false) String method,
      @RequestParam(required = false) String round1Correct,
      @RequestParam(required = false) String round1Total,
      @RequestParam(required = false) String written,
      @RequestParam(required = false) String interview,
      @RequestParam(required = false) String priority,
      @RequestParam(required = false) String date) {
    Map<String, String> raw = new HashMap<>();
    raw.put("method", method);
    raw.put("round1Correct", round1Correct);
    raw.put("round1Total", round1Total);
    raw.put("written", written);
    raw.put("interview", interview);
    raw.put("priority", priority);
    return json.score(rules.score(raw, AsOf.parseIso("date", date)));
  }
}
