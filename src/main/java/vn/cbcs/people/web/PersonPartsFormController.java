package vn.cbcs.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.people.People;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.Assignments;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.Qualifications;

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
  private final Qualifications qualifications;
  private final Assignments assignments;
  private final PersonEditors editors;
  private final PersonPageController pages;

  PersonPartsFormController(
      People people,
      Qualifications qualifications,
      Assignments assignments,
      PersonEditors editors,
      PersonPageController pages) {
    this.people = people;
    this.qualifications = qualifications;
    this.assignments = assignments;
    this.editors = editors;
    this.pages = pages;
  }

  @PostMapping("/people/{id}/qualifications")
  String addQualification(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return handle(
        id,
        params,
        auth,
        model,
        redirect,
        "qualification",
        actor -> {
          FormRecordReader reader = new FormRecordReader();
          NewQualification q = reader.read(params, NewQualification.class);
          InvalidInputException.throwIfAny(reader.errors());
          qualifications.add(id, q, actor);
        });
  }

  @PostMapping("/people/{id}/posts")
  String addPost(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return handle(
        id,
        params,
        auth,
        model,
        redirect,
        "post",
        actor -> {
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
          if (f.transfer()) {
            assignments.transfer(id, a, actor);
          } else {
            assignments.assign(id, a, actor);
          }
        });
  }

  @PostMapping("/people/{id}/posts/{assignmentId}/end")
  String endPost(
      @PathVariable long id,
      @PathVariable long assignmentId,
      @RequestParam Map<String, String> params,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return handle(
        id,
        params,
        auth,
        model,
        redirect,
        "end-" + assignmentId,
        actor -> {
          FormRecordReader reader = new FormRecordReader();
          EndForm f = reader.read(params, EndForm.class);
          InvalidInputException.throwIfAny(reader.errors());
          assignments.end(
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
    void apply(Actor actor);
  }

  private String handle(
      long id,
      Map<String, String> params,
      Authentication auth,
      Model model,
      RedirectAttributes redirect,
      String form,
      Change change) {
    editors.requireEditor(auth);
    people.require(id);
    LocalDate asOf = AsOf.parseLenient("asOf", params.get("asOf"));
    try {
      change.apply(new Actor(auth.getName(), Actor.Source.UI, null));
    } catch (InvalidInputException e) {
      List<FieldError> errors = e.errors();
      model.addAttribute("view", pages.view(id, asOf, auth, form, params, errors, null));
      return "people/show";
    }
    redirect.addFlashAttribute("flash", "person.saved");
    return "redirect:/people/" + id + "?asOf=" + asOf;
  }
}
