package vn.cbcs.resolutions.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.ResolutionDraft;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.resolutions.TargetDraft;

/** Pages of resolutions: the list, a new resolution, one resolution's progress and targets. */
@Controller
class ResolutionPageController {

  private final Resolutions resolutions;
  private final Indicators indicators;
  private final vn.cbcs.indicators.ReportedValues reported;

  ResolutionPageController(
      Resolutions resolutions, Indicators indicators, vn.cbcs.indicators.ReportedValues reported) {
    this.reported = reported;
    this.resolutions = resolutions;
    this.indicators = indicators;
  }

  @GetMapping("/resolutions")
  String list(Actor actor, Model model) {
    model.addAttribute("resolutions", resolutions.all(actor));
    model.addAttribute("mayEdit", actor.can(Capability.EDIT_RESOLUTIONS));
    model.addAttribute("errors", List.<FieldError>of());
    return "resolutions/list";
  }

  @PostMapping("/resolutions")
  String create(@RequestParam Map<String, String> params, Actor actor, Model model) {
    actor.require(Capability.EDIT_RESOLUTIONS);
    FormRecordReader reader = new FormRecordReader();
    ResolutionDraft d = reader.read(params, ResolutionDraft.class);
    try {
      InvalidInputException.throwIfAny(reader.errors());
      Resolution r = resolutions.create(d, actor);
      return "redirect:/resolutions/" + r.id();
    } catch (InvalidInputException e) {
      model.addAttribute("resolutions", resolutions.all(actor));
      model.addAttribute("mayEdit", true);
      model.addAttribute("errors", e.errors());
      return "resolutions/list";
    }
  }

  @GetMapping("/resolutions/{id}")
  String show(@PathVariable long id, Actor actor, Model model) {
    Resolution r = resolutions.require(id, actor);
    model.addAttribute("resolution", r);
    model.addAttribute("progress", resolutions.progress(r, AsOf.today(), actor));
    model.addAttribute("indicators", indicators.all(actor));
    model.addAttribute("mayEdit", actor.can(Capability.EDIT_RESOLUTIONS));
    model.addAttribute("today", AsOf.today());
    model.addAttribute("reported", reported.forUnit(null, r.unitCode(), actor));
    return "resolutions/show";
  }

  @PostMapping("/resolutions/{id}/targets")
  String addTarget(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      RedirectAttributes redirect) {
    resolutions.requireEditable(id, actor);
    FormRecordReader reader = new FormRecordReader();
    record TargetForm(
        String indicatorCode,
        java.time.LocalDate milestone,
        String target,
        String note,
        String source) {}
    TargetForm f = reader.read(params, TargetForm.class);
    try {
      InvalidInputException.throwIfAny(reader.errors());
      resolutions.addTarget(
          id,
          new TargetDraft(
              f.indicatorCode(),
              f.milestone(),
              ResolutionApiController.decimal(f.target()),
              "AT_MOST".equals(params.get("direction"))
                  ? Target.Direction.AT_MOST
                  : Target.Direction.AT_LEAST,
              f.note(),
              f.source()),
          actor);
      redirect.addFlashAttribute("flash", "resolution.target.saved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.errors().get(0).key());
    } catch (vn.cbcs.platform.ConflictException e) {
      redirect.addFlashAttribute("flashError", e.messageKey());
    }
    return "redirect:/resolutions/" + id;
  }
}
