package vn.cbcs.training.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.training.Course;
import vn.cbcs.training.Courses;
import vn.cbcs.training.NewPlan;
import vn.cbcs.training.PlanProjections;
import vn.cbcs.training.TrainingPlan;
import vn.cbcs.training.TrainingPlans;
import vn.cbcs.units.Units;

/**
 * The pages of the annual training plans: a unit's plans (with the form to record one) and a plan
 * (its courses, the needs they serve, the form to add a course, and the projection of the
 * indicators). The forms call the same services as the JSON API.
 */
@Controller
class TrainingPlanPageController {

  private final TrainingPlans plans;
  private final PlanProjections projections;
  private final Courses courses;
  private final PersonDirectory directory;
  private final Units units;
  private final MessageSource messages;

  TrainingPlanPageController(
      TrainingPlans plans,
      PlanProjections projections,
      Courses courses,
      PersonDirectory directory,
      Units units,
      MessageSource messages) {
    this.plans = plans;
    this.projections = projections;
    this.courses = courses;
    this.directory = directory;
    this.units = units;
    this.messages = messages;
  }

  private ArrayList<String> texts(InvalidInputException ex) {
    ArrayList<String> out = new ArrayList<>();
    for (FieldError e : ex.errors()) {
      out.add(
          e.field()
              + ": "
              + messages.getMessage(e.key(), e.args(), e.key(), LocaleContextHolder.getLocale()));
    }
    return out;
  }

  @GetMapping("/training/plans")
  String list(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      Actor actor,
      Model model) {
    actor.require(Capability.READ_RECORDS);
    if (TrainingPageController.noUnit(unit, actor)) {
      model.addAttribute(
          "title",
          messages.getMessage("training.page.plans", null, LocaleContextHolder.getLocale()));
      model.addAttribute("action", "/training/plans");
      return "chooseUnit";
    }
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    if (code == null) {
      throw new BadRequestException("unit", "error.parameter.missing", "unit");
    }
    var on = AsOf.today();
    var u = units.nearest(code, on);
    if (u.isPresent() && u.get().validTo() != null && u.get().validTo().isBefore(on)) {
      on = u.get().validTo();
    }
    model.addAttribute("plans", plans.of(code, on, TrainingPlanApiController.year(year), actor));
    model.addAttribute("unitCode", code);
    model.addAttribute("unitName", u.map(x -> x.fullName()).orElse(code));
    model.addAttribute("nextYear", AsOf.today().getYear() + 1);
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.<String>of());
    }
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.<String, String>of());
    }
    return "training/plans";
  }

  @PostMapping("/training/plans")
  String create(
      @RequestParam Map<String, String> params, Actor actor, RedirectAttributes redirect) {
    actor.require(Capability.MANAGE_TRAINING);
    String unit = params.getOrDefault("unitCode", "");
    try {
      FormRecordReader reader = new FormRecordReader();
      NewPlan n = reader.read(params, NewPlan.class);
      InvalidInputException.throwIfAny(reader.errors());
      TrainingPlan p = plans.create(n, actor);
      redirect.addFlashAttribute("flash", "training.page.saved.plan");
      return "redirect:/training/plans/" + p.id();
    } catch (InvalidInputException ex) {
      redirect.addFlashAttribute("errors", texts(ex));
      redirect.addFlashAttribute("typed", Typed.of(params)); // the form again as it was typed
      return "redirect:/training/plans" + (unit.matches("[0-9]{1,10}") ? "?unit=" + unit : "");
    }
  }

  @GetMapping("/training/plans/{id}")
  String one(@PathVariable long id, Actor actor, Model model) {
    TrainingPlan p = plans.require(id, actor);
    boolean covers = plans.covers(p, actor);
    model.addAttribute("plan", p);
    model.addAttribute(
        "unitName",
        units
            .nearest(p.unitCode(), java.time.LocalDate.of(p.year(), 12, 31))
            .map(u -> u.fullName())
            .orElse(p.unitCode()));
    model.addAttribute("projection", covers ? projections.of(id, null, actor) : null);
    Set<Long> people = new HashSet<>();
    p.courses().forEach(c -> c.needs().forEach(n -> people.add(n.personId())));
    model.addAttribute("names", directory.names(people, actor));
    List<Course> candidates = new ArrayList<>();
    if (covers && actor.can(Capability.MANAGE_TRAINING)) {
      Set<Long> in = new HashSet<>();
      p.courses().forEach(c -> in.add(c.course().id()));
      var on = java.time.LocalDate.of(p.year(), 12, 31);
      var u = units.nearest(p.unitCode(), on);
      if (u.isPresent() && u.get().validTo() != null && u.get().validTo().isBefore(on)) {
        on = u.get().validTo();
      }
      for (Course c : courses.of(p.unitCode(), on, p.year(), actor)) {
        if (!in.contains(c.id())) {
          candidates.add(c);
        }
      }
    }
    model.addAttribute("candidates", candidates);
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.<String>of());
    }
    return "training/plan";
  }

  @PostMapping("/training/plans/{id}/courses")
  String addCourse(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      RedirectAttributes redirect) {
    actor.require(Capability.MANAGE_TRAINING);
    plans.require(id, actor);
    try {
      String course = params.get("courseId");
      plans.addCourse(id, new NewPlan.PlanCourseInput(course, null), actor);
      redirect.addFlashAttribute("flash", "training.page.saved.planCourse");
    } catch (InvalidInputException ex) {
      redirect.addFlashAttribute("errors", texts(ex));
    }
    return "redirect:/training/plans/" + id;
  }
}
