package vn.cbcs.evaluation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cbcs.evaluation.Evaluations;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.units.Units;

/** Pages of annual evaluations: a unit's evaluations for a year, a person's ratings. */
@Controller
class EvaluationPageController {

  private final Evaluations evaluations;
  private final PersonDirectory directory;
  private final Units units;
  private final PersonEvaluationsPage personPage;
  private final vn.cbcs.evaluation.Tracking tracking;
  private final org.springframework.context.MessageSource messages;

  EvaluationPageController(
      Evaluations evaluations,
      PersonDirectory directory,
      Units units,
      PersonEvaluationsPage personPage,
      vn.cbcs.evaluation.Tracking tracking,
      org.springframework.context.MessageSource messages) {
    this.tracking = tracking;
    this.messages = messages;
    this.evaluations = evaluations;
    this.directory = directory;
    this.units = units;
    this.personPage = personPage;
  }

  @GetMapping("/evaluations")
  String unit(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String asOf,
      Actor actor,
      Model model) {
    actor.require(Capability.READ_RECORDS);
    // without a unit: the user's own (home) unit, like every other page
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    EvaluationApiController.Period p = EvaluationApiController.period(year, asOf);
    if (code == null) {
      // an administrator without a scope has no home unit: the page asks for one (issue 17)
      model.addAttribute("evaluations", java.util.List.of());
      model.addAttribute("names", java.util.Map.of());
      model.addAttribute("summaries", java.util.List.of());
      model.addAttribute("unitCode", "");
      model.addAttribute("unitName", "");
      model.addAttribute("year", p.year());
      return "evaluation/list";
    }
    var list = evaluations.ofUnit(code, p.year(), null, p.on(), actor);
    model.addAttribute("evaluations", list);
    model.addAttribute(
        "names",
        directory.names(
            list.stream().map(vn.cbcs.evaluation.Evaluation::personId).toList(), actor));
    model.addAttribute("summaries", evaluations.summary(code, p.year(), p.on(), actor));
    model.addAttribute("unitCode", code);
    model.addAttribute("unitName", units.nearest(code, p.on()).map(u -> u.fullName()).orElse(code));
    model.addAttribute("year", p.year());
    return "evaluation/list";
  }

  @GetMapping("/people/{id}/evaluations")
  String person(
      @PathVariable long id,
      @RequestParam(required = false) String trackingYear,
      Actor actor,
      Model model) {
    @SuppressWarnings("unchecked")
    java.util.List<String> warnings =
        model.getAttribute("warnings") instanceof java.util.List<?> w
            ? (java.util.List<String>) w
            : java.util.List.of();
    model.addAttribute(
        "view", personPage.view(id, actor, (String) model.getAttribute("flash"), warnings));
    // continuous tracking (NĐ 335/2025), its own section
    @SuppressWarnings("unchecked")
    java.util.List<String> trackingErrors =
        (java.util.List<String>) model.getAttribute("trackingErrors");
    model.addAttribute(
        "tracking", TrackingView.of(tracking, id, trackingYear, trackingErrors, messages, actor));
    return "evaluation/person";
  }
}
