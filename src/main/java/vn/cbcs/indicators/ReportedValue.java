package vn.cbcs.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A figure a body reported for an indicator, a unit and a date (REGULATIONS.md §13.7): kept beside
 * the values computed from the records, never taken for a target and never recomputed.
 *
 * @param unitOn the date on which the unit is identified
 * @param numerator the count reported, where the report gives it
 * @param denominator the population reported, where the report gives it
 * @param sourceDocument the document that states the figure (report, interview, review)
 * @param reportingBody who reported it
 */
public record ReportedValue(
    long id,
    String indicatorCode,
    String unitCode,
    LocalDate unitOn,
    LocalDate asOf,
    BigDecimal value,
    Integer numerator,
    Integer denominator,
    String sourceDocument,
    String reportingBody,
    String note,
    String recordedBy,
    Instant recordedAt) {

  /** 93,00% */
  public String valueText() {
    return IndicatorValue.format(value);
  }

  /** The fields of a figure to record. */
  public record Draft(
      String indicatorCode,
      String unitCode,
      LocalDate unitOn,
      LocalDate asOf,
      BigDecimal value,
      Integer numerator,
      Integer denominator,
      String sourceDocument,
      String reportingBody,
      String note) {}
}
