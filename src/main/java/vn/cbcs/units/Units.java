package vn.cbcs.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.units.internal.UnitRows;

/**
 * The administrative-unit tree as of any date: what other modules use to find units, walk the tree
 * and follow the crosswalk.
 */
@Service
@Transactional(readOnly = true)
public class Units {

  private static final String SELECT = "SELECT " + UnitRows.COLUMNS + " FROM unit u ";

  private final JdbcClient jdbc;

  Units(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The version of {@code code} in force on {@code asOf}. */
  public Optional<Unit> find(String code, LocalDate asOf) {
    return jdbc.sql(SELECT + "WHERE u.code = :code AND " + UnitRows.IN_FORCE)
        .param("code", code)
        .param("asOf", asOf)
        .query((rs, i) -> UnitRows.map(rs, 0))
        .optional();
  }

  /** Every version of {@code code}, oldest first. */
  public List<Unit> versions(String code) {
    return jdbc.sql(SELECT + "WHERE u.code = :code ORDER BY u.valid_from NULLS FIRST")
        .param("code", code)
        .query((rs, i) -> UnitRows.map(rs, 0))
        .list();
  }

  /** Provinces ({@code parentCode == null}) or the children of a unit, in official code order. */
  public List<Unit> children(String parentCode, LocalDate asOf) {
    String where = parentCode == null ? "u.parent_code IS NULL" : "u.parent_code = :parent";
    var spec =
        jdbc.sql(SELECT + "WHERE " + where + " AND " + UnitRows.IN_FORCE + " ORDER BY u.code")
            .param("asOf", asOf);
    if (parentCode != null) {
      spec = spec.param("parent", parentCode);
    }
    return spec.query((rs, i) -> UnitRows.map(rs, 0)).list();
  }

  /** The parents of a unit as of a date, from the province down (the unit itself excluded). */
  public List<Unit> ancestors(Unit unit, LocalDate asOf) {
    List<Unit> chain = new ArrayList<>();
    String parent = unit.parentCode();
    while (parent != null) {
      Optional<Unit> p = find(parent, asOf);
      if (p.isEmpty()) {
        break;
      }
      chain.add(0, p.get());
      parent = p.get().parentCode();
    }
    return chain;
  }

  /** Number of communes under a unit on a date (one query on the materialised path). */
  public long communeCount(Unit unit, LocalDate asOf) {
    return jdbc.sql(
            "SELECT count(*) FROM unit u WHERE u.level = 'COMMUNE' AND u.path >= :start"
                + " AND u.path < :end AND "
                + UnitRows.IN_FORCE)
        .param("start", UnitRows.subtreeStart(unit.path()))
        .param("end", UnitRows.subtreeEnd(unit.path()))
        .param("asOf", asOf)
        .query(Long.class)
        .single();
  }

  /** Communes under each child of a unit (or each province), keyed by child code. */
  public Map<String, Long> communeCountsOfChildren(String parentCode, LocalDate asOf) {
    String where = parentCode == null ? "c.parent_code IS NULL" : "c.parent_code = :parent";
    var spec =
        jdbc.sql(
                "SELECT c.code, count(u.id) FROM unit c LEFT JOIN unit u ON u.level = 'COMMUNE'"
                    + " AND u.path >= c.path || '/' AND u.path < c.path || '0' AND "
                    + UnitRows.IN_FORCE
                    + " WHERE "
                    + where
                    + " AND (c.valid_from IS NULL OR c.valid_from <= :asOf)"
                    + " AND (c.valid_to IS NULL OR c.valid_to >= :asOf) GROUP BY c.code")
            .param("asOf", asOf);
    if (parentCode != null) {
      spec = spec.param("parent", parentCode);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    spec.query(
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  /** How many units of each type are in force on a date. */
  public Map<UnitType, Long> countByType(LocalDate asOf) {
    Map<UnitType, Long> counts = new EnumMap<>(UnitType.class);
    jdbc.sql("SELECT u.type, count(*) FROM unit u WHERE " + UnitRows.IN_FORCE + " GROUP BY u.type")
        .param("asOf", asOf)
        .query(
            rs -> {
              counts.put(UnitType.valueOf(rs.getString(1)), rs.getLong(2));
            });
    return counts;
  }

  /** Units whose successor links start from the version in force on {@code asOf}. */
  public List<CrosswalkLink> successors(Unit unit) {
    return Crosswalks.successors(jdbc, unit);
  }

  /** Units whose links end in the version {@code unit}. */
  public List<CrosswalkLink> predecessors(Unit unit) {
    return Crosswalks.predecessors(jdbc, unit);
  }

  /**
   * Units whose name matches without diacritics ("cho don" finds "Chợ Đồn"), in force on {@code
   * asOf} first, then those of other periods; provinces before districts before communes.
   */
  public List<UnitSearchHit> search(String query, LocalDate asOf, int limit) {
    return UnitSearch.search(jdbc, query, asOf, limit);
  }
}
