package vn.cbcs.planning;

/**
 * A plan was approved by its decision (ADR 15 point 5): announces, carries no state — read the plan
 * through {@link Plans} or {@code planning_candidates_on}.
 */
public record PlanApproved(long planId, String unitCode) {}
