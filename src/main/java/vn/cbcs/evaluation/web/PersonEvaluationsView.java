package vn.cbcs.evaluation.web;

import java.util.List;
import java.util.Map;
import vn.cbcs.evaluation.Evaluation;
import vn.cbcs.evaluation.Evaluations;
import vn.cbcs.platform.FieldError;

/**
 * What the page of a person's evaluations shows: the ratings, the open evaluations with the form of
 * each step the user may record, and — after a refused form — the errors and the values typed, so
 * that nothing is lost.
 *
 * @param own whether the page is the user's own record (the self-assessment is theirs to fill in)
 * @param caps for each open evaluation the user may decide, the HTXSNV cap of its group as it
 *     stands
 * @param form the step whose form was refused ({@code open}, {@code self-assessment}, …), or null
 * @param formId the evaluation the refused form was for (0 for opening one)
 * @param problem a refusal that is not about one field (e.g. the cap), as a message key and args
 * @param flash the message key of what was just saved, or null
 * @param warnings warnings of the step just saved (in the user's language)
 */
public record PersonEvaluationsView(
    long personId,
    String fullName,
    boolean own,
    List<Evaluation> evaluations,
    Map<Long, CapLine> caps,
    String form,
    long formId,
    Map<String, String> values,
    List<FieldError> errors,
    Problem problem,
    String flash,
    List<String> warnings) {

  /** A refusal as a message key with its arguments. */
  public record Problem(String key, Object[] args) {}

  /** The value typed into a field of a form, to show it again after a refusal. */
  public String value(String step, long id, String field) {
    if (!step.equals(form) || id != formId) {
      return "";
    }
    String v = values.get(field);
    return v == null ? "" : v;
  }

  /** Whether the refused form is this one. */
  public boolean refused(String step, long id) {
    return step.equals(form) && id == formId;
  }

  /** Votes as recorded: a count not given is no vote. */
  public static String votes(Integer n) {
    return n == null ? "0" : n.toString();
  }

  /** The HTXSNV cap of an evaluation's group and the message that names the group. */
  public record CapLine(Evaluations.Cap cap, String messageKey) {}
}
