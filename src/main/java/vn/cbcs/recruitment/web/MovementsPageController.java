package vn.cbcs.recruitment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.PostWarning;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.recruitment.Movement;
import vn.cbcs.recruitment.MovementReturns;
import vn.cbcs.recruitment.Movements;
import vn.cbcs.recruitment.MovementsBoard;
import vn.cbcs.recruitment.NewMovement;

/**
 * The movements page ({@code /recruitment/movements?unit=&asOf=}): the movements from or to a unit,
 * the plan form, the approval of a plan by a decision and the return from an ended rotation or
 * secondment by a decision — the same services as the JSON API ({@link Movements}, {@link
 * MovementReturns}). A refused form is shown again as typed, every reason (with its rule) above it,
 * and nothing is written.
 */
@Controller
class MovementsPageController {

  private static final java.time.format.DateTimeFormatter DMY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Movements movements;
  private final MovementReturns returns;
  private final MovementsBoard board;
  private final PositionCatalogue positions;
  private final MessageSource messages;

  MovementsPageController(
      Movements movements,
      MovementReturns returns,
      MovementsBoard board,
      PositionCatalogue positions,
      MessageSource messages) {
    this.messages = messages;
    this.movements = movements;
    this.returns = returns;
    this.board = board;
    this.positions = positions;
  }

  @GetMapping("/recruitment/movements")
  String page(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      Actor actor,
      Model model) {
    actor.require(Capability.READ_RECORDS);
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.strip();
    if (code == null) {
      code = "";
    }
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    fill(code, date, actor, model);
    return "recruitment/movements";
  }

  /** Plans a movement from the page's form. */
  @PostMapping("/recruitment/movements")
  String plan(
      @RequestParam Map<String, String> form,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    actor.require(Capability.EDIT_RECORDS);
    List<FieldError> errors = new ArrayList<>();
    Long person = null;
    String p = form.getOrDefault("personId", "").strip();
    if (!p.isEmpty()) {
      if (p.matches("\\d{1,18}")) {
        person = Long.parseLong(p);
      } else {
        errors.add(new FieldError("personId", "error.json.integer", p));
      }
    }
    Movement.Kind kind = null;
    String k = form.getOrDefault("kind", "").strip();
    if (!k.isEmpty()) {
      try {
        kind = Movement.Kind.valueOf(k);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("kind", "error.form.choice", k));
      }
    }
    NewMovement m =
        new NewMovement(
            person,
            kind,
            form.get("fromUnit"),
            form.get("toUnit"),
            form.get("positionCode"),
            date(form, "fromDate", errors),
            date(form, "untilDate", errors),
            form.get("reason"));
    String unit = form.getOrDefault("unit", "").strip();
    LocalDate asOf = asOf(form);
    try {
      if (!errors.isEmpty()) {
        errors.addAll(movements.check(m));
        InvalidInputException.throwIfAny(errors);
      }
      Movements.Planned planned = movements.plan(m, actor);
      redirect.addFlashAttribute("planned", planned.id());
      redirect.addFlashAttribute("warningLines", lines(planned.warnings(), locale));
      return back(unit.isEmpty() ? m.fromUnit() : unit, asOf);
    } catch (InvalidInputException e) {
      fill(unit, asOf, actor, model);
      model.addAttribute("planErrors", e.errors());
      model.addAttribute("planForm", form);
      return "recruitment/movements";
    }
  }

  /** Approves a planned movement by the decision typed in its row. */
  @PostMapping("/recruitment/movements/{id}/decision")
  String approve(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    return decide(id, form, actor, model, false, redirect, locale);
  }

  /** Returns the person of an ended rotation or secondment to the former post by a decision. */
  @PostMapping("/recruitment/movements/{id}/return")
  String giveBack(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    return decide(id, form, actor, model, true, redirect, locale);
  }

  private String decide(
      long id,
      Map<String, String> form,
      Actor actor,
      Model model,
      boolean giveBack,
      RedirectAttributes redirect,
      Locale locale) {
    actor.require(Capability.EDIT_RECORDS);
    Movement m = movements.get(id, actor);
    List<FieldError> errors = new ArrayList<>();
    LocalDate decidedOn = date(form, "decidedOn", errors);
    Movements.Approval a =
        new Movements.Approval(
            form.get("number"), decidedOn, form.get("issuer"), form.get("signer"));
    String unit = form.getOrDefault("unit", "").strip();
    LocalDate asOf = asOf(form);
    try {
      InvalidInputException.throwIfAny(errors);
      Movements.Planned done =
          giveBack ? returns.giveBack(id, a, actor) : movements.approve(id, a, actor);
      redirect.addFlashAttribute("warningLines", lines(done.warnings(), locale));
      redirect.addFlashAttribute("done", id);
      return back(unit.isEmpty() ? m.fromUnit() : unit, asOf);
    } catch (InvalidInputException e) {
      fill(unit.isEmpty() ? m.fromUnit() : unit, asOf, actor, model);
      model.addAttribute("rowId", id);
      model.addAttribute("rowErrors", e.errors());
      model.addAttribute("rowForm", form);
      return "recruitment/movements";
    }
  }

  /** After a write: the page again by GET (a refresh writes nothing twice). */
  private static String back(String unit, LocalDate asOf) {
    return "redirect:/recruitment/movements?unit="
        + java.net.URLEncoder.encode(
            unit == null ? "" : unit, java.nio.charset.StandardCharsets.UTF_8)
        + "&asOf="
        + asOf.format(DMY);
  }

  /** The warnings as text with their rule (flash attributes stay plain strings). */
  private ArrayList<String> lines(List<PostWarning> warnings, Locale locale) {
    ArrayList<String> out = new ArrayList<>();
    for (PostWarning w : warnings) {
      out.add(
          messages.getMessage(w.messageKey(), w.args().toArray(), w.messageKey(), locale)
              + " ("
              + w.rule()
              + ")");
    }
    return out;
  }

  private void fill(String unit, LocalDate asOf, Actor actor, Model model) {
    MovementsBoard.Board b = board.of(unit, asOf, actor);
    model.addAttribute("board", b);
    model.addAttribute("asOf", asOf.format(DMY));
    model.addAttribute(
        "positions",
        positions.inForce(asOf).stream()
            .sorted(java.util.Comparator.comparing(Position::code))
            .toList());
    Map<Long, String> former = new HashMap<>();
    for (Movement m : b.movements()) {
      if (b.needsDecision().contains(m.id())) {
        returns.formerPost(m).ifPresent(f -> former.put(m.id(), f.positionCode()));
      }
    }
    model.addAttribute("former", former);
    if (!model.containsAttribute("planned")) {
      model.addAttribute("planned", null);
    }
    if (!model.containsAttribute("done")) {
      model.addAttribute("done", null);
    }
    if (!model.containsAttribute("warningLines")) {
      model.addAttribute("warningLines", List.<String>of());
    }
    model.addAttribute("planErrors", List.of());
    model.addAttribute("planForm", Map.of());
    model.addAttribute("rowId", null);
    model.addAttribute("rowErrors", List.of());
    model.addAttribute("rowForm", Map.of());
  }

  private static LocalDate asOf(Map<String, String> form) {
    try {
      return AsOf.parseLenient("asOf", form.get("asOf"));
    } catch (BadRequestException e) {
      return AsOf.today();
    }
  }

  private static LocalDate date(Map<String, String> form, String field, List<FieldError> errors) {
    String v = form.get(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return AsOf.parseLenient(field, v);
    } catch (BadRequestException e) {
      errors.add(new FieldError(field, "error.form.date", v));
      return null;
    }
  }
}
