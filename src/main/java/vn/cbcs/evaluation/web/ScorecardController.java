package vn.cbcs.evaluation.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.cbcs.evaluation.HeadScorecards;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;

/** The heads' scorecard: {@code GET /api/units/{code}/head-scorecard} and its page. */
@Controller
class ScorecardController {

  private final HeadScorecards scorecards;
  private final ScorecardJson json;

  ScorecardController(HeadScorecards scorecards, ScorecardJson json) {
    this.scorecards = scorecards;
    this.json = json;
  }

  @GetMapping("/api/units/{code}/head-scorecard")
  @ResponseBody
  Map<String, Object> api(
      @PathVariable String code, @RequestParam(required = false) String year, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    int y = EvaluationApiController.period(year, null).year();
    return json.scorecard(scorecards.of(code.trim(), y, actor));
  }

  @GetMapping("/evaluations/scorecard")
  String page(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      Actor actor,
      Model model) {
    actor.require(Capability.READ_RECORDS);
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    if (code == null) {
      throw new BadRequestException("unit", "error.parameter.missing", "unit");
    }
    int y = EvaluationApiController.period(year, null).year();
    model.addAttribute("card", scorecards.of(code, y, actor));
    return "evaluation/scorecard";
  }
}
