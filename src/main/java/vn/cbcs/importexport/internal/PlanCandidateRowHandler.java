package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.PlanningColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.people.Person;
import vn.cbcs.planning.Candidate;
import vn.cbcs.planning.Plan;
import vn.cbcs.planning.PlanInputs;
import vn.cbcs.planning.Plans;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;

/**
 * A candidate row of a succession plan (issue 14): one person planned for one post, recorded by
 * {@link Plans#addCandidate} with the importing actor — the same call as the plan page's form and
 * {@code POST /api/plans/{id}/candidates} (ADR 13: one implementation of the rules), so every check
 * of {@code CandidateChecks} applies (the post higher than the one held, ≤ 3 per post × seats and
 * the committee coefficient, ≤ 3 posts per person, the age rule, political theory of đối tượng 1,
 * discipline in force, the plan's unit in the actor's ground; QĐ 377-QĐ/TW, HD 45-HD/BTCTW). The
 * rows run in one transaction in the file's order, so a row is judged with the earlier rows of the
 * file already in the plan: a fourth candidate for a one-seat post in the same file is refused with
 * the rule. A candidate already in the plan for the post with the same đối tượng and ballot figures
 * is unchanged (a file sent again is not doubled); with other figures, refused by the service.
 */
final class PlanCandidateRowHandler implements RowHandler {

  private final ImportServices s;
  private final Plans plans;
  private final Actor actor;
  private final List<Column> columns = PlanningColumns.CANDIDATES;

  PlanCandidateRowHandler(ImportServices s, Actor actor) {
    this.s = s;
    this.plans = s.plans;
    this.actor = actor;
  }

  /** The service refused the row: these errors, at template column ids. */
  private static final class Refused extends RuntimeException {
    final List<FieldError> errors;

    Refused(List<FieldError> errors) {
      super(null, null, false, false);
      this.errors = errors;
    }
  }

  @Override
  public RowResult apply(RawRow row) {
    CellParser p = new CellParser(row, columns);
    String personColumn =
        p.text(Columns.PERSONAL_ID) != null ? Columns.PERSONAL_ID : PlanningColumns.RECORD_NO;
    Optional<Person> person = person(p);
    Long planId = planId(p);
    String postCell = p.required(POST, "import.planning.postRequired");
    Integer target = target(p);
    Integer introVotes = whole(p, INTRO_VOTES);
    Integer introVoters = whole(p, INTRO_VOTERS);
    Integer voteVotes = whole(p, VOTE_VOTES);
    Integer voteVoters = whole(p, VOTE_VOTERS);
    LocalDate addedOn = p.date(ADDED_ON);
    boolean womanAt60 = p.yes(WOMAN_AT_60);
    String pid = person.map(x -> x.data().personalId()).orElse(p.text(Columns.PERSONAL_ID));
    String name = person.map(Person::fullName).orElse(p.text(Columns.FULL_NAME));
    if (!p.errors().isEmpty() || person.isEmpty() || planId == null || target == null) {
      return RowResult.rejected(pid, name, p.errors());
    }
    long personId = person.get().id();
    String post = Lookups.codeOf(postCell);
    PlanInputs.NewCandidate c =
        new PlanInputs.NewCandidate(
            String.valueOf(personId),
            post,
            target,
            introVotes,
            introVoters,
            voteVotes,
            voteVoters,
            addedOn == null ? null : addedOn.toString(),
            womanAt60 ? Boolean.TRUE : null);
    try {
      Plan plan = call(planId, personColumn, () -> plans.require(planId, actor));
      Optional<Candidate> same =
          plan.active().stream()
              .filter(x -> x.personId() == personId && x.targetPost().equals(post))
              .findFirst();
      if (same.isPresent() && sameFigures(same.get(), c)) {
        return new RowResult(RowOutcome.UNCHANGED, personId, pid, name, List.of(), List.of());
      }
      Candidate added = call(planId, personColumn, () -> plans.addCandidate(planId, c, actor));
      return new RowResult(
          RowOutcome.NEW,
          personId,
          pid,
          name,
          List.of(),
          List.of(
              new Change(
                  "Quy hoạch",
                  null,
                  "Quy hoạch số "
                      + planId
                      + ", "
                      + added.targetPost()
                      + ", đối tượng "
                      + added.target()
                      + " (mã "
                      + added.id()
                      + ")")));
    } catch (Refused r) {
      return RowResult.rejected(pid, name, r.errors);
    }
  }

  private static boolean sameFigures(Candidate x, PlanInputs.NewCandidate c) {
    return Objects.equals(x.target(), c.target())
        && Objects.equals(x.introVotes(), c.introVotes())
        && Objects.equals(x.introVoters(), c.introVoters())
        && Objects.equals(x.voteVotes(), c.voteVotes())
        && Objects.equals(x.voteVoters(), c.voteVoters());
  }

  /** By personal ID (a name beside it must match), else by record number. */
  private Optional<Person> person(CellParser p) {
    return PersonOfRow.findByIdOrRecord(p, s.people, actor, RECORD_NO);
  }

  private static Long planId(CellParser p) {
    String v = p.required(PLAN, "import.planning.planRequired");
    if (v == null) {
      return null;
    }
    String t = v.strip().replaceAll("\\.0+$", "");
    if (!t.matches("\\d{1,12}")) {
      p.error(PLAN, "import.planning.plan", v);
      return null;
    }
    return Long.parseLong(t);
  }

  /** 1 or 2; "Đối tượng 1", "ĐT2" read by their digit. */
  private static Integer target(CellParser p) {
    String v = p.required(TARGET, "import.planning.targetRequired");
    if (v == null) {
      return null;
    }
    String t = v.strip().replaceAll("\\.0+$", "").replaceAll("^\\D*(\\d)$", "$1");
    if (!t.equals("1") && !t.equals("2")) {
      p.error(TARGET, "import.planning.target", v);
      return null;
    }
    return Integer.parseInt(t);
  }

  private static Integer whole(CellParser p, String column) {
    String v = p.text(column);
    if (v == null) {
      return null;
    }
    String t = v.strip().replaceAll("\\.0+$", "");
    if (!t.matches("\\d{1,6}")) {
      p.error(column, "import.rating.whole", v);
      return null;
    }
    return Integer.parseInt(t);
  }

  /**
   * Runs a call of {@link Plans}; its refusals become the row's errors: a field error at its column
   * ({@code personId} at the column the row named the person by), a plan outside the actor's ground
   * or not found at the plan's column.
   */
  private static <T> T call(long planId, String personColumn, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidInputException e) {
      List<FieldError> errors = new ArrayList<>();
      for (FieldError x : e.errors()) {
        String f = x.field() == null ? "" : x.field();
        errors.add(new FieldError("personId".equals(f) ? personColumn : f, x.key(), x.args()));
      }
      throw new Refused(errors);
    } catch (ConflictException e) {
      throw new Refused(List.of(new FieldError(PLAN, e.messageKey(), e.args())));
    } catch (ForbiddenException e) {
      // the plan outside the actor's ground, or no right to plan: said without any of its values
      throw new Refused(
          List.of(new FieldError(PLAN, "import.planning.planRefused", String.valueOf(planId))));
    } catch (NotFoundException e) {
      if ("planning.plan.notFound".equals(e.messageKey())) {
        throw new Refused(
            List.of(new FieldError(PLAN, "import.planning.planNotFound", String.valueOf(planId))));
      }
      throw new Refused(List.of(new FieldError(personColumn, e.messageKey(), e.args())));
    }
  }

  @Override
  public String column(String field) {
    return field;
  }
}
