package vn.cbcs.recruitment;

import java.time.LocalDate;

/**
 * A planned movement as typed: who, the kind, from which unit to which unit and post, from when,
 * until when (rotation and secondment only) and why.
 */
public record NewMovement(
    Long personId,
    Movement.Kind kind,
    String fromUnit,
    String toUnit,
    String positionCode,
    LocalDate fromDate,
    LocalDate untilDate,
    String reason) {}
