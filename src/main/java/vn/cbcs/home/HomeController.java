package vn.cbcs.home;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cbcs.demo.DemoStatus;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.UnitType;
import vn.cbcs.units.Units;

@Controller
class HomeController {

  /** The day before the two-level local government. */
  static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

  private final Units units;
  private final DemoStatus demo;
  private final PersonDirectory directory;
  private final WorkList workList;

  HomeController(Units units, DemoStatus demo, PersonDirectory directory, WorkList workList) {
    this.units = units;
    this.demo = demo;
    this.directory = directory;
    this.workList = workList;
  }

  @GetMapping("/")
  String home(Model model, Actor actor) {
    LocalDate today = AsOf.today();
    model.addAttribute("today", today);
    // the work list first: what is due for this user, on their ground only
    var items = workList.items(actor, today);
    model.addAttribute("work", workList.groups(items, today));
    model.addAttribute("before", BEFORE_REFORM);
    model.addAttribute("now", byLevel(units.countByType(today)));
    model.addAttribute("then", byLevel(units.countByType(BEFORE_REFORM)));
    model.addAttribute("demo", demo.get());
    // the records this user may open, not every record of the country
    model.addAttribute("records", directory.countReadable(actor));
    // the user's own unit, as it is today or (a unit abolished in 2025) as it last was
    String home = actor.access().homeUnit();
    vn.cbcs.units.Unit homeUnit = home == null ? null : units.nearest(home, today).orElse(null);
    model.addAttribute("homeUnit", homeUnit);
    // the date its pages open on: today, or the last day of a unit that no longer exists
    model.addAttribute(
        "homeDate",
        homeUnit == null || homeUnit.validTo() == null || homeUnit.validTo().isAfter(today)
            ? today
            : homeUnit.validTo());
    return "home/index";
  }

  private static Map<UnitLevel, Long> byLevel(Map<UnitType, Long> byType) {
    Map<UnitLevel, Long> levels = new java.util.EnumMap<>(UnitLevel.class);
    for (UnitLevel l : UnitLevel.values()) {
      levels.put(l, 0L);
    }
    byType.forEach((t, n) -> levels.merge(t.level(), n, Long::sum));
    return levels;
  }
}
