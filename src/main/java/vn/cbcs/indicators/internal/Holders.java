package vn.cbcs.indicators.internal;

/**
 * The people an indicator about people counts: everyone in a commune post on {@code :d}, once, with
 * their main post (not a concurrent one) first, then the earliest — the CTE {@code posts} ({@code
 * person_id, unit_code, position_code}) shared by the members' facts ({@link FactsLoader}) and the
 * counts in SQL ({@link SqlCounts}), so that both count the same people.
 */
final class Holders {

  private Holders() {}

  /**
   * {@code WITH posts AS (…)} without a trailing comma; {@code communes} is the SQL of the
   * communes' codes (a parameter), {@code null} for the whole country.
   */
  static String cte(String communes) {
    return "WITH posts AS (SELECT DISTINCT ON (pa.person_id) pa.person_id, pa.unit_code,"
        + " pa.position_code FROM positions_assignments_on(:d) pa"
        + " JOIN units_in_force_on(:d) u ON u.code = pa.unit_code AND u.level = 'COMMUNE'"
        + (communes == null ? "" : " WHERE pa.unit_code IN (" + communes + ")")
        + " ORDER BY pa.person_id, pa.concurrent, pa.valid_from, pa.assignment_id)";
  }
}
