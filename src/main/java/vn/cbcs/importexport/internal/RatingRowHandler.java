package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.RatingColumns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.cbcs.evaluation.Evaluation;
import vn.cbcs.evaluation.EvaluationSteps;
import vn.cbcs.evaluation.Evaluations;
import vn.cbcs.evaluation.Level;
import vn.cbcs.evaluation.RatingSystem;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.people.Person;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;

/**
 * A rating row (issue 13, ADR 18): the person's evaluation for the year and system, opened if there
 * is none, then each step the row has — self-assessment, meeting, proposal, decision — through
 * {@link Evaluations} with the importing actor, so that every rule of the form and the JSON API
 * applies (the regime's points and levels, the order and dates of the steps, the HTXSNV cap of the
 * group at the decision, the actor's capabilities and ground). The service's refusals are reported
 * at the columns of the step. A step already recorded with the row's values is not written again; a
 * decided rating is final: the same decision is unchanged, a different one refused.
 *
 * <p>Rows deciding HTXSNV run in a second round ({@link #round}), after every other row of the
 * file, so that the cap is checked against the group's HTTNV count including the file's, whatever
 * the order of the rows.
 */
final class RatingRowHandler implements RowHandler {

  /** The step a service call belongs to, with the template column of each field it refuses. */
  private enum Step {
    OPEN(Map.of("year", YEAR, "system", SYSTEM, "personId", RECORD_NO), YEAR),
    SELF(
        Map.of(
            "generalPoints", GENERAL,
            "taskPoints", TASK,
            "level", SELF_LEVEL,
            "on", SELF_DATE,
            "majorErrors", MAJOR_ERRORS),
        SELF_DATE),
    MEETING(Map.of("on", MEETING_DATE, "minutes", MINUTES), MEETING_DATE),
    PROPOSAL(
        Map.of("level", PROPOSED_LEVEL, "points", PROPOSED_POINTS, "on", PROPOSED_DATE),
        PROPOSED_LEVEL),
    DECISION(
        Map.of(
            "level",
            DECIDED_LEVEL,
            "number",
            Columns.DEC_NUMBER,
            "date",
            Columns.DEC_DATE,
            "signer",
            Columns.DEC_SIGNER),
        DECIDED_LEVEL);

    final Map<String, String> columns;
    final String main;

    Step(Map<String, String> columns, String main) {
      this.columns = columns;
      this.main = main;
    }
  }

  /** A step the service refused: the row is rejected with these errors. */
  private static final class Refused extends RuntimeException {
    final List<FieldError> errors;

    Refused(List<FieldError> errors) {
      super(null, null, false, false);
      this.errors = errors;
    }
  }

  private final ImportServices s;
  private final Evaluations evaluations;
  private final Actor actor;
  private final List<Column> columns = RatingColumns.ALL;

  RatingRowHandler(ImportServices s, Actor actor) {
    this.s = s;
    this.evaluations = s.evaluations;
    this.actor = actor;
  }

  @Override
  public int round(RawRow row) {
    CellParser p = new CellParser(row, columns);
    String decided = p.text(DECIDED_LEVEL);
    return decided != null && RatingCells.level(decided) == Level.HTXSNV ? 2 : 1;
  }

  @Override
  public int rounds() {
    return 2;
  }

