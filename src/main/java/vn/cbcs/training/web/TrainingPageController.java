package vn.cbcs.training.web;

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
import vn.cbcs.training.Enrolment;
import vn.cbcs.training.Enrolments;
import vn.cbcs.training.ManualNeeds;
import vn.cbcs.training.Need;
import vn.cbcs.training.Needs;
import vn.cbcs.training.NewCourse;
import vn.cbcs.training.NewNeed;
import vn.cbcs.training.Result;
import vn.cbcs.units.Units;

/**
 * The pages of training: a unit's needs, its courses (with the form to record one), a course (with
 * the enrolment and result forms). Every form calls the same services as the JSON API; a refused
 * form comes back to its page with every reason.
 */
@Controller
class TrainingPageController {

  private final Needs needs;
  private final ManualNeeds manual;
  private final Courses courses;
  private final Enrolments enrolments;
  private final PersonDirectory directory;
  private final Units units;
  private final MessageSource messages;

  TrainingPageController(
      Needs needs,
      ManualNeeds manual,
      Courses courses,
      Enrolments enrolments,
      PersonDirectory directory,
      Units units,
      MessageSource messages) {
    this.messages = messages;
    this.needs = needs;
    this.manual = manual;
    this.courses = courses;
    this.enrolments = enrolments;
    this.directory = directory;
    this.units = units;
  }

  /**
   * The reasons of a refusal as text in the user's language (a flash attribute lives in the session
   * store, which keeps only serializable values).
   */
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

  /**
   * The date of a page: the one asked for; else today, or the last day of a unit no longer in force
   * (a district before 1-7-2025).
   */
  private java.time.LocalDate dateOf(String asOf, String code) {
    if (asOf != null && !asOf.isBlank()) {
      return AsOf.parseLenient("asOf", asOf);
    }
    java.time.LocalDate today = AsOf.today();
    return units
        .nearest(code, today)
        .filter(u -> u.validTo() != null && u.validTo().isBefore(today))
        .map(u -> u.validTo())
        .orElse(today);
  }

  /** No unit asked and none at home (an administrator): the page asks for one. */
  static boolean noUnit(String unit, Actor actor) {
    return (unit == null || unit.isBlank()) && actor.access().homeUnit() == null;
  }

  private String chooseUnit(Model model, String titleKey, String action) {
    model.addAttribute(
        "title",
        messages.getMessage(
            titleKey, null, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    model.addAttribute("action", action);
    return "chooseUnit";
  }

  private static String unitOf(String unit, Actor actor) {
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    if (code == null) {
      throw new BadRequestException("unit", "error.parameter.missing", "unit");
    }
    return code;
  }

  @GetMapping("/training/needs")
  String needs(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String noPeriods,
      Actor actor,
      Model model) {
    actor.require(Capability.READ_RECORDS);
    if (noUnit(unit, actor)) {
      return chooseUnit(model, "training.page.needs", "/training/needs");
    }
    String code = unitOf(unit, actor);
    var on = dateOf(asOf, code);
    Needs.Filter filter = NeedsApiController.filter(kind, noPeriods);
    List<Need> all = needs.of(code, on, actor);
    model.addAttribute("needs", all.stream().filter(n -> filter.keeps(n)).toList());
    model.addAttribute(
        "noPeriodsCount", all.stream().filter(n -> new Needs.Filter(null, true).keeps(n)).count());
    model.addAttribute("fourthQuarter", Needs.fourthQuarter(on));
    model.addAttribute("filter", filter);
    model.addAttribute("unitCode", code);
    model.addAttribute("unitName", units.nearest(code, on).map(u -> u.fullName()).orElse(code));
    model.addAttribute("asOf", on);
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.<String>of());
    }
    return "training/needs";
  }

  @PostMapping("/training/needs")
  String addNeed(
      @RequestParam Map<String, String> params, Actor actor, RedirectAttributes redirect) {
    actor.require(Capability.MANAGE_TRAINING);
    String unit = params.getOrDefault("unit", "");
    try {
      FormRecordReader reader = new FormRecordReader();
      NewNeed n = reader.read(params, NewNeed.class);
      InvalidInputException.throwIfAny(reader.errors());
      manual.add(n, actor);
      redirect.addFlashAttribute("flash", "training.page.saved.need");
    } catch (InvalidInputException ex) {
      redirect.addFlashAttribute("errors", texts(ex));
    }
    return "redirect:/training/needs" + (unit.matches("[0-9]{1,10}") ? "?unit=" + unit : "");
  }

