package vn.cbcs.resolutions;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields of a new target. */
public record TargetDraft(
    String indicatorCode,
    LocalDate milestone,
    BigDecimal target,
    Target.Direction direction,
    String note) {}
