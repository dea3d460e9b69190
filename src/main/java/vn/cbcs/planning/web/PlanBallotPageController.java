package vn.cbcs.planning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.planning.CandidateBallots;
import vn.cbcs.planning.PlanReviews;
import vn.cbcs.planning.Plans;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/**
 * The form of a ballot step on a plan's page ({@link CandidateBallots}): recorded, back to the
 * plan; refused, the plan again with every reason and what was typed (nothing written).
 */
@Controller
class PlanBallotPageController {

  private final Plans plans;
  private final PlanReviews reviews;
  private final PlanningJson json;
  private final CandidateBallots ballots;

  PlanBallotPageController(
      Plans plans, PlanReviews reviews, PlanningJson json, CandidateBallots ballots) {
    this.plans = plans;
    this.reviews = reviews;
    this.json = json;
    this.ballots = ballots;
  }

  @PostMapping("/plans/{id}/ballots")
  String record(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    actor.require(Capability.PLAN_SUCCESSION);
    List<FieldError> errors = new ArrayList<>();
    Integer votes = number(form, "votesFor", errors);
    Integer voters = number(form, "voters", errors);
    try {
      if (!errors.isEmpty()) {
        plans.require(id, actor); // who may and where first, then what was typed
        throw new InvalidInputException(errors);
      }
      ballots.record(
          id,
          new CandidateBallots.NewBallot(
              form.get("candidateId"),
              form.get("kind"),
              null,
              form.get("body"),
              form.get("heldOn"),
              votes,
              voters),
          actor);
    } catch (InvalidInputException e) {
      var plan = plans.require(id, actor);
      model.addAttribute("plan", plan);
      model.addAttribute("check", json.check(plans.check(id, AsOf.today(), actor)));
      model.addAttribute("errors", List.of());
      model.addAttribute("typed", Map.of());
      model.addAttribute("flash", null);
      model.addAttribute("reviewYears", reviews.years(id, actor));
      model.addAttribute("reviewErrors", List.of());
      model.addAttribute("ballotErrors", e.errors());
      model.addAttribute("ballotTyped", form);
      return "planning/plan";
    }
    redirect.addFlashAttribute("flash", "planning.ballot.added");
    return "redirect:/plans/" + id;
  }

  private static Integer number(Map<String, String> form, String field, List<FieldError> errors) {
    String v = form.get(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (!v.trim().matches("\\d{1,6}")) {
      errors.add(new FieldError(field, "error.parameter.number", field, v));
      return null;
    }
    return Integer.parseInt(v.trim());
  }
}
