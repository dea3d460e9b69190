package vn.cbcs.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.QuickDates;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;

/** The dashboard page and its trend data. */
@Controller
class DashboardController {

  /** Trends start with the year of the model resolution (Bắc Kạn, 2016). */
  static final LocalDate TREND_START = LocalDate.of(2016, 12, 31);

  private final DashboardService dashboards;
  private final Indicators indicators;
  private final QuickDates quickDates;
  private final vn.cbcs.resolutions.Resolutions resolutions;

  DashboardController(
      DashboardService dashboards,
      Indicators indicators,
      QuickDates quickDates,
      vn.cbcs.resolutions.Resolutions resolutions) {
    this.dashboards = dashboards;
    this.indicators = indicators;
    this.quickDates = quickDates;
    this.resolutions = resolutions;
  }

  /** The milestones of the targets of the resolutions the actor reads. */
  private List<QuickDates.Milestone> milestones(Actor actor) {
    List<QuickDates.Milestone> out = new ArrayList<>();
    for (vn.cbcs.resolutions.Resolution r : resolutions.all(actor)) {
      for (vn.cbcs.resolutions.Target t : r.targets()) {
        out.add(new QuickDates.Milestone(r.unitCode(), t.milestone(), r.unitOn()));
      }
    }
    return out;
  }

  @GetMapping("/dashboard")
  String dashboard(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      Actor actor,
      Model model) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    LocalDate on = unitOn == null || unitOn.isBlank() ? null : AsOf.parseLenient("unitOn", unitOn);
    IndicatorScope scope = indicators.scope(unit, date, on, actor);
    model.addAttribute("view", dashboards.build(scope, AsOf.today(), actor));
    model.addAttribute("quickDates", quickDates.of(actor, AsOf.today(), milestones(actor)));
    return "dashboard/index";
  }

  /** Year-end values for the sparklines: {code: [[date, percent], ...]}. */
  @GetMapping("/dashboard/trends")
  @ResponseBody
  Map<String, Object> trends(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    LocalDate on = unitOn == null || unitOn.isBlank() ? null : AsOf.parseLenient("unitOn", unitOn);
    Map<String, Object> out = new LinkedHashMap<>();
    LocalDate start = date.isBefore(TREND_START) ? date : TREND_START;
    dashboards
        .trends(unit, on, start, date, actor)
        .forEach(
            (code, points) -> {
              List<Map<String, Object>> list = new ArrayList<>();
              for (Object[] p : points) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("asOf", p[0]);
                m.put("value", p[1]);
                list.add(m);
              }
              out.put(code, list);
            });
    return out;
  }
}
