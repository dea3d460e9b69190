package vn.cbcs.evaluation;

import java.time.LocalDate;

/** What each step of an evaluation is sent with (points as text, so that 87.5 stays exact). */
public final class EvaluationSteps {

  private EvaluationSteps() {}

  /** Opens the evaluation of a person for a year in a system. */
  public record Opening(String personId, Integer year, RatingSystem system, Boolean leader) {}

  /**
   * The self-assessment; {@code majorErrors}: major errors in the task results (NĐ 335/2025, each
   * deducts a share of the task points), where the regime has that rule.
   */
  public record SelfAssessment(
      String generalPoints,
      String taskPoints,
      Level level,
      String text,
      LocalDate on,
      Integer majorErrors) {

    public SelfAssessment(
        String generalPoints, String taskPoints, Level level, String text, LocalDate on) {
      this(generalPoints, taskPoints, level, text, on, null);
    }
  }

  /** The direct manager's comments. */
  public record Comment(String text, LocalDate on) {}

  /** The meeting. */
  public record Meeting(
      LocalDate on,
      String minutes,
      Integer votesHtxsnv,
      Integer votesHttnv,
      Integer votesHtnv,
      Integer votesKhtnv) {}

  /**
   * The proposal; for a leader, optionally the ratings of the subordinate units (rated, and how
   * many HTXSNV, HTTNV, KHTNV), checked against the regime's leader conditions: a contradiction is
   * a warning in the response, not a refusal.
   */
  public record Proposal(
      Level level,
      String points,
      LocalDate on,
      Integer subordinateUnits,
      Integer subordinateUnitsHtxsnv,
      Integer subordinateUnitsHttnv,
      Integer subordinateUnitsKhtnv) {

    public Proposal(Level level, String points, LocalDate on) {
      this(level, points, on, null, null, null, null);
    }
  }

  /**
   * The decision; {@code outstandingUnit}: the competent level raised the HTXSNV cap for an
   * outstanding unit, where the regime allows it; {@code disciplineCountedIn}: the earlier year
   * whose KHTNV rating already counted the offence of this year's discipline ({@link
   * DisciplineInYear}), or null.
   */
  public record Decision(
      Level level,
      String number,
      LocalDate date,
      String signer,
      Boolean outstandingUnit,
      Integer disciplineCountedIn) {

    public Decision(
        Level level, String number, LocalDate date, String signer, Boolean outstandingUnit) {
      this(level, number, date, signer, outstandingUnit, null);
    }
  }

  /** The Party committee's opinion on the proposed rating. */
  public record PartyOpinion(String text, LocalDate on) {}

  /** The notice of the result to the person (how it was notified, optional). */
  public record Notice(LocalDate on, String text) {}
}
