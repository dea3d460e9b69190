package vn.cbcs.units.load;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cbcs.units.CrosswalkKind;

/**
 * Loads the statistics office's old → new conversion table of 1-7-2025 ("Bảng chuyển đổi ĐVHC mới –
 * cũ") as commune-level crosswalk links, reconciling its known wrinkles against the unit lists:
 * codes that differ between official sources are repaired by name within the district (old side) or
 * province (new side), and every repair is reported. Province- and district-level links are then
 * derived from the commune links.
 */
@Component
class ConversionTableLoader {

  private static final Pattern CODE_IN_PARENS = Pattern.compile("\\((\\d{2,3})\\)\\s*$");

  private final JdbcTemplate jdbc;

  ConversionTableLoader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void apply(int datasetId, String csv, LocalDate effective, LoadReport report) {
    LocalDate before = effective.minusDays(1);
    Map<String, KnownUnit> oldCommunes = units("COMMUNE", before);
    Map<String, KnownUnit> oldDistricts = units("DISTRICT", before);
    Map<String, KnownUnit> newCommunes = units("COMMUNE", effective);
    if (oldCommunes.isEmpty() || newCommunes.isEmpty()) {
      throw new IllegalStateException("Load both unit lists before the conversion table");
    }
    Map<String, List<KnownUnit>> oldByName = byName(oldCommunes);
    Map<String, List<KnownUnit>> newByName = byName(newCommunes);
    Map<String, Link> links = new LinkedHashMap<>();
    List<List<String>> rows = CsvReader.parse(csv);
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      int line = i + 1;
      if (i < 2 || row.size() < 8) {
        continue; // two header rows
      }
      String newCode = NameKey.clean(row.get(2));
      String oldCode = NameKey.clean(row.get(4));
      if (newCode.isEmpty() && oldCode.isEmpty()) {
        continue; // a province section row
      }
      report.count("table rows", 1);
      String note = NameKey.clean(row.get(5));
      String successor =
          resolveNew(
              newCode,
              NameKey.clean(row.get(1)),
              provinceOf(row.get(0)),
              newCommunes,
              newByName,
              line,
              report);
      if (successor == null) {
        continue;
      }
      String predecessor;
      if (oldCode.isEmpty()) {
        predecessor = wholeDistrict(row, note, oldDistricts, line, report);
      } else {
        predecessor =
            resolveOld(
                oldCode,
                NameKey.clean(row.get(3)),
                districtOf(row.get(6)),
                oldCommunes,
                oldByName,
                line,
                report);
      }
      if (predecessor == null) {
        continue;
      }
      CrosswalkKind kind = kindOf(note, line, report);
      Link link = new Link(predecessor, successor, kind, note);
      Link earlier = links.putIfAbsent(link.key(), link);
      if (earlier != null) {
        report.note(
            "Repeated pairs (first kept)",
            "row " + line + ": " + predecessor + " → " + successor + " (" + note + ")");
      }
    }
    coverage(links.values(), oldCommunes, newCommunes, report);
    List<Object[]> batch = new ArrayList<>();
    for (Link l : links.values()) {
      batch.add(
          new Object[] {
            l.from(), l.to(), Date.valueOf(effective), l.kind().name(), l.note(), false, datasetId
          });
    }
    List<Link> derived = DerivedLinks.derive(links.values(), oldCommunes, newCommunes);
    for (Link l : derived) {
      if (!links.containsKey(l.key())) {
        batch.add(
            new Object[] {
              l.from(), l.to(), Date.valueOf(effective), l.kind().name(), l.note(), true, datasetId
            });
        report.count("derived links (province and district)", 1);
      }
    }
    jdbc.batchUpdate(
        "INSERT INTO unit_crosswalk (predecessor_code, successor_code, effective_date, kind, note,"
            + " derived, dataset_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        batch);
    report.count("commune links", links.size());
  }

  // --- resolution of each side -------------------------------------------------------------

  private String resolveNew(
      String code,
      String name,
      String province,
      Map<String, KnownUnit> units,
      Map<String, List<KnownUnit>> index,
      int line,
      LoadReport report) {
    KnownUnit unit = units.get(code);
    if (unit != null) {
      return code;
    }
    KnownUnit byName = findByName(index, name, k -> k.provinceCode().equals(province));
    if (byName != null) {
      report.note(
          "New codes repaired by name within the province",
          "row " + line + ": " + name + " " + code + " → " + byName.code());
      return byName.code();
    }
    report.note(
        "Rows skipped: new commune not in the unit list", "row " + line + ": " + name + " " + code);
    return null;
  }