  @PostMapping("/training/needs/{id}/close")
  String closeNeed(
      @PathVariable long id,
      @RequestParam(required = false) String unit,
      Actor actor,
      RedirectAttributes redirect) {
    actor.require(Capability.MANAGE_TRAINING);
    try {
      manual.close(id, actor);
      redirect.addFlashAttribute("flash", "training.page.saved.needClosed");
    } catch (InvalidInputException ex) {
      redirect.addFlashAttribute("errors", texts(ex));
    }
    return "redirect:/training/needs"
        + (unit != null && unit.matches("[0-9]{1,10}") ? "?unit=" + unit : "");
  }

  @GetMapping("/training/courses")
  String courses(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      Actor actor,
      Model model) {
    actor.require(Capability.READ_RECORDS);
    if (noUnit(unit, actor)) {
      return chooseUnit(model, "training.page.courses", "/training/courses");
    }
    String code = unitOf(unit, actor);
    var on = dateOf(asOf, code);
    model.addAttribute("courses", courses.of(code, on, null, actor));
    model.addAttribute("unitCode", code);
    model.addAttribute("unitName", units.nearest(code, on).map(u -> u.fullName()).orElse(code));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.<String>of());
    }
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.<String, String>of());
    }
    return "training/courses";
  }

  @PostMapping("/training/courses")
  String create(
      @RequestParam Map<String, String> params, Actor actor, RedirectAttributes redirect) {
    actor.require(Capability.MANAGE_TRAINING);
    String unit = params.getOrDefault("unitCode", "");
    try {
      FormRecordReader reader = new FormRecordReader();
      NewCourse n = reader.read(params, NewCourse.class);
      InvalidInputException.throwIfAny(reader.errors());
      Course c = courses.create(n, actor);
      redirect.addFlashAttribute("flash", "training.page.saved.course");
      return "redirect:/training/courses/" + c.id();
    } catch (InvalidInputException ex) {
      redirect.addFlashAttribute("errors", texts(ex));
      redirect.addFlashAttribute("typed", Typed.of(params)); // the form again as it was typed
      return "redirect:/training/courses" + (unit.matches("[0-9]{1,10}") ? "?unit=" + unit : "");
    }
  }

  @GetMapping("/training/courses/{id}")
  String course(@PathVariable long id, Actor actor, Model model) {
    Course c = courses.require(id, actor);
    List<Enrolment> list = enrolments.ofCourse(id, actor);
    model.addAttribute("course", c);
    model.addAttribute("enrolments", list);
    model.addAttribute(
        "names", directory.names(list.stream().map(Enrolment::personId).toList(), actor));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.<String>of());
    }
    return "training/course";
  }

  @PostMapping("/training/courses/{id}/enrolments")
  String enrol(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      RedirectAttributes redirect) {
    actor.require(Capability.MANAGE_TRAINING);
    try {
      enrolments.enrol(id, params.get("personId"), actor);
      redirect.addFlashAttribute("flash", "training.page.saved.enrolment");
    } catch (InvalidInputException ex) {
      redirect.addFlashAttribute("errors", texts(ex));
    }
    return "redirect:/training/courses/" + id;
  }

  @PostMapping("/training/enrolments/{id}/result")
  String result(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      RedirectAttributes redirect) {
    actor.require(Capability.MANAGE_TRAINING);
    long course = enrolments.courseOf(id, actor);
    try {
      FormRecordReader reader = new FormRecordReader();
      Result r = reader.read(params, Result.class);
      InvalidInputException.throwIfAny(reader.errors());
      enrolments.result(id, r, actor);
      redirect.addFlashAttribute("flash", "training.page.saved.result");
    } catch (InvalidInputException ex) {
      redirect.addFlashAttribute("errors", texts(ex));
    }
    return "redirect:/training/courses/" + course;
  }
}
