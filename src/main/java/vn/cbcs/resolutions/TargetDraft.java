package vn.cbcs.resolutions;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields of a new target; {@code source} is where the target comes from. */
public record TargetDraft(
    String indicatorCode,
    LocalDate milestone,
    BigDecimal target,
    Target.Direction direction,
    String note,
    String source) {

  /** A target without a source: a reference level, not judged by the review. */
  public TargetDraft(
      String indicatorCode,
      LocalDate milestone,
      BigDecimal target,
      Target.Direction direction,
      String note) {
    this(indicatorCode, milestone, target, direction, note, null);
  }
}
