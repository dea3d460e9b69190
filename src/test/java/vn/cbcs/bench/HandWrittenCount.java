package vn.cbcs.bench;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The floor the indicator benchmarks compare against: PRO_SO_CAP_PLUS counted by hand in SQL —
 * people in a commune post on a date, counted once, with a professional qualification of sơ cấp or
 * more — for a unit (a code prefix of the path) or the whole country ({@code ""}).
 */
final class HandWrittenCount {

  static final String SQL =
      "WITH posts AS (SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_code FROM assignment a"
          + " JOIN unit u ON u.code = a.unit_code AND u.level = 'COMMUNE'"
          + " AND (u.valid_from IS NULL OR u.valid_from <= :d) AND (u.valid_to IS NULL OR u.valid_to >= :d)"
          + " WHERE a.superseded_at IS NULL AND a.valid_from <= :d AND (a.valid_to IS NULL OR a.valid_to >= :d)"
          + " AND (:prefix = '' OR u.path LIKE :prefix || '/%')"
          + " ORDER BY a.person_id, a.concurrent, a.valid_from, a.id)"
          + " SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM qualification q"
          + " JOIN qualification_level l USING (track, level) WHERE q.person_id = posts.person_id"
          + " AND q.track = 'PROFESSIONAL' AND l.rank >= 1 AND q.superseded_at IS NULL"
          + " AND q.verification <> 'REJECTED' AND q.awarded_on <= :d)), count(*) FROM posts";

  private HandWrittenCount() {}

  /** {numerator, denominator} of the hand-written count. */
  static long[] count(JdbcClient jdbc, LocalDate asOf, String prefix) {
    return jdbc.sql(SQL)
        .param("d", asOf)
        .param("prefix", prefix)
        .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }
}
