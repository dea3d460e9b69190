package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.units.Unit;

/**
 * The heads' scorecard of a unit for a year (issue 13, "Heads' responsibility"): the head and
 * deputies with their own ratings beside the unit's results, each line naming the rule it feeds.
 *
 * @param asOf the day the facts of the year are read on (31 December, or today within the year)
 * @param leaders the heads and deputies of the commune in the year (empty above communes: the
 *     records hold commune posts only)
 */
public record HeadScorecard(
    Unit unit,
    int year,
    LocalDate asOf,
    List<Leader> leaders,
    List<Ratings> ratings,
    Targets targets,
    Staffing staffing,
    Completion completion) {

  /** A rule a line feeds: a message key with its arguments, and the text and article. */
  public record RuleRef(
      String key, List<Object> args, String legalSource, String article, String confidence) {}

  /** A head or deputy and their ratings in each system. */
  public record Leader(
      long personId,
      String fullName,
      String positionCode,
      String positionName,
      boolean head,
      List<LeaderRating> ratings) {}

  /**
   * A leader's rating in one system (null level: none decided) and what the ratings under them
   * allow: the counts (from the records), the best level the conditions allow, and — when a level
   * was decided or proposed — whether it contradicts them, with every reason.
   */
  public record LeaderRating(
      RatingSystem system,
      Level decided,
      String decisionNumber,
      LocalDate decisionDate,
      Level proposed,
      ClassificationInput.Subordinates under,
      Level allowedBest,
      boolean contradicts,
      List<Classification.Reason> reasons) {}

  /**
   * The unit's decided ratings in one system, leaders included, and the rules the leaders' levels
   * depend on (the rows of the regime in force for the year).
   */
  public record Ratings(
      RatingSystem system,
      String regime,
      Map<Level, Long> levels,
      long rated,
      BigDecimal khtnvPercent,
      List<RuleRef> rules) {}

  /** The unit's indicators against the targets of the resolutions governing it. */
  public record Targets(List<TargetLine> lines, long sourced, long met, List<RuleRef> rules) {}

  /**
   * One target: the resolution, the indicator's value for this unit on {@code judgedOn} (the
   * milestone, or the scorecard's date when the milestone is later), and whether it meets the
   * target; a target without a source is a reference level and never judged.
   */
  public record TargetLine(
      String resolution,
      String indicatorCode,
      String indicatorName,
      LocalDate milestone,
      BigDecimal target,
      String direction,
      boolean sourced,
      LocalDate judgedOn,
      IndicatorValue value,
      Boolean met) {}

  /** Staffing and standards of the unit's communes on the date. */
  public record Staffing(
      long inPost,
      long quota,
      long communesWithoutQuota,
      long unfilledTitles,
      long over,
      long belowStandard,
      List<RuleRef> rules) {}

  /**
   * The year's state evaluations of the unit: opened, decided, decided by the deadline (15
   * December), decided later, still open, and people in post with none opened.
   */
  public record Completion(
      LocalDate deadline,
      long inPost,
      long opened,
      long decided,
      long onTime,
      long late,
      long open,
      long notOpened,
      List<RuleRef> rules) {}
}
