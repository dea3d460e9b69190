package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.qualifications.Track;

/**
 * Reads the facts of everyone holding a commune-level post on a date, in one query through the SQL
 * API of positions, units and qualifications and the module's own view of the person record. Each
 * person appears once, in the commune of their main post (else of their earliest concurrent post),
 * ordered by commune and name.
 */
@Component
public class FactsLoader {

  private static final Track[] TRACKS = Track.values();
  private final JdbcClient jdbc;

  FactsLoader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** People in post on {@code asOf} in {@code communeCodes}; null codes: the whole country. */
  public List<PersonFacts> load(Collection<String> communeCodes, LocalDate asOf) {
    if (communeCodes != null && communeCodes.isEmpty()) {
      return List.of();
    }
    Ranks ranks = Ranks.of(List.of(TRACKS));
    StringBuilder columns = new StringBuilder();
    for (Track t : TRACKS) {
      columns.append(", ranks.").append(Ranks.column(t));
    }
    boolean national = communeCodes == null;
    String sql =
        Holders.cte(national ? null : ":codes")
            + (national ? "," + ranks.cte() : "")
            + " SELECT posts.person_id, f.full_name, posts.unit_code, posts.position_code, f.sex,"
            + " f.birth_date, f.ethnicity_code, f.party_join_date"
            + columns
            + " FROM posts JOIN indicators_person_facts f ON f.person_id = posts.person_id"
            + ranks.join(national)
            // the drill-down lists people by commune, then by name in Vietnamese order
            + " ORDER BY posts.unit_code, f.full_name COLLATE vi, posts.person_id";
    var spec = jdbc.sql(sql).param("d", asOf);
    if (communeCodes != null) {
      spec = spec.param("codes", new ArrayList<>(communeCodes));
    }
    return spec.query(
            (rs, i) -> {
              Map<Track, Integer> r = new EnumMap<>(Track.class);
              for (int t = 0; t < TRACKS.length; t++) {
                int v = rs.getInt(9 + t);
                if (!rs.wasNull()) {
                  r.put(TRACKS[t], v);
                }
              }
              return new PersonFacts(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getObject(6, LocalDate.class),
                  rs.getString(7),
                  rs.getObject(8, LocalDate.class),
                  r);
            })
        .list();
  }
}
