package vn.cbcs.evaluation.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.evaluation.CollectiveRatings;
import vn.cbcs.evaluation.HeadScorecards;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;

/** The heads' scorecard: {@code GET /api/units/{code}/head-scorecard} and its page. */
@Controller
class ScorecardController {

  private final HeadScorecards scorecards;
  private final ScorecardJson json;
  private final CollectiveRatings collectives;

  ScorecardController(
      HeadScorecards scorecards, ScorecardJson json, CollectiveRatings collectives) {
    this.scorecards = scorecards;
    this.json = json;
    this.collectives = collectives;
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
    return render(code, y, actor, model, Map.of(), List.of());
  }

  /** The collective's rating from the page's form; refused: the page again with the reasons. */
  @PostMapping("/evaluations/scorecard/collectives")
  String recordCollective(
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    actor.require(Capability.DECIDE_RATINGS);
    String code = params.getOrDefault("unit", "").trim();
    if (code.isEmpty()) {
      throw new BadRequestException("unit", "error.parameter.missing", "unit");
    }
    int y = EvaluationApiController.period(params.get("year"), null).year();
    try {
      FormRecordReader reader = new FormRecordReader();
      CollectiveRatings.NewCollective c =
          reader.read(params, CollectiveRatings.NewCollective.class);
      InvalidInputException.throwIfAny(reader.errors());
      collectives.record(code, c, actor);
    } catch (InvalidInputException e) {
      return render(code, y, actor, model, params, e.errors());
    }
    redirect.addFlashAttribute("flash", "evaluation.collective.saved");
    return "redirect:/evaluations/scorecard?unit=" + code + "&year=" + y;
  }

  private String render(
      String code,
      int year,
      Actor actor,
      Model model,
      Map<String, String> form,
      List<FieldError> errors) {
    model.addAttribute("card", scorecards.of(code, year, actor));
    model.addAttribute("collectives", collectives.of(code, year, actor));
    model.addAttribute("canRecordCollective", actor.can(Capability.DECIDE_RATINGS));
    model.addAttribute("collectiveForm", form);
    model.addAttribute("collectiveErrors", errors);
    return "evaluation/scorecard";
  }
}
