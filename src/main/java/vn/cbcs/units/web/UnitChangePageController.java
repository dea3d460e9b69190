package vn.cbcs.units.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.units.UnitChange;
import vn.cbcs.units.UnitChanges;

/**
 * Pages of the changes of the map: the list, one change with its versions, and the form that
 * records a change or corrects one (province officers; {@link UnitChanges} decides).
 */
@Controller
class UnitChangePageController {

  private final UnitChanges changes;

  UnitChangePageController(UnitChanges changes) {
    this.changes = changes;
  }

  @GetMapping("/units/changes")
  String list(Actor actor, Model model) {
    model.addAttribute("changes", changes.inForce(null, null));
    model.addAttribute("mayRecord", changes.mayRecord(actor));
    return "units/changes";
  }

  @GetMapping("/units/changes/new")
  String blank(@RequestParam(required = false) String unit, Actor actor, Model model) {
    actor.require(Capability.EDIT_RULES);
    String code = unit != null && unit.matches("\\d{2,5}") ? unit : null;
    return form(model, null, UnitChangeForm.blank(code), List.of());
  }

  @PostMapping("/units/changes")
  String record(@RequestParam Map<String, String> params, Actor actor, Model model) {
    actor.require(Capability.EDIT_RULES);
    UnitChangeForm form = UnitChangeForm.of(params);
    try {
      UnitChange c = changes.record(form.draft(), actor);
      return "redirect:/units/changes/" + c.id() + "?saved=1";
    } catch (InvalidInputException e) {
      return form(model, null, form, e.errors());
    } catch (BadRequestException e) {
      return form(model, null, form, List.of(error(e)));
    }
  }

  @GetMapping("/units/changes/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(required = false) String saved,
      Actor actor,
      Model model) {
    UnitChange c = changes.require(id);
    show(model, c, actor, UnitChangeForm.of(c), List.of());
    model.addAttribute("flash", saved == null ? null : "unit.change.saved");
    return "units/change";
  }

  @PostMapping("/units/changes/{id}")
  String correct(
      @PathVariable long id, @RequestParam Map<String, String> params, Actor actor, Model model) {
    actor.require(Capability.EDIT_RULES);
    UnitChangeForm form = UnitChangeForm.of(params);
    try {
      changes.correct(id, form.draft(), actor);
      return "redirect:/units/changes/" + id + "?saved=1";
    } catch (InvalidInputException e) {
      show(model, changes.require(id), actor, form, e.errors());
    } catch (BadRequestException e) {
      show(model, changes.require(id), actor, form, List.of(error(e)));
    }
    return "units/change";
  }

  @PostMapping("/units/changes/{id}/withdraw")
  String withdraw(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    actor.require(Capability.EDIT_RULES);
    try {
      changes.withdraw(id, reason, actor);
    } catch (BadRequestException e) {
      UnitChange c = changes.require(id);
      show(model, c, actor, UnitChangeForm.of(c), List.of(error(e)));
      return "units/change";
    }
    return "redirect:/units/changes/" + id + "?saved=1";
  }

  private void show(
      Model model, UnitChange c, Actor actor, UnitChangeForm form, List<FieldError> errors) {
    model.addAttribute("change", c);
    model.addAttribute("versions", changes.history(c.id()));
    model.addAttribute("mayEdit", changes.mayEdit(c, actor));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("flash", null);
  }

  private String form(Model model, UnitChange c, UnitChangeForm form, List<FieldError> errors) {
    model.addAttribute("change", c);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "units/changeForm";
  }

  private static FieldError error(BadRequestException e) {
    return new FieldError(e.parameter(), e.messageKey(), e.args());
  }
}
