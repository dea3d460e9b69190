package vn.cbcs.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.people.People;
import vn.cbcs.people.Person;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.PersonDataBuilder;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;

/**
 * The forms of the person page for the record's lists (family, work history, rewards, disciplines):
 * each adds or removes one entry and saves the record through {@link People#update}, the same
 * service call as {@code PUT /api/people/{id}}, so the same rules and the same authorization apply.
 */
@Controller
class PersonListsFormController {

  /** The discipline form's fields: {@code choice} is "SYSTEM:FORM" from the catalogue's list. */
  record DisciplineForm(
      String choice,
      LocalDate decidedOn,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String violation,
      String issuer,
      String decisionNumber) {}

  private final People people;
  private final PersonPageController pages;

  PersonListsFormController(People people, PersonPageController pages) {
    this.people = people;
    this.pages = pages;
  }

  @PostMapping("/people/{id}/family")
  String addFamily(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return save(
        id,
        params,
        actor,
        model,
        redirect,
        "family",
        (reader, d) -> {
          PersonData.FamilyMember m = reader.read(params, PersonData.FamilyMember.class);
          return d.toBuilder().family(plus(d.family(), m));
        });
  }

  @PostMapping("/people/{id}/work-history")
  String addWork(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return save(
        id,
        params,
        actor,
        model,
        redirect,
        "work",
        (reader, d) -> {
          PersonData.WorkEntry w = reader.read(params, PersonData.WorkEntry.class);
          return d.toBuilder().workHistory(plus(d.workHistory(), w));
        });
  }

  @PostMapping("/people/{id}/rewards")
  String addReward(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return save(
        id,
        params,
        actor,
        model,
        redirect,
        "reward",
        (reader, d) -> {
          PersonData.Reward r = reader.read(params, PersonData.Reward.class);
          return d.toBuilder().rewards(plus(d.rewards(), r));
        });
  }

  @PostMapping("/people/{id}/disciplines")
  String addDiscipline(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return save(
        id,
        params,
        actor,
        model,
        redirect,
        "discipline",
        (reader, d) -> {
          DisciplineForm f = reader.read(params, DisciplineForm.class);
          String system = null;
          String form = f.choice();
          if (form != null && form.contains(":")) {
            system = form.substring(0, form.indexOf(':'));
            form = form.substring(form.indexOf(':') + 1);
          }
          LocalDate from = f.effectiveFrom() == null ? f.decidedOn() : f.effectiveFrom();
          // in effect for 12 months unless the decision says otherwise (item 35.2)
          LocalDate to =
              f.effectiveTo() != null || from == null
                  ? f.effectiveTo()
                  : from.plusMonths(12).minusDays(1);
          PersonData.Discipline x =
              new PersonData.Discipline(
                  form,
                  f.decidedOn(),
                  from,
                  to,
                  f.violation(),
                  f.issuer(),
                  f.decisionNumber(),
                  system);
          return d.toBuilder().disciplines(plus(d.disciplines(), x));
        });
  }

  /** Removes one entry of a list, by its place (1, 2, …) in the version of the record shown. */
  @PostMapping("/people/{id}/lists/{list}/{position}/delete")
  String remove(
      @PathVariable long id,
      @PathVariable String list,
      @PathVariable long position,
      @RequestParam Map<String, String> params,
      Actor actor,
      RedirectAttributes redirect) {
    Person current = people.requireEditable(id, actor);
    LocalDate asOf = AsOf.parseLenient("asOf", params.get("asOf"));
    PersonData d = current.data();
    int index = (int) Math.min(position - 1, Integer.MAX_VALUE);
    List<?> entries =
        switch (list) {
          case "family" -> d.family();
          case "work" -> d.workHistory();
          case "reward" -> d.rewards();
          case "discipline" -> d.disciplines();
          default -> throw new NotFoundException("error.notFound");
        };
    String raw = params.get("version");
    // the place of an entry is the one in the version shown: another version may hold another one
    if (raw == null
        || !raw.strip().matches("\\d{1,9}")
        || Integer.parseInt(raw.strip()) != current.version()
        || index < 0
        || index >= entries.size()) {
      redirect.addFlashAttribute("flashError", "person.lists.stale");
      return "redirect:/people/" + id + "?asOf=" + asOf;
    }
    PersonDataBuilder b = d.toBuilder();
    switch (list) {
      case "family" -> b.family(minus(d.family(), index));
      case "work" -> b.workHistory(minus(d.workHistory(), index));
      case "reward" -> b.rewards(minus(d.rewards(), index));
      default -> b.disciplines(minus(d.disciplines(), index));
    }
    try {
      people.update(id, current.version(), b.build(), actor.withReason(params.get("reason")));
      redirect.addFlashAttribute("flash", "person.saved");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("flashError", "person.lists.stale");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", "person.lists.removeRefused");
    }
    return "redirect:/people/" + id + "?asOf=" + asOf;
  }

  private interface Change {
    PersonDataBuilder apply(FormRecordReader reader, PersonData current);
  }

  private String save(
      long id,
      Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      String form,
      Change change) {
    Person current = people.requireEditable(id, actor);
    LocalDate asOf = AsOf.parseLenient("asOf", params.get("asOf"));
    try {
      FormRecordReader reader = new FormRecordReader();
      PersonData data = change.apply(reader, current.data()).build();
      InvalidInputException.throwIfAny(reader.errors());
      people.update(id, current.version(), data, actor.withReason(params.get("reason")));
    } catch (InvalidInputException e) {
      model.addAttribute("view", pages.view(id, asOf, actor, form, params, e.errors(), null));
      model.addAttribute("masked", people.masksSensitive(id, actor));
      return "people/show";
    }
    redirect.addFlashAttribute("flash", "person.saved");
    return "redirect:/people/" + id + "?asOf=" + asOf;
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> l = new ArrayList<>(list);
    l.add(item);
    return l;
  }

  private static <T> List<T> minus(List<T> list, int index) {
    List<T> l = new ArrayList<>(list);
    l.remove(index);
    return l;
  }
}
