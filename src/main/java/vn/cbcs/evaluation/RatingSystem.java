package vn.cbcs.evaluation;

/** Who rates: the state (the civil service) or the Party (its members); both for the same year. */
public enum RatingSystem {
  STATE,
  PARTY
}
