package vn.cbcs.recruitment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.recruitment.DecisionInput;
import vn.cbcs.recruitment.Rounds;
import vn.cbcs.recruitment.Vacancies;

/**
 * Pages of recruitment: a commune's openings and rounds ({@code /recruitment}), a round with its
 * timeline, candidates, ranked results and the decision form ({@code /recruitment/rounds/{id}}) —
 * the same services as the JSON API.
 */
@Controller
class RecruitmentPageController {

  private final Rounds rounds;
  private final Vacancies vacancies;

  RecruitmentPageController(Rounds rounds, Vacancies vacancies) {
    this.rounds = rounds;
    this.vacancies = vacancies;
  }

  @GetMapping("/recruitment")
  String unit(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      Actor actor,
      Model model) {
    actor.require(Capability.READ_RECORDS);
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    if (code == null) {
      throw new BadRequestException("unit", "error.parameter.missing", "unit");
    }
    LocalDate date = AsOf.parseIso("asOf", asOf);
    model.addAttribute("unitCode", code);
    model.addAttribute("asOf", date.toString());
    model.addAttribute(
        "vacancies",
        actor.can(Capability.READ_FIGURES)
            ? vacancies.of(code, date, Vacancies.DEFAULT_MONTHS, actor)
            : null);
    model.addAttribute("rounds", rounds.list(code, actor));
    return "recruitment/unit";
  }

  @GetMapping("/recruitment/rounds/{id}")
  String round(@PathVariable long id, Actor actor, Model model) {
    fill(id, actor, model, List.of(), Map.of());
    return "recruitment/round";
  }

  @PostMapping("/recruitment/rounds/{id}/decision")
  String decide(
      @PathVariable long id, @RequestParam Map<String, String> form, Actor actor, Model model) {
    // the capability first (403), then the round (404, 403), then the values
    actor.require(Capability.RECRUIT);
    rounds.get(id, actor);
    List<FieldError> errors = new java.util.ArrayList<>();
    LocalDate decidedOn = date(form, "decidedOn", errors);
    LocalDate startOn = date(form, "startOn", errors);
    List<Long> chosen = new java.util.ArrayList<>();
    String c = form.getOrDefault("chosen", "");
    for (String part : c.split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      if (!part.matches("\\d{1,18}")) {
        errors.add(new FieldError("chosen", "error.json.integer", part));
      } else {
        chosen.add(Long.parseLong(part));
      }
    }
    try {
      InvalidInputException.throwIfAny(errors);
      rounds.decide(
          id,
          new DecisionInput(
              form.get("number"),
              decidedOn,
              form.get("issuer"),
              form.get("signer"),
              startOn,
              chosen),
          actor);
      return "redirect:/recruitment/rounds/" + id;
    } catch (InvalidInputException e) {
      fill(id, actor, model, e.errors(), form);
      return "recruitment/round";
    }
  }

  private void fill(
      long id, Actor actor, Model model, List<FieldError> errors, Map<String, String> form) {
    var round = rounds.get(id, actor);
    model.addAttribute("round", round);
    model.addAttribute("steps", rounds.timeline(round));
    model.addAttribute("candidates", rounds.candidates(id, actor));
    model.addAttribute("results", rounds.results(id, actor));
    model.addAttribute("people", rounds.recruitedPeople(id, actor));
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
  }

  private static LocalDate date(Map<String, String> form, String field, List<FieldError> errors) {
    String v = form.get(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return AsOf.parseLenient(field, v);
    } catch (BadRequestException e) {
      errors.add(new FieldError(field, "error.json.date", v));
      return null;
    }
  }
}
