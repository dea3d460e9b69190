package vn.cbcs.units.load;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.UnitType;

/**
 * Applies a complete official list ("snapshot") as the state of the map from a date on, keeping
 * history: a unit whose type, parent or name changed gets a new version from that date and the old
 * one ends the day before; a unit missing from the list ends; a new code starts. Names that differ
 * only in spelling ("Hòa"/"Hoà") are not changes.
 */
@Component
class SnapshotLoader {

  private final JdbcTemplate jdbc;

  SnapshotLoader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** How a snapshot relates to what is already loaded. */
  enum Mode {
    /** The first list, whose units' start dates are unknown: valid_from stays NULL. */
    INITIAL,
    /**
     * A reorganisation: every unit is a new legal entity from the date, even with the same code.
     */
    REFOUNDING,
    /** A later edition: only real changes make new versions, each linked to its predecessor. */
    AMENDMENT
  }

  private record Open(
      long id,
      String code,
      UnitType type,
      String fullName,
      String parentCode,
      LocalDate validFrom) {}

  void apply(
      int datasetId,
      LocalDate effective,
      List<OfficialUnitList.Row> rows,
      Mode mode,
      LoadReport report) {
    Map<String, OfficialUnitList.Row> byCode = new HashMap<>();
    for (OfficialUnitList.Row r : rows) {
      if (byCode.putIfAbsent(r.code(), r) != null) {
        report.note("Duplicate codes ignored", r.code() + " " + r.fullName());
      }
    }
    Map<String, String> paths = paths(byCode, report);
    Map<String, Open> open = openVersions();
    if (mode == Mode.INITIAL && !open.isEmpty()) {
      throw new IllegalStateException("An initial snapshot can only be loaded into an empty map");
    }
    if (mode != Mode.INITIAL) {
      LocalDate latest =
          open.values().stream()
              .map(Open::validFrom)
              .filter(Objects::nonNull)
              .max(LocalDate::compareTo)
              .orElse(null);
      if (latest != null && !effective.isAfter(latest)) {
        throw new IllegalStateException(
            "Snapshot effective " + effective + " is not after the latest change " + latest);
      }
    }
    LocalDate dayBefore = effective == null ? null : effective.minusDays(1);
    List<Object[]> inserts = new ArrayList<>();
    List<Long> closes = new ArrayList<>();
    List<Object[]> links = new ArrayList<>();
    for (OfficialUnitList.Row r : byCode.values()) {
      String path = paths.get(r.code());
      if (path == null) {
        continue;
      }
      Open existing = open.remove(r.code());
      if (existing != null && mode == Mode.AMENDMENT && same(existing, r)) {
        if (!existing.fullName().equals(NameKey.clean(r.fullName()))) {
          report.count("spelling variants kept as they were", 1);
        }
        continue;
      }
      if (existing != null) {
        closes.add(existing.id());
        if (mode == Mode.AMENDMENT) {
          String change = change(existing, r);
          links.add(new Object[] {r.code(), r.code(), Date.valueOf(effective), change, datasetId});
          report.note(
              "Changed",
              r.code()
                  + " "
                  + existing.fullName()
                  + " → "
                  + NameKey.clean(r.fullName())
                  + " ("
                  + change
                  + ")");
        }
      }
      inserts.add(
          new Object[] {
            r.code(),
            r.type().level().name(),
            r.type().name(),
            NameKey.clean(r.name()),
            NameKey.clean(r.fullName()),
            r.nameEn(),
            r.fullNameEn(),
            r.parentCode(),
            path,
            effective == null ? null : Date.valueOf(effective),
            datasetId
          });
      report.count(existing == null ? "units started" : "units with a new version", 1);
    }
    for (Open gone : open.values()) {
      closes.add(gone.id());
      report.count("units ended", 1);
    }
    if (!closes.isEmpty()) {
      // one statement for every version that ends (they all end the day before, by this dataset)
      jdbc.update(
          "UPDATE unit SET valid_to = ?, ended_by = ? WHERE id = ANY (?)",
          ps -> {
            ps.setDate(1, Date.valueOf(dayBefore));
            ps.setInt(2, datasetId);
            ps.setArray(3, ps.getConnection().createArrayOf("bigint", closes.toArray()));
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO unit (code, level, type, name, full_name, name_en, full_name_en, parent_code,"
            + " path, valid_from, dataset_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        inserts);
    jdbc.batchUpdate(
        "INSERT INTO unit_crosswalk (predecessor_code, successor_code, effective_date, kind, note,"
            + " dataset_id) VALUES (?, ?, ?, 'UNCHANGED', ?, ?)",
        links);
    for (UnitLevel level : UnitLevel.values()) {
      report.count(
          "rows in list, " + level.name().toLowerCase(java.util.Locale.ROOT),
          byCode.values().stream().filter(r -> r.type().level() == level).count());
    }
  }

  private Map<String, Open> openVersions() {
    Map<String, Open> open = new HashMap<>();
    jdbc.query(
        "SELECT id, code, type, full_name, parent_code, valid_from FROM unit WHERE valid_to IS NULL",
        rs -> {
          Date from = rs.getDate(6);
          open.put(
              rs.getString(2),
              new Open(
                  rs.getLong(1),
                  rs.getString(2),
                  UnitType.valueOf(rs.getString(3)),
                  rs.getString(4),
                  rs.getString(5),
                  from == null ? null : from.toLocalDate()));
        });
    return open;
  }

  private static boolean same(Open o, OfficialUnitList.Row r) {
    return o.type() == r.type()
        && Objects.equals(o.parentCode(), r.parentCode())
        && NameKey.loose(o.fullName()).equals(NameKey.loose(r.fullName()));
  }

  private static String change(Open o, OfficialUnitList.Row r) {
    List<String> parts = new ArrayList<>();
    if (!NameKey.loose(o.fullName()).equals(NameKey.loose(r.fullName()))) {
      parts.add("Đổi tên");
    }
    if (o.type() != r.type()) {
      parts.add("Đổi loại hình");
    }
    if (!Objects.equals(o.parentCode(), r.parentCode())) {
      parts.add("Đổi đơn vị cấp trên");
    }
    return String.join(", ", parts);
  }

  /** Path of codes from the province down; units whose parent is missing are reported. */
  private static Map<String, String> paths(
      Map<String, OfficialUnitList.Row> byCode, LoadReport report) {
    Map<String, String> paths = new HashMap<>();
    for (OfficialUnitList.Row r : byCode.values()) {
      StringBuilder path = new StringBuilder(r.code());
      OfficialUnitList.Row cur = r;
      boolean ok = true;
      while (cur.parentCode() != null) {
        OfficialUnitList.Row parent = byCode.get(cur.parentCode());
        if (parent == null) {
          report.note("Units whose parent is missing (skipped)", r.code() + " " + r.fullName());
          ok = false;
          break;
        }
        path.insert(0, parent.code() + "/");
        cur = parent;
      }
      if (ok) {
        paths.put(r.code(), path.toString());
      }
    }
    return paths;
  }
}
