package vn.cbcs.units;

import java.time.LocalDate;

/**
 * A predecessor → successor link. The predecessor is the version in force on the day before {@code
 * effectiveDate}; the successor the version in force on it.
 *
 * @param note the official wording (e.g. "Nhập toàn bộ")
 * @param derived true for province- and district-level links computed from their communes' links
 */
public record CrosswalkLink(
    Unit predecessor,
    Unit successor,
    CrosswalkKind kind,
    LocalDate effectiveDate,
    String note,
    boolean derived) {}
