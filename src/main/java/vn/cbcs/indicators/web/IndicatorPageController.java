package vn.cbcs.indicators.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
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
import vn.cbcs.platform.MessageException;

/** Pages of indicators: the catalogue, one indicator's drill-down, locking a reporting date. */
@Controller
class IndicatorPageController {

  private final Indicators indicators;
  private final ReportingLocks locks;
  private final vn.cbcs.security.Visibility visibility;

  IndicatorPageController(
      Indicators indicators, ReportingLocks locks, vn.cbcs.security.Visibility visibility) {
    this.visibility = visibility;
    this.indicators = indicators;
    this.locks = locks;
  }

  @GetMapping("/indicators")
  String catalogue(Authentication auth, Model model) {
    model.addAttribute("indicators", indicators.all());
    model.addAttribute("mayEdit", Access.mayEdit(auth));
    model.addAttribute("locks", locks.recent(20));
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
      Authentication auth,
      Model model) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    LocalDate on = unitOn == null || unitOn.isBlank() ? null : AsOf.parseLenient("unitOn", unitOn);
    IndicatorScope scope = indicators.scope(unit == null ? "19" : unit, date, on);
    Computed computed = indicators.compute(code, scope);
    boolean hidden =
        computed.value().indicator().usesSensitiveData() && !visibility.current().seesSensitive();
    List<Member> members =
        hidden ? List.of() : "rest".equals(part) ? computed.rest() : computed.numerator();
    model.addAttribute("peopleHidden", hidden);
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
            locks.find(scope).flatMap(l -> locks.compare(l, computed)).orElse(null),
            indicators.versions(code),
            Access.mayEdit(auth) && !scope.national()));
    return "indicators/drilldown";
  }

  @PostMapping("/indicators/locks")
  String lock(
      @RequestParam Map<String, String> form, Authentication auth, RedirectAttributes redirect) {
    Access.requireProvinceOfficer(auth);
    String unit = form.getOrDefault("unit", "");
    LocalDate date = AsOf.parseLenient("asOf", form.get("asOf"));
    String back = form.getOrDefault("back", "/indicators");
    if (!back.startsWith("/") || back.startsWith("//")) {
      back = "/indicators";
    }
    try {
      locks.lock(unit, date, form.get("note"), new Actor(auth.getName(), Actor.Source.UI, null));
      redirect.addFlashAttribute("flash", "indicator.lock.saved");
    } catch (vn.cbcs.platform.ConflictException e) {
      redirect.addFlashAttribute("flashError", "indicator.lock.exists.short");
    } catch (MessageException e) {
      redirect.addFlashAttribute("flashError", e.messageKey());
    }
    return "redirect:" + back;
  }
}
