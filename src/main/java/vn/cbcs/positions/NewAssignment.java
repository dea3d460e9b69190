package vn.cbcs.positions;

import java.time.LocalDate;

/**
 * A post to give a person: in a commune, from a day (to a day, or open), by a decision.
 *
 * @param concurrent a concurrent post (kiêm nhiệm), which may overlap the main post
 */
public record NewAssignment(
    String unitCode,
    String positionCode,
    boolean concurrent,
    LocalDate from,
    LocalDate to,
    DecisionData decision) {}
