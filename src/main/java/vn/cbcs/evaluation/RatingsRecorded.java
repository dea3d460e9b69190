package vn.cbcs.evaluation;

import java.util.List;

/**
 * Final ratings of past years were recorded in bulk ({@link PastRatings}): one announcement for the
 * batch, not one per rating. Carries no state: listeners read the read models again.
 */
public record RatingsRecorded(int count, List<Integer> years) {}
