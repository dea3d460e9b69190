package vn.cbcs.units.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
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
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttributes;
import vn.cbcs.units.UnitChanges;
import vn.cbcs.units.Units;

/** Pages of the unit tree: provinces, one unit with its children and crosswalk, search. */
@Controller
class UnitPageController {

  private final Units units;
  private final UnitAttributes attributes;
  private final UnitLookup lookup;
  private final UnitChanges changes;

  /** The id of the code field a picker fills: letters, digits and dashes. */
  private static final java.util.regex.Pattern PICK_TARGET =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,39}");

  UnitPageController(
      Units units, UnitAttributes attributes, UnitLookup lookup, UnitChanges changes) {
    this.units = units;
    this.attributes = attributes;
    this.lookup = lookup;
    this.changes = changes;
  }

  @GetMapping("/units")
  String provinces(@RequestParam(required = false) String asOf, Model model) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    List<Unit> provinces = units.children(null, date);
    Map<String, Long> communes = units.communeCountsOfChildren(null, date);
    model.addAttribute(
        "rows",
        provinces.stream()
            .map(p -> new UnitPageView.ChildRow(p, communes.getOrDefault(p.code(), 0L)))
            .toList());
    model.addAttribute("asOf", date);
    model.addAttribute("stats", units.countByType(date));
    return "units/list";
  }

  @GetMapping("/units/datasets")
  String datasets(Model model) {
    model.addAttribute("datasets", units.datasets());
    return "units/datasets";
  }

  @GetMapping("/units/search")
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String pick,
      HttpServletRequest request,
      Model model) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    model.addAttribute("q", q);
    model.addAttribute("asOf", date);
    boolean htmx = "true".equals(request.getHeader("HX-Request"));
    if (htmx && pick != null) {
      // the unit picker of a form: buttons that fill the code field named by "pick"
      if (!PICK_TARGET.matcher(pick).matches()) {
        throw new BadRequestException("pick", "units.pick.invalid", pick);
      }
      model.addAttribute("pick", pick);
      model.addAttribute("hits", units.search(q, date, 12));
      return "units/pickResults";
    }
    model.addAttribute("hits", units.search(q, date, 30));
    return htmx ? "units/searchResults" : "units/search";
  }

  @GetMapping("/units/{code}")
  String unit(
      @PathVariable String code,
      @RequestParam(required = false) String asOf,
      Actor actor,
      Model model) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    model.addAttribute(
        "view", view(code, date, actor, null, null, (String) model.getAttribute("flash")));
    return "units/show";
  }

  @PostMapping("/units/{code}/attributes")
  String recordAttribute(
      @PathVariable String code,
      @RequestParam String asOf,
      UnitPageView.AttributeForm form,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    actor.require(Capability.EDIT_RULES);
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    Unit unit = lookup.require(code, date);
    try {
      attributes.record(
          unit,
          form.attribute(),
          form.value(),
          form.validFrom(),
          form.validTo(),
          form.legalBasis(),
          actor);
    } catch (BadRequestException e) {
      model.addAttribute("view", view(code, date, actor, form, e, null));
      return "units/show";
    }
    redirect.addFlashAttribute("flash", "unit.attr.saved");
    return "redirect:/units/" + code + "?asOf=" + date;
  }

  private UnitPageView view(
      String code,
      LocalDate date,
      Actor actor,
      UnitPageView.AttributeForm form,
      BadRequestException error,
      String flash) {
    Unit unit = lookup.require(code, date);
    Map<String, Long> communes = units.communeCountsOfChildren(unit.code(), date);
    List<UnitPageView.ChildRow> children =
        units.children(unit.code(), date).stream()
            .map(c -> new UnitPageView.ChildRow(c, communes.getOrDefault(c.code(), 0L)))
            .toList();
    return new UnitPageView(
        unit,
        date,
        units.ancestors(unit, date),
        children,
        units.communeCount(unit, date),
        units.predecessors(unit),
        units.successors(unit),
        units.versions(unit.code()),
        attributes.current(unit, date),
        attributes.history(unit),
        attributes.mayEdit(unit, date, actor),
        changes.involving(unit.code()),
        changes.mayRecord(actor),
        units.covers(actor.access(), unit, date),
        form == null ? UnitPageView.AttributeForm.empty(date) : form,
        error == null
            ? null
            : new UnitPageView.FormError(error.parameter(), error.messageKey(), error.args()),
        flash);
  }
}
