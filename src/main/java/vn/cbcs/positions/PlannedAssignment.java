package vn.cbcs.positions;

/**
 * An assignment for bulk loading (demo data, later trusted imports): the post and, when it has
 * ended, the decision that ended it ({@code endDecision} may be null for an end known without its
 * decision). Equal decisions are written once and shared.
 */
public record PlannedAssignment(
    long personId, NewAssignment assignment, DecisionData endDecision) {}
