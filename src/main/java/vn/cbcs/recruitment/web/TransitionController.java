package vn.cbcs.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.recruitment.Transition;

/**
 * The 2025 transition board of a commune: {@code GET /api/units/{code}/transition?asOf=} (JSON) and
 * the page {@code /recruitment/transition?unit=&asOf=} with the people behind each number (only for
 * readers of records, within their ground) — the same service.
 */
@Controller
@Tag(name = "Tuyển dụng / Recruitment")
class TransitionController {

  private final Transition transition;

  TransitionController(Transition transition) {
    this.transition = transition;
  }

  @GetMapping("/api/units/{code}/transition")
  @ResponseBody
  @Operation(
      summary =
          "The 2025 transition of a commune on asOf: civil servants placed in a job position and"
              + " grade vs not yet (deadline 1-7-2027), the surplus against the allocation and the"
              + " retirements until 30-6-2030 that absorb it; each number with its rule; people"
              + " (with READ_RECORDS)")
  Map<String, Object> api(
      @PathVariable String code, @RequestParam(required = false) String asOf, Actor actor) {
    Transition.Board b = transition.of(code, AsOf.parseLenient("asOf", asOf), actor);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unitCode", b.unit().code());
    m.put("unitName", b.unit().fullName());
    m.put("asOf", b.asOf().toString());
    Map<String, Object> placement = new LinkedHashMap<>();
    placement.put("civilServants", b.civilServants());
    placement.put("placed", b.placed());
    placement.put("notPlaced", b.notPlaced());
    placement.put("deadline", iso(b.placementDeadline()));
    placement.put("overdue", b.placementOverdue());
    placement.put("rule", b.placementRule());
    m.put("placement", placement);
    Map<String, Object> surplus = new LinkedHashMap<>();
    surplus.put("allocation", b.allocation());
    surplus.put("allocationRule", b.allocationRule());
    surplus.put("inPost", b.inPost());
    surplus.put("surplus", b.surplus());
    surplus.put("deadline", iso(b.surplusDeadline()));
    surplus.put("rule", b.surplusRule());
    surplus.put("retiringInPeriod", b.retiringInPeriod());
    surplus.put("surplusAfterRetirements", b.surplusAfterRetirements());
    m.put("surplus", surplus);
    m.put(
        "people",
        b.people().stream()
            .map(
                p -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("personId", p.personId());
                  x.put("fullName", p.fullName());
                  x.put("positionCode", p.positionCode());
                  x.put("civilServant", p.civilServant());
                  x.put("placed", p.placed());
                  x.put("standardDeadline", iso(p.standardDeadline()));
                  x.put("retirement", iso(p.retirement()));
                  x.put("retiresInPeriod", p.retiresInPeriod());
                  return x;
                })
            .toList());
    return m;
  }

  @GetMapping("/recruitment/transition")
  String page(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String show,
      Actor actor,
      Model model) {
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.strip();
    if (code == null) {
      throw new BadRequestException("unit", "recruitment.transition.unit");
    }
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    model.addAttribute("board", transition.of(code, date, actor));
    model.addAttribute("show", show == null ? "" : show);
    return "recruitment/transition";
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