  @Override
  public RowResult apply(RawRow row) {
    CellParser p = new CellParser(row, columns);
    Optional<Person> person = person(p);
    Integer year = year(p);
    RatingSystem system = RatingSystem.STATE;
    String sys = p.text(SYSTEM);
    if (sys != null) {
      system = RatingCells.system(sys);
      if (system == null) {
        p.error(SYSTEM, "import.rating.system", sys);
      }
    }
    boolean leader = p.yes(LEADER);
    String general = p.text(GENERAL);
    String task = p.text(TASK);
    Integer majorErrors = whole(p, MAJOR_ERRORS);
    Level selfLevel = level(p, SELF_LEVEL);
    LocalDate selfOn = p.date(SELF_DATE);
    LocalDate meetingOn = p.date(MEETING_DATE);
    String minutes = p.text(MINUTES);
    Level proposed = level(p, PROPOSED_LEVEL);
    String proposedPoints = p.text(PROPOSED_POINTS);
    LocalDate proposedOn = p.date(PROPOSED_DATE);
    Level decided = level(p, DECIDED_LEVEL);
    String number = p.text(Columns.DEC_NUMBER);
    LocalDate decisionOn = p.date(Columns.DEC_DATE);
    String signer = p.text(Columns.DEC_SIGNER);
    boolean self =
        general != null
            || task != null
            || majorErrors != null
            || selfLevel != null
            || p.text(SELF_DATE) != null;
    boolean meeting = p.text(MEETING_DATE) != null || minutes != null;
    boolean proposal = proposed != null || proposedPoints != null || p.text(PROPOSED_DATE) != null;
    boolean decision =
        p.text(DECIDED_LEVEL) != null
            || number != null
            || p.text(Columns.DEC_DATE) != null
            || signer != null;
    if (!self && !meeting && !proposal && !decision) {
      p.error("", "import.rating.nothing");
    }
    String pid = person.map(x -> x.data().personalId()).orElse(p.text(Columns.PERSONAL_ID));
    String name = person.map(Person::fullName).orElse(p.text(Columns.FULL_NAME));
    if (!p.errors().isEmpty() || person.isEmpty() || year == null || system == null) {
      return RowResult.rejected(pid, name, p.errors());
    }
    long personId = person.get().id();
    try {
      Evaluation e = existing(personId, year, system);
      List<Change> changes = new ArrayList<>();
      RowOutcome outcome = e == null ? RowOutcome.NEW : RowOutcome.UPDATED;
      if (e != null && e.decided()) {
        Evaluation.Decision d = e.decision();
        if (decision
            && d.level() == decided
            && Objects.equals(d.number(), number)
            && Objects.equals(d.date(), decisionOn)) {
          return new RowResult(RowOutcome.UNCHANGED, personId, pid, name, List.of(), List.of());
        }
        return RowResult.rejected(
            pid,
            name,
            List.of(
                new FieldError(
                    decision ? DECIDED_LEVEL : YEAR,
                    "import.rating.decided",
                    String.valueOf(year),
                    d.number(),
                    d.level().name())));
      }
      if (e == null) {
        RatingSystem sy = system;
        e =
            step(
                Step.OPEN,
                () ->
                    evaluations.open(
                        new EvaluationSteps.Opening(String.valueOf(personId), year, sy, leader),
                        actor));
        changes.add(new Change(header(YEAR), null, year + " – " + RatingCells.systemLabel(system)));
      }
      long id = e.id();
      if (self && !sameSelf(e.selfAssessment(), general, task, selfLevel, selfOn, majorErrors)) {
        String text = e.selfAssessment() == null ? null : e.selfAssessment().text();
        Evaluation before = e;
        e =
            step(
                Step.SELF,
                () ->
                    evaluations.selfAssess(
                        id,
                        new EvaluationSteps.SelfAssessment(
                            general, task, selfLevel, text, selfOn, majorErrors),
                        actor));
        changes.add(
            new Change(
                header(GENERAL) + ", " + header(TASK),
                before.selfAssessment() == null
                    ? null
                    : points(before.selfAssessment().generalPoints())
                        + " + "
                        + points(before.selfAssessment().taskPoints()),
                general + " + " + task));
      }
      if (meeting
          && (e.meeting() == null
              || !Objects.equals(e.meeting().on(), meetingOn)
              || !Objects.equals(e.meeting().minutes(), minutes))) {
        e =
            step(
                Step.MEETING,
                () ->
                    evaluations.meeting(
                        id,
                        new EvaluationSteps.Meeting(meetingOn, minutes, null, null, null, null),
                        actor));
        changes.add(new Change(header(MEETING_DATE), null, String.valueOf(meetingOn)));
      }
      if (proposal
          && (e.proposal() == null
              || e.proposal().level() != proposed
              || !Objects.equals(e.proposal().on(), proposedOn)
              || !samePoints(e.proposal().points(), proposedPoints))) {
        Level before = e.proposal() == null ? null : e.proposal().level();
        e =
            step(
                Step.PROPOSAL,
                () ->
                    evaluations.propose(
                        id,
                        new EvaluationSteps.Proposal(proposed, proposedPoints, proposedOn),
                        actor));
        changes.add(
            new Change(
                header(PROPOSED_LEVEL),
                before == null ? null : before.name(),
                proposed == null ? null : proposed.name()));
      }
      if (decision) {
        step(
            Step.DECISION,
            () ->
                evaluations.decide(
                    id,
                    new EvaluationSteps.Decision(decided, number, decisionOn, signer, null),
                    actor));
        changes.add(
            new Change(
                header(DECIDED_LEVEL),
                null,
                (decided == null ? "" : decided.name()) + " (" + number + ")"));
      }
      if (changes.isEmpty()) {
        outcome = RowOutcome.UNCHANGED;
      }
      return new RowResult(outcome, personId, pid, name, List.of(), changes);
    } catch (Refused r) {
      return RowResult.rejected(pid, name, r.errors);
    }
  }

