package vn.cbcs.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.planning.PlanInputs;
import vn.cbcs.planning.Plans;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/**
 * Pages of succession planning: the plans of a unit with a form for a new one, and a plan with its
 * candidates, every rule's verdict and the form that adds a candidate — refused with each rule and
 * its numbers, through the same service as the JSON API ({@link Plans}).
 */
@Controller
class PlanPageController {

  private final Plans plans;
  private final vn.cbcs.planning.PlanReviews reviews;
  private final PlanningJson json;
  private final org.springframework.context.MessageSource messages;

  PlanPageController(
      Plans plans,
      vn.cbcs.planning.PlanReviews reviews,
      PlanningJson json,
      org.springframework.context.MessageSource messages) {
    this.messages = messages;
    this.reviews = reviews;
    this.plans = plans;
    this.json = json;
  }

  @GetMapping("/plans")
  String list(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      Actor actor,
      Model model) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    return list(unit, asOf, actor, model, List.of(), Map.of());
  }

  private String list(
      String unit,
      String asOf,
      Actor actor,
      Model model,
      List<FieldError> errors,
      Map<String, String> typed) {
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    if (code == null) {
      // no unit asked and none at home (an administrator): the page asks for one
      model.addAttribute(
          "title",
          messages.getMessage(
              "planning.page.title",
              null,
              org.springframework.context.i18n.LocaleContextHolder.getLocale()));
      model.addAttribute("action", "/plans");
      return "chooseUnit";
    }
    LocalDate on = asOf == null || asOf.isBlank() ? AsOf.today() : AsOf.parseLenient("asOf", asOf);
    model.addAttribute("unitCode", code);
    model.addAttribute("plans", plans.ofUnit(code, on, actor));
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    return "planning/list";
  }

  @PostMapping("/plans")
  String create(@RequestParam Map<String, String> form, Actor actor, Model model) {
    actor.require(Capability.PLAN_SUCCESSION);
    try {
      var p =
          plans.create(
              new PlanInputs.NewPlan(
                  form.get("unitCode"),
                  form.get("bodyKind"),
                  integer(form, "termFrom"),
                  integer(form, "termTo"),
                  form.get("planDate"),
                  form.get("referenceDate"),
                  integer(form, "bchSeats"),
                  integer(form, "btvSeats"),
                  integer(form, "ubktSeats"),
                  List.of(),
                  null),
              actor);
      return "redirect:/plans/" + p.id();
    } catch (InvalidInputException e) {
      // the list again with the reasons; its plans only where the unit typed can be read
      String unit = form.get("unitCode") == null ? "" : form.get("unitCode").trim();
      List<vn.cbcs.planning.Plan> list = List.of();
      if (unit.matches("\\d{2,5}")) {
        try {
          list = plans.ofUnit(unit, AsOf.today(), actor);
        } catch (RuntimeException unreadable) {
          list = List.of();
        }
      }
      model.addAttribute("unitCode", unit);
      model.addAttribute("plans", list);
      model.addAttribute("errors", e.errors());
      model.addAttribute("typed", form);
      return "planning/list";
    }
  }

  @GetMapping("/plans/{id}")
  String plan(@PathVariable long id, Actor actor, Model model) {
    Object flash = model.getAttribute("flash");
    return view(id, actor, model, List.of(), Map.of(), flash instanceof String f ? f : null);
  }

  private String view(
      long id,
      Actor actor,
      Model model,
      List<FieldError> errors,
      Map<String, String> typed,
      String flash) {
    var plan = plans.require(id, actor);
    var check = plans.check(id, AsOf.today(), actor);
    model.addAttribute("plan", plan);
    model.addAttribute("check", json.check(check));
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("flash", flash);
    model.addAttribute("reviewYears", reviews.years(id, actor));
    model.addAttribute("reviewErrors", List.of());
    return "planning/plan";
  }

  @PostMapping("/plans/{id}/candidates")
  String add(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    actor.require(Capability.PLAN_SUCCESSION);
    List<FieldError> errors = new ArrayList<>();
    Integer target = integer(form, "target", errors);
    Integer introVotes = integer(form, "introVotes", errors);
    Integer introVoters = integer(form, "introVoters", errors);
    try {
      if (!errors.isEmpty()) {
        plans.require(id, actor); // who may and where first, then what was typed
        throw new InvalidInputException(errors);
      }
      plans.addCandidate(
          id,
          new PlanInputs.NewCandidate(
              form.get("personId"),
              form.get("targetPost"),
              target,
              introVotes,
              introVoters,
              null,
              null,
              form.get("addedOn"),
              "on".equals(form.get("womanAt60")) || "true".equals(form.get("womanAt60"))),
          actor);
    } catch (InvalidInputException e) {
      return view(id, actor, model, e.errors(), form, null);
    }
    redirect.addFlashAttribute("flash", "planning.page.added");
    return "redirect:/plans/" + id;
  }

  private static Integer integer(Map<String, String> form, String field) {
    String v = form.get(field);
    if (v == null || v.isBlank() || !v.trim().matches("\\d{1,6}")) {
      return null;
    }
    return Integer.parseInt(v.trim());
  }

  private static Integer integer(Map<String, String> form, String field, List<FieldError> errors) {
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
