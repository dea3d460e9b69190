package vn.cbcs.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.qualifications.Track;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The posts held on a date in a unit subtree, with the facts the rules look at, read in bulk
 * through the SQL API of positions, units and qualifications and the standards' own view of the
 * person record.
 */
@Component
class Population {

  private final JdbcClient jdbc;
  private final Units units;

  Population(JdbcClient jdbc, Units units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  Unit scope(String unitCode, LocalDate asOf) {
    return units
        .find(unitCode, asOf)
        .orElseThrow(() -> new NotFoundException("error.unit.unknown", unitCode));
  }

  /** Posts held on {@code asOf} in the subtree of {@code scope} (or by one person). */
  List<PostHolder> holders(Unit scope, Long personId, LocalDate asOf) {
    return holders(scope, null, personId, asOf);
  }

  /** Posts held on {@code asOf} in the given communes. */
  List<PostHolder> holders(java.util.Collection<String> communeCodes, LocalDate asOf) {
    if (communeCodes.isEmpty()) {
      return List.of();
    }
    return holders(null, communeCodes, null, asOf);
  }

  private List<PostHolder> holders(
      Unit scope, java.util.Collection<String> communeCodes, Long personId, LocalDate asOf) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT pa.person_id, f.full_name, f.synthetic, pa.assignment_id, pa.unit_code, u.full_name,"
                + " u.type, split_part(u.path, '/', 1), pa.position_code, pa.concurrent, pa.valid_from,"
                + " f.birth_date, f.sex, f.general_education, f.early_retirement_years"
                + " FROM positions_assignments_on(:d) pa"
                + " JOIN units_in_force_on(:d) u ON u.code = pa.unit_code"
                + " JOIN standards_person_facts f ON f.person_id = pa.person_id WHERE true");
    var params = new HashMap<String, Object>();
    params.put("d", asOf);
    if (scope != null) {
      sql.append(" AND (u.code = :unit OR (u.path >= :start AND u.path < :end))");
      params.put("unit", scope.code());
      params.put("start", scope.path() + "/");
      params.put("end", scope.path() + "0");
    }
    if (communeCodes != null) {
      sql.append(" AND pa.unit_code IN (:codes)");
      params.put("codes", new ArrayList<>(communeCodes));
    }
    if (personId != null) {
      sql.append(" AND pa.person_id = :person");
      params.put("person", personId);
    }
    sql.append(" ORDER BY u.path, pa.person_id, pa.concurrent");
    var spec = jdbc.sql(sql.toString());
    for (var e : params.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec.query(
            (rs, i) ->
                new PostHolder(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getBoolean(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getBoolean(10),
                    rs.getObject(11, LocalDate.class),
                    rs.getObject(12, LocalDate.class),
                    rs.getString(13),
                    rs.getString(14),
                    rs.getInt(15)))
        .list();
  }

  /** The rank held on {@code asOf} in each track, for the people of {@code holders}. */
  Map<Long, Map<Track, Integer>> ranks(List<PostHolder> holders, LocalDate asOf) {
    Map<Long, Map<Track, Integer>> ranks = new HashMap<>();
    if (holders.isEmpty()) {
      return ranks;
    }
    List<Long> ids =
        new ArrayList<>(holders.stream().map(PostHolder::personId).distinct().toList());
    for (int from = 0; from < ids.size(); from += 5000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 5000));
      jdbc.sql(
              "SELECT h.person_id, h.track, h.rank FROM qualifications_highest_on(:d) h"
                  + " WHERE h.person_id IN (:ids)")
          .param("d", asOf)
          .param("ids", chunk)
          .query(
              rs -> {
                ranks
                    .computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Track.class))
                    .put(Track.valueOf(rs.getString(2)), rs.getInt(3));
              });
    }
    return ranks;
  }
}
