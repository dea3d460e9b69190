package vn.cbcs.evaluation;

/**
 * A rating became final with its decision (ADR 15 point 5): announces, carries no state — read the
 * rating through {@code evaluation_rating_of} or {@link Evaluations}.
 */
public record RatingDecided(long evaluationId, long personId, int year, RatingSystem system) {}
