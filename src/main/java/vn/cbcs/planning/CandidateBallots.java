package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.Ids;
import vn.cbcs.platform.InvalidInputException;

/**
 * The ballot steps of a plan's candidates beyond the one introduction round and one vote kept with
 * the candidate (issue 14: "the ballot results of each step — introduction rounds, vote counts and
 * shares"; the planning procedure of QĐ 377-QĐ/TW, HD 45-HD/BTCTW mục II). Recording one needs
 * PLAN_SUCCESSION and the plan's ground (as {@link Plans}); bad input is refused (400) with every
 * reason and nothing is written. The share is computed, never typed.
 */
@Service
public class CandidateBallots {

  private final Plans plans;
  private final JdbcClient jdbc;

  CandidateBallots(Plans plans, JdbcClient jdbc) {
    this.plans = plans;
    this.jdbc = jdbc;
  }

  /**
   * A ballot step as the form and the JSON API send it: the candidate, the kind (INTRODUCTION or
   * VOTE), the round (default: the next one of that kind), the body that voted, the day, the votes
   * for and the voters.
   */
  public record NewBallot(
      String candidateId,
      String kind,
      Integer round,
      String body,
      String heldOn,
      Integer votesFor,
      Integer voters) {}

  /** Records a step; returns the candidate's steps in order. */
  @Transactional
  public List<Ballot> record(long planId, NewBallot b, Actor actor) {
    actor.require(Capability.PLAN_SUCCESSION);
    Plan plan = plans.load(planId, actor);
    List<FieldError> errors = new ArrayList<>();
    Candidate c = null;
    if (Plans.blank(b.candidateId())) {
      errors.add(new FieldError("candidateId", "planning.field.required"));
    } else if (!Ids.valid(b.candidateId().trim())) {
      errors.add(
          new FieldError("candidateId", "error.parameter.id", "candidateId", b.candidateId()));
    } else {
      long cid = Long.parseLong(b.candidateId().trim());
      c = plan.candidates().stream().filter(x -> x.id() == cid).findFirst().orElse(null);
      if (c == null) {
        errors.add(new FieldError("candidateId", "planning.candidate.notInPlan", cid, planId));
      }
    }
    Ballot.Kind kind = null;
    if (Plans.blank(b.kind())) {
      errors.add(new FieldError("kind", "planning.field.required"));
    } else {
      try {
        kind = Ballot.Kind.valueOf(b.kind().trim());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("kind", "planning.ballot.kind", b.kind()));
      }
    }
    if (b.round() != null && (b.round() < 1 || b.round() > 9)) {
      errors.add(new FieldError("round", "planning.ballot.round", b.round()));
    }
    if (Plans.blank(b.body())) {
      errors.add(new FieldError("body", "planning.field.required"));
    } else if (b.body().trim().length() > 200) {
      errors.add(new FieldError("body", "planning.field.tooLong", 200));
    }
    LocalDate on = Plans.date("heldOn", b.heldOn(), true, errors);
    if (on != null && on.isAfter(AsOf.today())) {
      errors.add(new FieldError("heldOn", "planning.ballot.future", on));
    }
    if (b.votesFor() == null) {
      errors.add(new FieldError("votesFor", "planning.field.required"));
    }
    if (b.voters() == null) {
      errors.add(new FieldError("voters", "planning.field.required"));
    }
    if (b.votesFor() != null && b.voters() != null) {
      if (b.votesFor() < 0 || b.voters() < 1 || b.votesFor() > b.voters()) {
        errors.add(
            new FieldError("votesFor", "planning.candidate.ballot", b.votesFor(), b.voters()));
      }
    }
    InvalidInputException.throwIfAny(errors);
    // serialise the steps of one plan (the next round and the unique step are read under the lock)
    jdbc.sql("SELECT id FROM planning_plan WHERE id = ? FOR UPDATE")
        .param(planId)
        .query(Long.class)
        .single();
    int round = b.round() != null ? b.round() : nextRound(c.id(), kind);
    if (round > 9) {
      errors.add(new FieldError("round", "planning.ballot.round", round));
    } else if (exists(c.id(), kind, round)) {
      errors.add(new FieldError("round", "planning.ballot.twice", kind.name(), round));
    }
    InvalidInputException.throwIfAny(errors);
    jdbc.sql(
            "INSERT INTO planning_candidate_ballot (candidate_id, step_kind, round, body, held_on,"
                + " votes_for, voters, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.id(),
            kind.name(),
            round,
            b.body().trim(),
            on,
            b.votesFor(),
            b.voters(),
            actor.username())
        .update();
    return of(plan).getOrDefault(c.id(), List.of());
  }

  /** The steps of every candidate of a plan the caller has read, by candidate id, in order. */
  @Transactional(readOnly = true)
  public Map<Long, List<Ballot>> of(Plan plan) {
    Map<Long, List<Ballot>> m = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT b.id, b.candidate_id, b.step_kind, b.round, b.body, b.held_on, b.votes_for,"
                + " b.voters, b.recorded_by FROM planning_candidate_ballot b"
                + " JOIN planning_candidate c ON c.id = b.candidate_id WHERE c.plan_id = ?"
                + " ORDER BY b.candidate_id, b.held_on, b.step_kind, b.round, b.id")
        .param(plan.id())
        .query(
            (rs, i) ->
                new Ballot(
                    rs.getLong(1),
                    rs.getLong(2),
                    Ballot.Kind.valueOf(rs.getString(3)),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getObject(6, LocalDate.class),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getString(9)))
        .list()
        .forEach(x -> m.computeIfAbsent(x.candidateId(), k -> new ArrayList<>()).add(x));
    return m;
  }

  private int nextRound(long candidateId, Ballot.Kind kind) {
    return jdbc.sql(
            "SELECT coalesce(max(round), 0) + 1 FROM planning_candidate_ballot"
                + " WHERE candidate_id = ? AND step_kind = ?")
        .params(candidateId, kind.name())
        .query(Integer.class)
        .single();
  }

  private boolean exists(long candidateId, Ballot.Kind kind, int round) {
    return jdbc.sql(
                "SELECT count(*) FROM planning_candidate_ballot WHERE candidate_id = ? AND step_kind = ?"
                    + " AND round = ?")
            .params(candidateId, kind.name(), round)
            .query(Integer.class)
            .single()
        > 0;
  }
}
