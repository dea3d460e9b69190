package vn.cbcs.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.people.People;
import vn.cbcs.people.PersonParts;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;

/** The small forms of the person page: add a qualification, give or end a post. */
@Controller
class PersonPartsFormController {

  /** The post form's fields. */
  record PostForm(
      String unitCode,
      String positionCode,
      boolean concurrent,
      LocalDate from,
      LocalDate to,
      String decisionNumber,
      LocalDate decisionDate,
      String decisionIssuer,
      String decisionSigner,
      vn.cbcs.positions.DecisionKind decisionKind,
      boolean transfer) {}

  /** The end-of-post form's fields. */
  record EndForm(
      LocalDate to,
      String decisionNumber,
      LocalDate decisionDate,
      String decisionIssuer,
      String decisionSigner,
      vn.cbcs.positions.DecisionKind decisionKind) {}

  private final People people;
  private final PersonParts parts;
  private final PersonPageController pages;

  PersonPartsFormController(People people, PersonParts parts, PersonPageController pages) {
    this.people = people;
    this.parts = parts;
    this.pages = pages;
  }

  @PostMapping("/people/{id}/qualifications")
  String addQualification(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return handle(
        id,
        params,
        actor,
        model,
        redirect,
        "qualification",
        () -> {
          FormRecordReader reader = new FormRecordReader();
          NewQualification q = reader.read(params, NewQualification.class);
          InvalidInputException.throwIfAny(reader.errors());
          parts.addQualification(id, q, actor);
        });
  }

  @PostMapping("/people/{id}/posts")
  String addPost(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return handle(
        id,
        params,
        actor,
        model,
        redirect,
        "post",
        () -> {
          FormRecordReader reader = new FormRecordReader();
          PostForm f = reader.read(params, PostForm.class);
          InvalidInputException.throwIfAny(reader.errors());
          NewAssignment a =
              new NewAssignment(
                  f.unitCode() == null ? null : f.unitCode().trim(),
                  f.positionCode(),
                  f.concurrent(),
                  f.from(),
                  f.to(),
                  new DecisionData(
                      f.decisionNumber(),
                      f.decisionDate(),
                      f.decisionIssuer(),
                      f.decisionSigner(),
                      f.decisionKind()));
          parts.givePost(id, a, f.transfer(), actor);
          List<vn.cbcs.platform.PostWarning> warnings = parts.postWarnings(id, a, actor);
          if (!warnings.isEmpty()) {
            redirect.addFlashAttribute("postWarnings", warnings);
          }
        });
  }

  @PostMapping("/people/{id}/posts/{assignmentId}/end")
  String endPost(
      @PathVariable long id,
      @PathVariable long assignmentId,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return handle(
        id,
        params,
        actor,
        model,
        redirect,
        "end-" + assignmentId,
        () -> {
          FormRecordReader reader = new FormRecordReader();
          EndForm f = reader.read(params, EndForm.class);
          InvalidInputException.throwIfAny(reader.errors());
          parts.endPost(
              id,
              assignmentId,
              f.to(),
              new DecisionData(
                  f.decisionNumber(),
                  f.decisionDate(),
                  f.decisionIssuer(),
                  f.decisionSigner(),
                  f.decisionKind()),
              actor);
        });
  }

  private interface Change {
    void apply();
  }

  private String handle(
      long id,
      Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      String form,
      Change change) {
    people.requireEditable(id, actor);
    LocalDate asOf = AsOf.parseLenient("asOf", params.get("asOf"));
    try {
      change.apply();
    } catch (InvalidInputException e) {
      List<FieldError> errors = e.errors();
      model.addAttribute("view", pages.view(id, asOf, actor, form, params, errors, null));
      return "people/show";
    }
    redirect.addFlashAttribute("flash", "person.saved");
    return "redirect:/people/" + id + "?asOf=" + asOf;
  }
}
