package vn.cbcs.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.ReadKind;
import vn.cbcs.people.CorrectionRequestsPort;
import vn.cbcs.people.People;
import vn.cbcs.people.Person;
import vn.cbcs.people.PersonData;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;

/**
 * Creating and correcting person records with the form. A refused form comes back with every reason
 * beside its field and everything typed kept; a stale version says who changed the record.
 */
@Controller
class PersonFormController {

  private final People people;
  private final AuditLog audit;
  private final ObjectProvider<CorrectionRequestsPort> corrections;

  PersonFormController(
      People people, AuditLog audit, ObjectProvider<CorrectionRequestsPort> corrections) {
    this.people = people;
    this.audit = audit;
    this.corrections = corrections;
  }

  /** A cadre's pending request the form is opened for, if any (and the actor may act on it). */
  private CorrectionRequestsPort.Pending correction(String requestId, long personId, Actor actor) {
    CorrectionRequestsPort port = corrections.getIfAvailable();
    if (requestId == null || requestId.isBlank() || port == null) {
      return null;
    }
    long id = vn.cbcs.platform.Ids.parse("correction", requestId);
    return port.pending(id, personId, actor).orElse(null);
  }

  @GetMapping("/people/new")
  String newForm(Actor actor, Model model) {
    actor.require(Capability.EDIT_RECORDS);
    model.addAttribute(
        "form",
        form(null, null, PersonForm.values(PersonData.builder().build()), List.of(), null, null));
    return "people/form";
  }

  @PostMapping("/people")
  String create(@RequestParam Map<String, String> params, Actor actor, Model model) {
    actor.require(Capability.EDIT_RECORDS);
    FormRecordReader reader = new FormRecordReader();
    PersonData data = birthYearOnly(reader.read(params, PersonData.class));
    List<FieldError> errors = new ArrayList<>(reader.errors());
    try {
      InvalidInputException.throwIfAny(errors);
      long id = people.create(data, actor.withReason(params.get("reason")));
      return "redirect:/people/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("form", form(null, null, params, e.errors(), null, null));
      return "people/form";
    }
  }

  @GetMapping("/people/{id}/edit")
  String editForm(
      @PathVariable long id,
      @RequestParam(required = false) String correction,
      Actor actor,
      Model model) {
    Person p = people.requireEditable(id, actor);
    audit.read(id, ReadKind.PERSON_EDIT_FORM, false, actor);
    CorrectionRequestsPort.Pending pending = correction(correction, id, actor);
    Map<String, String> values = PersonForm.values(p.data());
    if (pending != null && values.containsKey(pending.field())) {
      // the requested value is typed in for the officer to check and save
      values.put(pending.field(), pending.proposedValue());
    }
    model.addAttribute("form", form(id, p.version(), values, List.of(), null, pending));
    return "people/form";
  }

  @PostMapping("/people/{id}")
  String update(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    Person current = people.requireEditable(id, actor);
    FormRecordReader reader = new FormRecordReader();
    PersonData typed = birthYearOnly(reader.read(params, PersonData.class));
    // the form edits the personal fields; the lists are kept as they are
    PersonData data =
        typed.toBuilder()
            .family(current.data().family())
            .workHistory(current.data().workHistory())
            .rewards(current.data().rewards())
            .disciplines(current.data().disciplines())
            .build();
    int version = parseVersion(params.get("version"));
    CorrectionRequestsPort.Pending pending = correction(params.get("correction"), id, actor);
    try {
      InvalidInputException.throwIfAny(reader.errors());
      int saved = people.update(id, version, data, actor.withReason(params.get("reason")));
      if (pending != null) {
        corrections.getObject().corrected(pending.id(), id, saved, actor);
        redirect.addFlashAttribute("flash", "correction.applied");
      } else {
        redirect.addFlashAttribute("flash", "person.saved");
      }
      return "redirect:/people/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("form", form(id, version, params, e.errors(), null, pending));
      return "people/form";
    } catch (ConflictException e) {
      model.addAttribute(
          "form",
          form(
              id,
              version,
              params,
              List.of(),
              new FieldError("version", e.messageKey(), e.args()),
              pending));
      return "people/form";
    }
  }

  private static int parseVersion(String raw) {
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException | NullPointerException e) {
      return -1;
    }
  }

  /** A birth date given with "year only" ticked is kept as 1 January of that year. */
  private static PersonData birthYearOnly(PersonData d) {
    if (d.birthYearOnly() && d.birthDate() != null) {
      return d.toBuilder().birthDate(LocalDate.of(d.birthDate().getYear(), 1, 1)).build();
    }
    return d;
  }

  private PersonForm form(
      Long id,
      Integer version,
      Map<String, String> values,
      List<FieldError> errors,
      FieldError conflict,
      CorrectionRequestsPort.Pending correction) {
    return new PersonForm(
        id,
        version,
        values,
        errors,
        conflict,
        people.ethnicities(),
        people.religions(),
        correction);
  }

  static LocalDate today() {
    return AsOf.today();
  }
}
