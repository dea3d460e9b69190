package vn.cbcs.planning;

/** A candidate was taken out of a plan, with a reason (ADR 15 point 5): carries no state. */
public record CandidateRemoved(long planId, long candidateId, long personId) {}
