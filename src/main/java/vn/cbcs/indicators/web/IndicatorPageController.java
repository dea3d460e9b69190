package vn.cbcs.indicators.web;

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
import vn.cbcs.indicators.Computed;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.Member;
import vn.cbcs.indicators.ReportingLocks;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;

/** Pages of indicators: the catalogue, one indicator's drill-down, locking a reporting date. */
@Controller
class IndicatorPageController {

  private final Indicators indicators;
  private final ReportingLocks locks;
  private final vn.cbcs.indicators.ReportedValues reported;

  IndicatorPageController(
      Indicators indicators, ReportingLocks locks, vn.cbcs.indicators.ReportedValues reported) {
    this.reported = reported;
    this.indicators = indicators;
    this.locks = locks;
  }

  @GetMapping("/indicators")
  String catalogue(Actor actor, Model model) {
    model.addAttribute("indicators", indicators.all(actor));
    model.addAttribute("mayEdit", actor.can(Capability.DEFINE_INDICATORS));
    model.addAttribute("locks", locks.recent(20, actor));
    model.addAttribute("today", AsOf.today());
    return "indicators/catalogue";
  }

  @GetMapping("/indicators/{code}")
  String drillDown(
      @PathVariable String code,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      @RequestParam(defaultValue = "numerator") String part,
      @RequestParam(defaultValue = "1") int page,
      Actor actor,
      Model model) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    LocalDate on = unitOn == null || unitOn.isBlank() ? null : AsOf.parseLenient("unitOn", unitOn);
    IndicatorScope scope = indicators.scope(unit, date, on, actor);
    Computed computed = indicators.compute(code, scope, actor);
    boolean hidden = !indicators.membersVisible(computed, actor);
    List<Member> members =
        hidden
            ? List.of()
            : indicators.members(computed, "rest".equals(part) ? "rest" : "numerator", actor);
    model.addAttribute("peopleHidden", hidden);
    model.addAttribute(
        "reported",
        scope.national()
            ? List.of()
            : reported.forUnit(code, scope.unit().code(), actor).stream()
                .filter(v -> v.asOf().equals(date))
                .toList());
    int pages = Math.max(1, (members.size() + DrillDown.PAGE_SIZE - 1) / DrillDown.PAGE_SIZE);
    int index = Math.max(1, Math.min(page, pages));
    List<Member> shown =
        members.subList(
            (index - 1) * DrillDown.PAGE_SIZE,
            Math.min(members.size(), index * DrillDown.PAGE_SIZE));
    model.addAttribute(
        "view",
        new DrillDown(
            computed.value().indicator(),
            scope,
            computed,
            indicators.split(computed),
            "rest".equals(part) ? "rest" : "numerator",
            shown,
            index,
            pages,
            locks.find(scope, actor).flatMap(l -> locks.compare(l, computed, actor)).orElse(null),
            indicators.versions(code, actor),
            actor.can(Capability.LOCK_FIGURES) && !scope.national()));
    return "indicators/drilldown";
  }

  @PostMapping("/indicators/locks")
  String lock(@RequestParam Map<String, String> form, Actor actor, RedirectAttributes redirect) {
    actor.require(Capability.LOCK_FIGURES);
    String unit = form.getOrDefault("unit", "");
    LocalDate date = AsOf.parseLenient("asOf", form.get("asOf"));
    String back = form.getOrDefault("back", "/indicators");
    if (!back.startsWith("/") || back.startsWith("//")) {
      back = "/indicators";
    }
    try {
      locks.lock(unit, date, form.get("note"), actor);
      redirect.addFlashAttribute("flash", "indicator.lock.saved");
    } catch (vn.cbcs.platform.ConflictException e) {
      redirect.addFlashAttribute("flashError", "indicator.lock.exists.short");
    } catch (vn.cbcs.platform.BadRequestException e) {
      redirect.addFlashAttribute("flashError", e.messageKey());
    } catch (vn.cbcs.platform.InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.errors().get(0).key());
    }
    return "redirect:" + back;
  }
}
