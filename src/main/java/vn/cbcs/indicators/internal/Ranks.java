package vn.cbcs.indicators.internal;

/**
 * The highest rank per qualification track of the holders in a query's {@code posts} (a CTE with a
 * {@code person_id} column), through the qualifications module's SQL API {@code
 * qualifications_held_on} (V121), as a relation {@code ranks} with the given aggregate columns.
 *
 * <p>Two plans, measured at national scale (issue 18): for the whole country one pass over every
 * qualification joined by hash is the fastest (about the hand-written count); for a province or a
 * commune the person index, looked up per holder, is (a pass over every qualification of the
 * country cost a province about twice the hand-written count).
 */
final class Ranks {

  private Ranks() {}

  /** The CTE {@code ranks} of the set-based plan (after {@code posts}; without a comma). */
  static String cte(String aggregates) {
    return " ranks AS (SELECT h.person_id, "
        + aggregates
        + " FROM qualifications_held_on(:d) h"
        + " WHERE h.person_id IN (SELECT person_id FROM posts) GROUP BY h.person_id)";
  }

  /** The join that makes {@code ranks} available beside {@code posts}. */
  static String join(String aggregates, boolean setBased) {
    return setBased
        ? " LEFT JOIN ranks ON ranks.person_id = posts.person_id"
        : " LEFT JOIN LATERAL (SELECT "
            + aggregates
            + " FROM qualifications_held_on(:d) h WHERE h.person_id = posts.person_id) ranks"
            + " ON true";
  }
}
