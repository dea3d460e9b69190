package vn.cbcs.reports.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every number of a review document, as computed: what the DOCX and the PDF print, and what {@code
 * GET /api/resolutions/{id}/report-data} returns.
 *
 * @param from the first date compared (default: the resolution's date)
 * @param to the date reported on (targets due later are judged on it as "on track" or not)
 * @param targets each target of the resolution, judged on its milestone or on {@code to}
 * @param comparison each indicator with a target, on {@code from} and on {@code to}
 * @param children each indicator on {@code to} in each child unit
 * @param synthetic how many generated (demo) records were counted on either date
 * @param letterhead the issuing body and place of the document
 */
public record ReviewData(
    ResolutionInfo resolution,
    String kind,
    LocalDate from,
    LocalDate to,
    ScopeInfo scopeFrom,
    ScopeInfo scopeTo,
    List<TargetLine> targets,
    List<Comparison> comparison,
    ChildTable children,
    Summary summary,
    long synthetic,
    vn.cbcs.reports.docs.Letterhead letterhead,
    List<Reported> reported) {

  /** A figure a body reported (§13.7), with the value computed from the records that day. */
  public record Reported(
      String indicatorCode,
      LocalDate asOf,
      BigDecimal value,
      String reportingBody,
      String sourceDocument,
      Value computed,
      String sentence) {}

  /** The resolution reviewed. */
  public record ResolutionInfo(
      long id,
      String number,
      String title,
      String issuer,
      LocalDate issuedOn,
      String unitCode,
      String citation) {}

  /** The ground of a date: the resolution's unit, and the communes it covered then. */
  public record ScopeInfo(
      String unitCode, String unitName, LocalDate asOf, boolean throughCrosswalk, int communes) {}

  /** A numerator over a denominator, the percentage (two decimals) and its Vietnamese notation. */
  public record Value(long numerator, long denominator, BigDecimal percent, String percentText) {}

  /**
   * One target and its judgement.
   *
   * @param phrase the indicator in running text ("tỷ lệ cán bộ, công chức cấp xã là nữ")
   * @param judgedOn the milestone, or {@code to} when the milestone is later
   * @param status ACHIEVED / MISSED (milestone reached), ON_TRACK / AT_RISK / OFF_TRACK (later)
   * @param margin percentage points better (+) or worse (−) than the target
   * @param sentence the generated paragraph of the document
   * @param children the same judgement in each child unit
   */
  public record TargetLine(
      String indicatorCode,
      String indicatorName,
      String phrase,
      LocalDate milestone,
      BigDecimal target,
      String direction,
      LocalDate judgedOn,
      Value value,
      String status,
      BigDecimal margin,
      String sentence,
      List<ChildJudgement> children,
      String source) {

    /** A real target: one with its own source; only these are judged đạt / chưa đạt. */
    public boolean sourced() {
      return source != null && !source.isBlank();
    }
  }

  /** A target judged in one child unit, on the same date. */
  public record ChildJudgement(
      String unitCode, String unitName, Value value, String status, boolean meets) {}

  /** An indicator on both dates and the change in percentage points. */
  public record Comparison(
      String indicatorCode,
      String indicatorName,
      Value from,
      Value to,
      BigDecimal change,
      String changeText) {}

  /** The indicators in each child unit on {@code to}. */
  public record ChildTable(LocalDate asOf, List<String> indicatorCodes, List<ChildRow> rows) {}

  /** One child unit: values in the order of {@code indicatorCodes}. */
  public record ChildRow(String unitCode, String unitName, List<Value> values) {}

  /** How many targets were judged at their milestone, met or missed, and how many are ahead. */
  public record Summary(int judged, int met, int missed, int ahead) {}
}
