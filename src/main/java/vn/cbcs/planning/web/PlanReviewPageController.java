package vn.cbcs.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.planning.Bench;
import vn.cbcs.planning.PlanReviews;
import vn.cbcs.planning.Plans;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/**
 * Pages of the second slice of planning: the bench of a unit ({@code /plans/bench?unit=}) and the
 * annual review of a plan (start, proposals, a decision on each), through the same services as the
 * JSON API ({@link Bench}, {@link PlanReviews}).
 */
@Controller
class PlanReviewPageController {

  private final Bench bench;
  private final PlanReviews reviews;
  private final Plans plans;
  private final PlanningJson json;
  private final MessageSource messages;
  private final vn.cbcs.planning.WhatIf whatIf;
  private final vn.cbcs.qualifications.Qualifications qualifications;

  PlanReviewPageController(
      Bench bench,
      PlanReviews reviews,
      Plans plans,
      PlanningJson json,
      MessageSource messages,
      vn.cbcs.planning.WhatIf whatIf,
      vn.cbcs.qualifications.Qualifications qualifications) {
    this.whatIf = whatIf;
    this.qualifications = qualifications;
    this.bench = bench;
    this.reviews = reviews;
    this.plans = plans;
    this.json = json;
    this.messages = messages;
  }

  @GetMapping("/plans/bench")
  String bench(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) Integer years,
      @RequestParam(required = false) List<String> assume,
      @RequestParam(required = false) String wPerson,
      @RequestParam(required = false) String wLevel,
      @RequestParam(required = false) String wBy,
      @RequestParam(required = false) Boolean assumeEnrolled,
      Actor actor,
      Model model) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    if (code == null) {
      model.addAttribute(
          "title",
          messages.getMessage("planning.bench.title", null, LocaleContextHolder.getLocale()));
      model.addAttribute("action", "/plans/bench");
      return "chooseUnit";
    }
    LocalDate on = asOf == null || asOf.isBlank() ? AsOf.today() : AsOf.parseLenient("asOf", asOf);
    // the what-if: the assumptions so far and the one typed in the small form (nothing is written)
    List<String> texts = new ArrayList<>(assume == null ? List.of() : assume);
    if (wPerson != null && !wPerson.isBlank()) {
      String by = wBy == null ? "" : wBy.trim();
      try {
        by = AsOf.parseLenient("wBy", by).toString();
      } catch (RuntimeException e) {
        // kept as typed: the what-if says why it is refused
      }
      texts.add(
          wPerson.trim() + ":POLITICAL_THEORY:" + (wLevel == null ? "" : wLevel.trim()) + ":" + by);
    }
    List<vn.cbcs.planning.WhatIf.Assumption> assumptions = List.of();
    List<FieldError> errors = List.of();
    try {
      assumptions = whatIf.parse(texts);
    } catch (InvalidInputException e) {
      errors = e.errors();
    }
    boolean enrolled = Boolean.TRUE.equals(assumeEnrolled);
    model.addAttribute("bench", bench.of(code, on, years, assumptions, enrolled, actor));
    model.addAttribute("assumeEnrolled", enrolled);
    model.addAttribute("whatIfErrors", errors);
    model.addAttribute(
        "llctLevels",
        qualifications.levels().stream()
            .filter(l -> l.track() == vn.cbcs.qualifications.Track.POLITICAL_THEORY)
            .toList());
    return "planning/bench";
  }

  @PostMapping("/plans/{id}/reviews")
  String start(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    actor.require(Capability.PLAN_SUCCESSION);
    String y = form.get("year");
    Integer year = y != null && y.trim().matches("\\d{4}") ? Integer.valueOf(y.trim()) : null;
    try {
      if (year == null && y != null && !y.isBlank()) {
        plans.require(id, actor);
        throw new InvalidInputException(List.of(new FieldError("year", "planning.review.year", y)));
      }
      reviews.start(id, new PlanReviews.NewReview(year, form.get("reviewDate")), actor);
    } catch (InvalidInputException e) {
      return plan(id, actor, model, e.errors());
    }
    redirect.addFlashAttribute("flash", "planning.review.started");
    return "redirect:/plans/" + id + "/reviews/" + year;
  }

  private String plan(long id, Actor actor, Model model, List<FieldError> errors) {
    model.addAttribute("plan", plans.require(id, actor));
    model.addAttribute("check", json.check(plans.check(id, AsOf.today(), actor)));
    model.addAttribute("errors", List.of());
    model.addAttribute("typed", Map.of());
    model.addAttribute("flash", null);
    model.addAttribute("reviewYears", reviews.years(id, actor));
    model.addAttribute("reviewErrors", errors);
    return "planning/plan";
  }

  @GetMapping("/plans/{id}/reviews/{year}")
  String review(@PathVariable long id, @PathVariable int year, Actor actor, Model model) {
    Object flash = model.getAttribute("flash");
    return view(id, year, actor, model, List.of(), flash instanceof String f ? f : null);
  }

  private String view(
      long id, int year, Actor actor, Model model, List<FieldError> errors, String flash) {
    var review = reviews.of(id, year, actor);
    model.addAttribute("plan", plans.require(id, actor));
    model.addAttribute("review", json.review(review));
    model.addAttribute("errors", errors);
    model.addAttribute("flash", flash);
    return "planning/review";
  }

  @PostMapping("/plans/{id}/reviews/{year}/decisions")
  String decide(
      @PathVariable long id,
      @PathVariable int year,
      @RequestParam Map<String, String> form,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    actor.require(Capability.PLAN_SUCCESSION);
    String accept = form.get("accept");
    try {
      reviews.decide(
          id,
          year,
          new PlanReviews.Decision(
              form.get("proposalId"),
              accept == null || accept.isBlank() ? null : "true".equals(accept),
              form.get("reason"),
              form.get("decidedOn")),
          actor);
    } catch (InvalidInputException e) {
      return view(id, year, actor, model, e.errors(), null);
    }
    redirect.addFlashAttribute("flash", "planning.review.decidedFlash");
    return "redirect:/plans/" + id + "/reviews/" + year;
  }
}
