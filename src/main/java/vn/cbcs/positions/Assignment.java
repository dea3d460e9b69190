package vn.cbcs.positions;

import java.time.LocalDate;

/** A person's post in a commune over a period, with the decisions that began and ended it. */
public record Assignment(
    long id,
    long personId,
    String unitCode,
    String positionCode,
    boolean concurrent,
    LocalDate from,
    LocalDate to,
    Decision startDecision,
    Decision endDecision) {

  public boolean inForceOn(LocalDate date) {
    return !from.isAfter(date) && (to == null || !to.isBefore(date));
  }
}
