package vn.cbcs.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cbcs.evaluation.Evaluation;
import vn.cbcs.evaluation.Evaluations;
import vn.cbcs.people.People;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;

/** Builds the page of a person's evaluations, as shown or after a refused form. */
@Component
class PersonEvaluationsPage {

  private final Evaluations evaluations;
  private final People people;

  PersonEvaluationsPage(Evaluations evaluations, People people) {
    this.evaluations = evaluations;
    this.people = people;
  }

  PersonEvaluationsView view(long personId, Actor actor, String flash, List<String> warnings) {
    return view(personId, actor, null, 0, Map.of(), List.of(), null, flash, warnings);
  }

  PersonEvaluationsView refused(
      long personId,
      Actor actor,
      String form,
      long formId,
      Map<String, String> values,
      List<FieldError> errors,
      PersonEvaluationsView.Problem problem) {
    return view(personId, actor, form, formId, values, errors, problem, null, List.of());
  }

  private PersonEvaluationsView view(
      long personId,
      Actor actor,
      String form,
      long formId,
      Map<String, String> values,
      List<FieldError> errors,
      PersonEvaluationsView.Problem problem,
      String flash,
      List<String> warnings) {
    List<Evaluation> list = evaluations.ofPerson(personId, actor);
    String fullName = people.require(personId, actor).fullName();
    Long own = actor.access().personId();
    // the approver sees the cap of the group before deciding (issue 13: "caps are checked where
    // they bite")
    Map<Long, PersonEvaluationsView.CapLine> caps = new LinkedHashMap<>();
    if (actor.can(Capability.DECIDE_RATINGS)) {
      for (Evaluation e : list) {
        if (e.status() == Evaluation.Status.PROPOSED) {
          String key = "evaluation.form.decision.cap" + evaluations.capGroupSuffix(e);
          caps.put(e.id(), new PersonEvaluationsView.CapLine(evaluations.capOf(e), key));
        }
      }
    }
    return new PersonEvaluationsView(
        personId,
        fullName,
        own != null && own == personId,
        list,
        caps,
        form,
        formId,
        values,
        errors,
        problem,
        flash,
        warnings);
  }
}
