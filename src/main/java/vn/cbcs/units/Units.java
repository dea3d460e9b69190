package vn.cbcs.units;

import java.time.LocalDate;
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

  /** Strictly under a unit: its materialised path's range ({@link UnitRows#subtreeStart}). */
  private static final String SUBTREE = "u.path >= :start AND u.path < :end";

  /** More levels than the map has (province, district, commune): a guard against a loop. */
  private static final int MAX_DEPTH = 8;

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

  /**
   * The version of {@code code} in force on {@code date}, else the one closest to it in time: the
   * last that ended before it, else the first that began after it.
   */
  public Optional<Unit> nearest(String code, LocalDate date) {
    Optional<Unit> inForce = find(code, date);
    if (inForce.isPresent()) {
      return inForce;
    }
    List<Unit> versions = versions(code);
    return versions.stream()
        .filter(u -> u.validTo() != null && u.validTo().isBefore(date))
        .max(java.util.Comparator.comparing(Unit::validTo))
        .or(
            () ->
                versions.stream()
                    .filter(u -> u.validFrom() != null)
                    .min(java.util.Comparator.comparing(Unit::validFrom)));
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
    return unit.parentCode() == null ? List.of() : lineage(unit.parentCode(), asOf);
  }

  /**
   * The version of {@code code} in force on {@code asOf} and its parents as of that date, the
   * province first and the unit last; empty when the unit is not in force then.
   */
  public List<Unit> lineage(String code, LocalDate asOf) {
    At at = new At(code, asOf);
    return lineages(List.of(at)).get(at);
  }

  /** A unit's code and a date, for {@link #lineages}. */
  public record At(String code, LocalDate asOf) {}

  /**
   * The lineage of each code on its date ({@link #lineage}), all in one statement: it follows the
   * parents of every start at once, each the version of its code in force on the start's date, as
   * far as they go — what asking for each parent in turn gave, one statement per level and unit.
   * Every start given has an answer (empty when its unit is not in force on its date).
   */
  public Map<At, List<Unit>> lineages(java.util.Collection<At> starts) {
    List<At> distinct = List.copyOf(new java.util.LinkedHashSet<>(starts));
    Map<At, List<Unit>> lines = new LinkedHashMap<>();
    distinct.forEach(at -> lines.put(at, new java.util.ArrayList<>()));
    if (distinct.isEmpty()) {
      return lines;
    }
    jdbc.sql(
            "WITH RECURSIVE line AS (SELECT s.k, s.as_of, "
                + UnitRows.COLUMNS
                + ", 0 AS depth FROM unnest(CAST(:codes AS text[]), CAST(:dates AS date[]))"
                + " WITH ORDINALITY AS s(code, as_of, k) JOIN unit u ON u.code = s.code WHERE "
                + UnitRows.inForceOn("s.as_of")
                + " UNION ALL SELECT c.k, c.as_of, "
                + UnitRows.COLUMNS
                + ", c.depth + 1 FROM line c JOIN unit u ON u.code = c.parent_code"
                + " WHERE c.depth < :deepest AND "
                + UnitRows.inForceOn("c.as_of")
                + ") SELECT u.k, "
                + UnitRows.COLUMNS
                + " FROM line u ORDER BY u.k, u.depth DESC")
        .param("codes", distinct.stream().map(At::code).toArray(String[]::new))
        .param(
            "dates",
            distinct.stream()
                .map(at -> at.asOf() == null ? null : at.asOf().toString())
                .toArray(String[]::new))
        .param("deepest", MAX_DEPTH)
        .query(
            rs -> {
              lines.get(distinct.get((int) rs.getLong(1) - 1)).add(UnitRows.map(rs, 1));
            });
    lines.replaceAll((at, line) -> List.copyOf(line));
    return lines;
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

  /**
   * Communes under each child of a unit (or each province), keyed by child code: one range scan of
   * the parent's subtree, grouped by the path segment of the child.
   */
  public Map<String, Long> communeCountsOfChildren(String parentCode, LocalDate asOf) {
    Map<String, Long> counts = new LinkedHashMap<>();
    String range = "";
    int depth = 1;
    Unit parent = null;
    if (parentCode != null) {
      parent = find(parentCode, asOf).orElse(null);
      if (parent == null) {
        return counts;
      }
      depth = parent.path().split("/").length + 1;
      range = " AND u.path >= :start AND u.path < :end";
    }
    var spec =
        jdbc.sql(
                "SELECT split_part(u.path, '/', :depth), count(*) FROM unit u"
                    + " WHERE u.level = 'COMMUNE' AND "
                    + UnitRows.IN_FORCE
                    + range
                    + " GROUP BY 1")
            .param("depth", depth)
            .param("asOf", asOf);
    if (parent != null) {
      spec =
          spec.param("start", UnitRows.subtreeStart(parent.path()))
              .param("end", UnitRows.subtreeEnd(parent.path()));
    }
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

  /** The official lists loaded, in load order, with the loader's report. */
  public List<UnitDataset> datasets() {
    return jdbc.sql(
            "SELECT name, source, effective_from, loaded_at, checksum, report FROM unit_dataset"
                + " ORDER BY id")
        .query(
            (rs, i) ->
                new UnitDataset(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getTimestamp(4).toInstant(),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  /** Codes of every province ever loaded (the 63 before 1-7-2025 include the 34 after). */
  public java.util.Set<String> provinceCodesEver() {
    return java.util.Set.copyOf(
        jdbc.sql("SELECT DISTINCT code FROM unit WHERE level = 'PROVINCE'")
            .query(String.class)
            .list());
  }

  /**
   * The communes in force on {@code asOf} that cover the ground of {@code unit}: its own communes
   * when it is in force on that date, otherwise the communes its communes became (or came from),
   * following the official crosswalk. "Former Bắc Kạn in 2026" is the new communes that Bắc Kạn's
   * communes merged into; they may also cover ground of a neighbouring former province.
   */
  public List<Unit> communesCovering(Unit unit, LocalDate asOf) {
    if (unit.inForceOn(asOf)) {
      return communesUnder(unit, asOf);
    }
    LocalDate from;
    if (unit.validTo() != null && asOf.isAfter(unit.validTo())) {
      from = unit.validTo();
    } else if (unit.validFrom() != null) {
      from = unit.validFrom();
    } else {
      return List.of();
    }
    return Correspondence.communes(jdbc, communesUnder(unit, from), from, asOf);
  }

  /**
   * Whether an access covers the ground of a unit on a date: unrestricted access covers all; a
   * scope covers the communes of that date that cover its own ground (the same geometry as the
   * security module's {@code Visibility}, which the units module cannot depend on).
   */
  public boolean covers(vn.cbcs.platform.Access access, Unit unit, LocalDate asOf) {
    return covers(groundOf(access, asOf), unit, asOf);
  }

  /**
   * The communes of a date that an access covers (its scopes' ground, followed through the
   * crosswalk); null for unrestricted access. Computed once, it answers {@link
   * #covers(java.util.Set, Unit, LocalDate)} for many units of that date.
   */
  public java.util.Set<String> groundOf(vn.cbcs.platform.Access access, LocalDate asOf) {
    if (access.unrestricted()) {
      return null;
    }
    java.util.Set<String> ground = new java.util.HashSet<>();
    for (String scope : access.scopes()) {
      nearest(scope, vn.cbcs.platform.AsOf.today())
          .ifPresent(s -> communesCovering(s, asOf).forEach(c -> ground.add(c.code())));
    }
    return ground;
  }

  /** Whether a ground of {@link #groundOf} (null: everything) covers a unit on its date. */
  public boolean covers(java.util.Set<String> ground, Unit unit, LocalDate asOf) {
    if (ground == null) {
      return true;
    }
    List<Unit> communes = communesCovering(unit, asOf);
    return !communes.isEmpty() && communes.stream().allMatch(c -> ground.contains(c.code()));
  }

  /** The unit and every unit under it, of every level, in force on a date (one range scan). */
  public List<Unit> unitsUnder(Unit unit, LocalDate asOf) {
    return inSubtree(unit, asOf, "(u.code = :code OR (" + SUBTREE + "))");
  }

  /** The units of the subtree of {@code unit} that {@code which} keeps, in force, in path order. */
  private List<Unit> inSubtree(Unit unit, LocalDate asOf, String which) {
    return jdbc.sql(SELECT + "WHERE " + which + " AND " + UnitRows.IN_FORCE + " ORDER BY u.path")
        .param("code", unit.code())
        .param("start", UnitRows.subtreeStart(unit.path()))
        .param("end", UnitRows.subtreeEnd(unit.path()))
        .param("asOf", asOf)
        .query((rs, i) -> UnitRows.map(rs, 0))
        .list();
  }

  /** Number of communes of the country in force on a date. */
  public long communeCount(LocalDate asOf) {
    return jdbc.sql(
            "SELECT count(*) FROM unit u WHERE u.level = 'COMMUNE' AND " + UnitRows.IN_FORCE)
        .param("asOf", asOf)
        .query(Long.class)
        .single();
  }

  /** Every commune of the country in force on {@code asOf}, in path order. */
  public List<Unit> communesOn(LocalDate asOf) {
    return jdbc.sql(
            SELECT + "WHERE u.level = 'COMMUNE' AND " + UnitRows.IN_FORCE + " ORDER BY u.path")
        .param("asOf", asOf)
        .query((rs, i) -> UnitRows.map(rs, 0))
        .list();
  }

  /** The communes under a unit (or the unit itself, if a commune) on a date, in path order. */
  public List<Unit> communesUnder(Unit unit, LocalDate asOf) {
    if (unit.level() == UnitLevel.COMMUNE) {
      return List.of(unit);
    }
    return inSubtree(unit, asOf, "u.level = 'COMMUNE' AND " + SUBTREE);
  }
}
