package vn.cbcs.planning;

/** A candidate was added to a plan (ADR 15 point 5): announces, carries no state. */
public record CandidateAdded(long planId, long candidateId, long personId) {}
