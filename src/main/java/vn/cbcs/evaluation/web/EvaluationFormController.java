package vn.cbcs.evaluation.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.evaluation.Evaluation;
import vn.cbcs.evaluation.EvaluationSteps;
import vn.cbcs.evaluation.Evaluations;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;

/**
 * The forms of a person's evaluation page: opening an evaluation and recording each step. Every
 * form calls the same service method as the JSON API ({@link Evaluations}), so the same rules and
 * the same authorization apply; a refused form comes back with its values and every reason.
 */
@Controller
class EvaluationFormController {

  private final Evaluations evaluations;
  private final PersonEvaluationsPage pages;
  private final EvaluationJson json;
  private final vn.cbcs.evaluation.OpinionAndNotice opinionAndNotice;

  EvaluationFormController(
      Evaluations evaluations,
      PersonEvaluationsPage pages,
      EvaluationJson json,
      vn.cbcs.evaluation.OpinionAndNotice opinionAndNotice) {
    this.opinionAndNotice = opinionAndNotice;
    this.evaluations = evaluations;
    this.pages = pages;
    this.json = json;
  }

  /** The opening form's fields (the person is the page's). */
  record OpeningForm(Integer year, vn.cbcs.evaluation.RatingSystem system, Boolean leader) {}

  @PostMapping("/people/{id}/evaluations")
  String open(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    try {
      OpeningForm f = read(new FormRecordReader(), params, OpeningForm.class);
      evaluations.open(
          new EvaluationSteps.Opening(String.valueOf(id), f.year(), f.system(), f.leader()), actor);
    } catch (InvalidInputException | ConflictException ex) {
      return refused(id, "open", 0, params, actor, model, ex);
    }
    redirect.addFlashAttribute("flash", "evaluation.form.saved.open");
    return "redirect:/people/" + id + "/evaluations";
  }

  @PostMapping("/evaluations/{id}/self-assessment")
  String selfAssess(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return step(
        id,
        "self-assessment",
        params,
        actor,
        model,
        redirect,
        reader ->
            evaluations.selfAssess(
                id, read(reader, params, EvaluationSteps.SelfAssessment.class), actor));
  }

  @PostMapping("/evaluations/{id}/comment")
  String comment(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return step(
        id,
        "comment",
        params,
        actor,
        model,
        redirect,
        reader ->
            evaluations.comment(id, read(reader, params, EvaluationSteps.Comment.class), actor));
  }

  @PostMapping("/evaluations/{id}/meeting")
  String meeting(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return step(
        id,
        "meeting",
        params,
        actor,
        model,
        redirect,
        reader ->
            evaluations.meeting(id, read(reader, params, EvaluationSteps.Meeting.class), actor));
  }

  @PostMapping("/evaluations/{id}/proposal")
  String propose(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    List<String> warnings = new java.util.ArrayList<>();
    String view =
        step(
            id,
            "proposal",
            params,
            actor,
            model,
            redirect,
            reader -> {
              EvaluationSteps.Proposal f = read(reader, params, EvaluationSteps.Proposal.class);
              Evaluation e = evaluations.propose(id, f, actor);
              evaluations.leaderWarnings(e, f).forEach(r -> warnings.add(json.text(r)));
              return e;
            });
    if (!warnings.isEmpty()) {
      redirect.addFlashAttribute("warnings", warnings);
    }
    return view;
  }

  @PostMapping("/evaluations/{id}/decision")
  String decide(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return step(
        id,
        "decision",
        params,
        actor,
        model,
        redirect,
        reader ->
            evaluations.decide(id, read(reader, params, EvaluationSteps.Decision.class), actor));
  }

  @PostMapping("/evaluations/{id}/party-opinion")
  String partyOpinion(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return step(
        id,
        "party-opinion",
        params,
        actor,
        model,
        redirect,
        reader ->
            opinionAndNotice.partyOpinion(
                id, read(reader, params, EvaluationSteps.PartyOpinion.class), actor));
  }

  @PostMapping("/evaluations/{id}/notice")
  String notice(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return step(
        id,
        "notice",
        params,
        actor,
        model,
        redirect,
        reader ->
            opinionAndNotice.notice(id, read(reader, params, EvaluationSteps.Notice.class), actor));
  }

  /** Reads a form into a step's record; malformed fields are refused with the others. */
  private static <R extends Record> R read(
      FormRecordReader reader, Map<String, String> params, Class<R> type) {
    R r = reader.read(params, type);
    InvalidInputException.throwIfAny(reader.errors());
    return r;
  }

  private interface Step {
    /** Records the step through the service (which checks who may, then what is sent). */
    Evaluation apply(FormRecordReader reader);
  }

  /**
   * Records a step; the service decides who may (403/404 before any validation), so the page to
   * come back to after a refused form is read only then, through the same service.
   */
  private String step(
      long id,
      String form,
      Map<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Step step) {
    Evaluation saved;
    try {
      saved = step.apply(new FormRecordReader());
    } catch (InvalidInputException | ConflictException ex) {
      return refused(evaluations.require(id, actor).personId(), form, id, params, actor, model, ex);
    }
    redirect.addFlashAttribute("flash", "evaluation.form.saved." + form);
    return "redirect:/people/" + saved.personId() + "/evaluations";
  }

  /** The page again, with the values typed and every reason (a field's, or the step's). */
  private String refused(
      long person,
      String form,
      long id,
      Map<String, String> params,
      Actor actor,
      Model model,
      RuntimeException ex) {
    PersonEvaluationsView view =
        ex instanceof InvalidInputException invalid
            ? pages.refused(person, actor, form, id, params, invalid.errors(), null)
            : pages.refused(
                person,
                actor,
                form,
                id,
                params,
                List.of(),
                new PersonEvaluationsView.Problem(
                    ((ConflictException) ex).messageKey(), ((ConflictException) ex).args()));
    model.addAttribute("view", view);
    return "evaluation/person";
  }
}
