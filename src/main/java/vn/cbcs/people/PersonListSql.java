package vn.cbcs.people;

import java.util.ArrayList;
import java.util.List;

/**
 * The list's query in its shapes: when the posts decide who is listed (a unit or a post asked for),
 * the posts are filtered first, then the people; among everyone on record, the page of people is
 * taken first, then the post of each is looked up. {@code walk}: the posts decide, but the page is
 * taken first all the same, by walking the names' index and testing each name against the ids of
 * the posts' people (hashed once), and the count comes from those ids — for the many people in post
 * in a province, whom sorting by name would read one by one. {@code bounded}: among the first
 * {@code :bound} matches in any order only, found by {@code boundedFilter} (the same people as
 * {@code filter}, by another way: for an officer's search, through the people's reach). {@code
 * postsFrom}: FROM and WHERE of the posts that count; {@code unitName}: the name of a post's unit
 * there ({@code u} joined, or the one commune's name given).
 */
record PersonListSql(
    boolean postsDecide,
    boolean walk,
    String postsFrom,
    String unitName,
    List<String> where,
    String filter,
    String boundedFilter) {

  private static final String ORDER =
      " ORDER BY p.given_name COLLATE vi, p.full_name COLLATE vi, p.id";

  /** Each person's post among those that count (the first, the main one before concurrent). */
  private String posts() {
    return "SELECT DISTINCT ON (pa.person_id) pa.person_id, pa.unit_code, pa.position_code,"
        + " "
        + unitName
        + " AS unit_name"
        + postsFrom
        + " ORDER BY pa.person_id, pa.concurrent, pa.valid_from";
  }

  /** The same post of one person of the page ({@code pg.id}). */
  private String postOfPage() {
    return "SELECT pa.unit_code, pa.position_code, "
        + unitName
        + " AS unit_name"
        + postsFrom
        + " AND pa.person_id = pg.id ORDER BY pa.concurrent, pa.valid_from LIMIT 1";
  }

  /** FROM and WHERE of the people listed. */
  String from() {
    return from(filter);
  }

  private String from(String where) {
    return (postsDecide ? " FROM person p JOIN a ON a.person_id = p.id" : " FROM person p") + where;
  }

  String page(boolean withTotal, boolean bounded) {
    if (walk) {
      return walked(withTotal);
    }
    String total = withTotal ? ", count(*) OVER () AS total" : "";
    String matches =
        bounded ? "m AS MATERIALIZED (SELECT p.id" + from(boundedFilter) + " LIMIT :bound)" : null;
    String people =
        bounded
            ? " FROM m JOIN person p ON p.id = m.id"
                + (postsDecide ? " JOIN a ON a.person_id = p.id" : "")
            : from();
    if (postsDecide) {
      return "WITH a AS ("
          + posts()
          + ")"
          + (bounded ? ", " + matches : "")
          + SELECTED
          + total
          + people
          + ORDER
          + " LIMIT :limit OFFSET :offset";
    }
    // the page's people first, by what the names' index holds (a walk of the index alone when
    // the filter is the search and the ground), then their records and posts
    return "WITH "
        + (bounded ? matches + ", " : "")
        + "pg AS (SELECT p.id, p.given_name, p.full_name"
        + total
        + people
        + ORDER
        + " LIMIT :limit OFFSET :offset)"
        + pageOf(withTotal ? "pg.total" : null);
  }

  private static final String SELECTED =
      " SELECT p.id, p.full_name, p.personal_id, p.sex, p.birth_date, p.birth_year_only,"
          + " p.synthetic, a.unit_code, a.unit_name, a.position_code";

  /** The page's records and posts, in the page's order, with the total if given. */
  private String pageOf(String total) {
    return SELECTED
        + (total == null ? "" : ", " + total + " AS total")
        + " FROM pg JOIN person p ON p.id = pg.id LEFT JOIN LATERAL ("
        + postOfPage()
        + ") a ON true"
        + " ORDER BY pg.given_name COLLATE vi, pg.full_name COLLATE vi, pg.id";
  }

  /**
   * The walked page: "IS TRUE" keeps the test of the ids a filter of the names' walk (as a join,
   * PostgreSQL would read and sort every person in post). Counted from the ids alone when nothing
   * else filters the people.
   */
  private String walked(boolean withTotal) {
    String inPost = "(p.id IN (SELECT i.person_id FROM ids i)) IS TRUE";
    List<String> conditions = new ArrayList<>(where);
    conditions.add(0, inPost);
    String total =
        where.isEmpty()
            ? "(SELECT count(DISTINCT i.person_id) FROM ids i)"
            : "(SELECT count(*) FROM person p WHERE p.id IN (SELECT i.person_id FROM ids i) AND "
                + String.join(" AND ", where)
                + ")";
    return "WITH ids AS MATERIALIZED (SELECT pa.person_id"
        + postsFrom
        + "), pg AS (SELECT p.id, p.given_name, p.full_name FROM person p WHERE "
        + String.join(" AND ", conditions)
        + ORDER
        + " LIMIT :limit OFFSET :offset)"
        + pageOf(withTotal ? total : null);
  }

  /** The people listed, up to {@code limit} of them if given. */
  String count(Long limit) {
    return (postsDecide ? "WITH a AS (" + posts() + ") " : "")
        + "SELECT count(*) FROM (SELECT 1"
        + from()
        + (limit == null ? "" : " LIMIT " + limit)
        + ") c";
  }
}
