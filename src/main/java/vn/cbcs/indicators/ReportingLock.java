package vn.cbcs.indicators;

import java.time.Instant;
import java.time.LocalDate;

/** The values of a reporting date locked by a province officer. */
public record ReportingLock(
    long id,
    String unitCode,
    LocalDate unitOn,
    LocalDate asOf,
    String note,
    String lockedBy,
    Instant lockedAt) {}
