package vn.cbcs.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.security.Visibility;

/**
 * The two steps of the procedure around the decision (REGULATIONS.md §2.2, procedure steps 3 and 5,
 * [H]; Law 80/2025 Art. 26): the opinion of the Party committee at the same level, recorded by an
 * officer after the meeting and before the decision; and the written notice of the result to the
 * person, recorded after the decision (the rating stays final: the notice adds to it).
 */
@Service
public class OpinionAndNotice {

  private final Evaluations evaluations;
  private final JdbcClient jdbc;
  private final Visibility visibility;

  OpinionAndNotice(Evaluations evaluations, JdbcClient jdbc, Visibility visibility) {
    this.evaluations = evaluations;
    this.jdbc = jdbc;
    this.visibility = visibility;
  }

  /**
   * The Party committee's opinion: an officer of the commune, after the meeting, before deciding.
   */
  @Transactional
  public Evaluation partyOpinion(long id, EvaluationSteps.PartyOpinion o, Actor actor) {
    Evaluation e = evaluations.requireKept(id, actor);
    Evaluations.requireOpen(e);
    List<FieldError> errors = new ArrayList<>();
    Evaluations.date(errors, "on", o.on(), e);
    if (o.text() == null || o.text().isBlank()) {
      errors.add(new FieldError("text", "evaluation.field.required"));
    } else {
      Evaluations.text(errors, "text", o.text(), true);
    }
    Evaluations.after(
        errors,
        "on",
        o.on(),
        e.meeting() == null ? null : e.meeting().on(),
        e,
        "evaluation.step.opinionAfterMeeting");
    InvalidInputException.throwIfAny(errors);
    jdbc.sql(
            "UPDATE evaluation SET party_opinion_text = :x, party_opinion_on = :on,"
                + " party_opinion_by = :by, party_opinion_at = now() WHERE id = :id")
        .param("x", o.text().trim())
        .param("on", o.on())
        .param("by", actor.username())
        .param("id", id)
        .update();
    return evaluations.row(id).orElseThrow();
  }

  /**
   * The notice of the result to the person: after the decision, on or after its date, once; by an
   * officer who keeps the evaluation or the person who decided it.
   */
  @Transactional
  public Evaluation notice(long id, EvaluationSteps.Notice n, Actor actor) {
    actor.requireAny(Capability.PROPOSE_RATINGS, Capability.DECIDE_RATINGS);
    Evaluation e = evaluations.load(id);
    boolean decider =
        actor.can(Capability.DECIDE_RATINGS)
            && visibility.coversUnit(actor, e.unitCode(), e.unitOn());
    if (!evaluations.keeps(actor, e) && !decider) {
      throw new ForbiddenException("evaluation.outsideScope", id);
    }
    if (!e.decided()) {
      throw new ConflictException("evaluation.notice.notDecided", id);
    }
    if (e.notice() != null) {
      throw new ConflictException("evaluation.notice.already", id, e.notice().on().toString());
    }
    List<FieldError> errors = new ArrayList<>();
    Evaluations.date(errors, "on", n.on(), e);
    if (n.text() != null && !n.text().isBlank()) {
      Evaluations.text(errors, "text", n.text(), true);
    }
    Evaluations.after(
        errors, "on", n.on(), e.decision().date(), e, "evaluation.step.noticeAfterDecision");
    InvalidInputException.throwIfAny(errors);
    jdbc.sql(
            "UPDATE evaluation SET notice_on = :on, notice_text = :x, notice_by = :by,"
                + " notice_at = now() WHERE id = :id")
        .param("on", n.on())
        .param("x", n.text() == null || n.text().isBlank() ? null : n.text().trim())
        .param("by", actor.username())
        .param("id", id)
        .update();
    return evaluations.row(id).orElseThrow();
  }
}