  /** Runs a step of the service; its refusals become the row's errors at the step's columns. */
  private Evaluation step(Step step, Supplier<Evaluation> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      List<FieldError> errors = new ArrayList<>();
      for (FieldError x : e.errors()) {
        errors.add(new FieldError(step.columns.getOrDefault(x.field(), ""), x.key(), x.args()));
      }
      throw new Refused(errors);
    } catch (ConflictException e) {
      throw new Refused(List.of(new FieldError(step.main, e.messageKey(), e.args())));
    } catch (ForbiddenException | NotFoundException e) {
      throw new Refused(
          List.of(
              new FieldError(
                  step == Step.DECISION ? DECIDED_LEVEL : step.main,
                  step == Step.DECISION
                      ? "import.rating.decisionRefused"
                      : "import.rating.stepRefused")));
    }
  }

  private Evaluation existing(long personId, int year, RatingSystem system) {
    return evaluations.ofPerson(personId, actor).stream()
        .filter(e -> e.year() == year && e.system() == system)
        .findFirst()
        .orElse(null);
  }

  /** The person by personal ID, else by record number (the person's id in CBCS). */
  private Optional<Person> person(CellParser p) {
    return PersonOfRow.findByIdOrRecord(p, s.people, actor, RECORD_NO);
  }

  private static Integer year(CellParser p) {
    String v = p.required(YEAR, "import.rating.yearRequired");
    if (v == null) {
      return null;
    }
    String t = v.replaceAll("\\.0+$", "");
    if (!t.matches("\\d{4}")) {
      p.error(YEAR, "import.rating.year", v);
      return null;
    }
    return Integer.parseInt(t);
  }

  private static Integer whole(CellParser p, String column) {
    String v = p.text(column);
    if (v == null) {
      return null;
    }
    String t = v.replaceAll("\\.0+$", "");
    if (!t.matches("\\d{1,3}")) {
      p.error(column, "import.rating.whole", v);
      return null;
    }
    return Integer.parseInt(t);
  }

  private static Level level(CellParser p, String column) {
    String v = p.text(column);
    if (v == null) {
      return null;
    }
    Level l = RatingCells.level(v);
    if (l == null) {
      p.error(column, "import.rating.level", v);
    }
    return l;
  }

  private static boolean sameSelf(
      Evaluation.SelfAssessment a,
      String general,
      String task,
      Level level,
      LocalDate on,
      Integer majorErrors) {
    return a != null
        && samePoints(a.generalPoints(), general)
        && samePoints(a.taskPoints(), task)
        && a.level() == level
        && Objects.equals(a.on(), on)
        && Objects.equals(
            a.majorErrors() == null ? 0 : a.majorErrors(), majorErrors == null ? 0 : majorErrors);
  }

  private static boolean samePoints(BigDecimal recorded, String sent) {
    if (recorded == null || sent == null) {
      return recorded == null && sent == null;
    }
    try {
      return recorded.compareTo(new BigDecimal(sent.trim())) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String points(BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }

  private static String header(String id) {
    return RatingColumns.ALL.stream()
        .filter(c -> c.id().equals(id))
        .map(Column::header)
        .findFirst()
        .orElse(id);
  }

  @Override
  public String column(String field) {
    return field;
  }
}
