package vn.cbcs.indicators;

import vn.cbcs.qualifications.Track;

/**
 * One numerator condition. Which fields matter depends on {@code kind}: QUALIFICATION uses track
 * and the level range {@code min}..{@code max} (either open); AGE uses completed years {@code from}
 * (inclusive) .. {@code to} (exclusive); SEX uses {@code value}; RATING uses {@code value}: a level
 * (HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED) or DECIDED (any final state rating), the same prefixed
 * PARTY_ for the Party rating, or ON_TIME (a state rating decided before 15 December) — the final
 * ratings of the as-of date's year, read from the evaluation module's SQL read model {@code
 * evaluation_ratings_on(year)} (ADR 15 §7); POST_AT_RISK (no parameters): the person holds a
 * leadership post they leave within the planning module's configured months with no planned
 * successor eligible now, read from its SQL read model {@code planning_posts_at_risk_on(date)} (ADR
 * 15 §7); PLACED_IN_JOB_POSITION: a post held in a job position in force that carries a grade, read
 * from the recruitment module's read model {@code recruitment_placed_on(date)}; WITHIN_ALLOCATION
 * (communes): people in post not above the allocation or quota; the others take nothing.
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
    RATING(Subject.PEOPLE),
    POST_AT_RISK(Subject.PEOPLE),
    /** Holds a job position in force with a grade (recruitment_placed_on, issue 16). */
    PLACED_IN_JOB_POSITION(Subject.PEOPLE),
    STAFFED_TO_QUOTA(Subject.COMMUNES),
    /** People in post within the allocation or quota: no surplus (Luật CBCC 80/2025 Điều 45). */
    WITHIN_ALLOCATION(Subject.COMMUNES);

    private final Subject subject;

    /** The values a RATING criterion takes. */
    public static final java.util.List<String> RATING_VALUES =
        java.util.List.of(
            "HTXSNV",
            "HTTNV",
            "HTNV",
            "KHTNV",
            "NOT_RATED",
            "DECIDED",
            "PARTY_HTXSNV",
            "PARTY_HTTNV",
            "PARTY_HTNV",
            "PARTY_KHTNV",
            "PARTY_DECIDED",
            "ON_TIME");

    Kind(Subject subject) {
      this.subject = subject;
    }

    public Subject subject() {
      return subject;
    }
  }
}