  private String resolveOld(
      String code,
      String name,
      String district,
      Map<String, KnownUnit> units,
      Map<String, List<KnownUnit>> index,
      int line,
      LoadReport report) {
    KnownUnit unit = units.get(code);
    if (unit != null && NameKey.loose(unit.fullName()).equals(NameKey.loose(name))) {
      return code;
    }
    KnownUnit byName = findByName(index, name, k -> k.parentCode().equals(district));
    if (byName != null && !byName.code().equals(code)) {
      report.note(
          "Old codes repaired by name within the district",
          "row "
              + line
              + ": "
              + name
              + " "
              + code
              + " → "
              + byName.code()
              + (unit == null ? "" : " (" + code + " is " + unit.fullName() + ")"));
      return byName.code();
    }
    if (unit != null) {
      report.note(
          "Old names spelled differently (code kept)",
          "row " + line + ": " + code + " '" + name + "' / '" + unit.fullName() + "'");
      return code;
    }
    report.note(
        "Rows skipped: old commune not in the unit list", "row " + line + ": " + name + " " + code);
    return null;
  }

  /** Rows without an old commune: a whole island district became a đặc khu. */
  private String wholeDistrict(
      List<String> row,
      String note,
      Map<String, KnownUnit> districts,
      int line,
      LoadReport report) {
    String district = districtOf(row.get(6));
    if (note.toLowerCase(Locale.ROOT).startsWith("sắp xếp toàn bộ huyện")
        && districts.containsKey(district)) {
      report.note(
          "Whole districts turned into a đặc khu",
          "row "
              + line
              + ": "
              + districts.get(district).fullName()
              + " "
              + district
              + " → "
              + NameKey.clean(row.get(1)));
      return district;
    }
    report.note(
        "Rows skipped: no old unit",
        "row "
            + line
            + ": "
            + NameKey.clean(row.get(3))
            + " → "
            + NameKey.clean(row.get(1))
            + " ("
            + note
            + ")");
    return null;
  }

  static CrosswalkKind kindOf(String note, int line, LoadReport report) {
    String n = NameKey.plain(note);
    if (n.startsWith("giu nguyen")) {
      return CrosswalkKind.UNCHANGED;
    }
    if (n.contains("mot phan") || n.startsWith("phan con lai")) {
      return CrosswalkKind.PARTIAL;
    }
    if (n.startsWith("nhap toan bo")
        || n.startsWith("sap xep toan bo")
        || n.equals("doi ten")
        || n.equals("doi loai hinh")) {
      return CrosswalkKind.FULL;
    }
    report.note("Unknown notes read as PARTIAL", "row " + line + ": " + note);
    return CrosswalkKind.PARTIAL;
  }

  private static void coverage(
      java.util.Collection<Link> links,
      Map<String, KnownUnit> oldCommunes,
      Map<String, KnownUnit> newCommunes,
      LoadReport report) {
    java.util.Set<String> from = new java.util.HashSet<>();
    java.util.Set<String> to = new java.util.HashSet<>();
    links.forEach(
        l -> {
          from.add(l.from());
          to.add(l.to());
        });
    oldCommunes.values().stream()
        .filter(k -> !from.contains(k.code()))
        .forEach(
            k ->
                report.note(
                    "Old communes with no successor in the table", k.code() + " " + k.fullName()));
    newCommunes.values().stream()
        .filter(k -> !to.contains(k.code()))
        .forEach(
            k ->
                report.note(
                    "New communes with no predecessor in the table",
                    k.code() + " " + k.fullName()));
  }

  // --- lookups --------------------------------------------------------------------------------

  private Map<String, KnownUnit> units(String level, LocalDate on) {
    Map<String, KnownUnit> map = new HashMap<>();
    jdbc.query(
        "SELECT code, full_name, parent_code, split_part(path, '/', 1) FROM unit WHERE level = ?"
            + " AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)",
        rs -> {
          map.put(
              rs.getString(1),
              new KnownUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        },
        level,
        Date.valueOf(on),
        Date.valueOf(on));
    return map;
  }

  /** The units of a map by {@link NameKey#loose} name, each list in the map's iteration order. */
  private static Map<String, List<KnownUnit>> byName(Map<String, KnownUnit> units) {
    Map<String, List<KnownUnit>> index = new HashMap<>();
    for (KnownUnit k : units.values()) {
      index.computeIfAbsent(NameKey.loose(k.fullName()), x -> new ArrayList<>()).add(k);
    }
    return index;
  }

  private static KnownUnit findByName(
      Map<String, List<KnownUnit>> index,
      String name,
      java.util.function.Predicate<KnownUnit> where) {
    List<KnownUnit> found =
        index.getOrDefault(NameKey.loose(name), List.of()).stream().filter(where).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  private static String provinceOf(String cell) {
    Matcher m = CODE_IN_PARENS.matcher(NameKey.clean(cell));
    return m.find() ? m.group(1) : "";
  }

  private static String districtOf(String cell) {
    return provinceOf(cell);
  }
}
