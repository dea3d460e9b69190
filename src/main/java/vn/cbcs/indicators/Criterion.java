package vn.cbcs.indicators;

import vn.cbcs.qualifications.Track;

/**
 * One numerator condition. Which fields matter depends on {@code kind}: QUALIFICATION uses track
 * and the level range {@code min}..{@code max} (either open); AGE uses completed years {@code from}
 * (inclusive) .. {@code to} (exclusive); SEX uses {@code value}; the others take nothing.
 */
public record Criterion(
    Kind kind, Track track, String min, String max, Integer from, Integer to, String value) {

  /** The building blocks an officer can combine. */
  public enum Kind {
    QUALIFICATION(Subject.PEOPLE),
    AGE(Subject.PEOPLE),
    SEX(Subject.PEOPLE),
    ETHNIC_MINORITY(Subject.PEOPLE),
    PARTY_MEMBER(Subject.PEOPLE),
    MEETS_STANDARD(Subject.PEOPLE),
    STAFFED_TO_QUOTA(Subject.COMMUNES);

    private final Subject subject;

    Kind(Subject subject) {
      this.subject = subject;
    }

    public Subject subject() {
      return subject;
    }
  }
}
