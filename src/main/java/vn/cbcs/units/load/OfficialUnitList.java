package vn.cbcs.units.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cbcs.units.UnitType;

/**
 * Reads the official unit lists as published by thanglequoc/vietnamese-provinces-database (the
 * {@code *_ImportData.sql} files): tables {@code administrative_units}, {@code provinces}, {@code
 * districts} and {@code wards}. Only the INSERT statements are read; nothing is executed.
 */
final class OfficialUnitList {

  /** One unit of a list; {@code parentCode} is null for provinces. */
  record Row(
      String code,
      String name,
      String nameEn,
      String fullName,
      String fullNameEn,
      UnitType type,
      String parentCode) {}

  private static final Pattern INSERT =
      Pattern.compile("INSERT INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*VALUES", Pattern.CASE_INSENSITIVE);

  private static final Map<String, UnitType> TYPE_BY_CODE_NAME =
      Map.ofEntries(
          Map.entry("thanh_pho_truc_thuoc_trung_uong", UnitType.THANH_PHO_TRUC_THUOC_TW),
          Map.entry("tinh", UnitType.TINH),
          Map.entry(
              "thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong", UnitType.THANH_PHO_THUOC_TP_TW),
          Map.entry("thanh_pho_thuoc_tinh", UnitType.THANH_PHO_THUOC_TINH),
          Map.entry("quan", UnitType.QUAN),
          Map.entry("thi_xa", UnitType.THI_XA),
          Map.entry("huyen", UnitType.HUYEN),
          Map.entry("phuong", UnitType.PHUONG),
          Map.entry("thi_tran", UnitType.THI_TRAN),
          Map.entry("xa", UnitType.XA),
          Map.entry("dac_khu", UnitType.DAC_KHU));

  private OfficialUnitList() {}

  static List<Row> parse(String sql) {
    Map<String, List<Map<String, String>>> tables = new HashMap<>();
    Matcher m = INSERT.matcher(sql);
    int pos = 0;
    while (m.find(pos)) {
      String table = m.group(1).toLowerCase(java.util.Locale.ROOT);
      List<String> columns = new ArrayList<>();
      for (String c : m.group(2).split(",")) {
        columns.add(c.trim().replace("\"", "").toLowerCase(java.util.Locale.ROOT));
      }
      TupleReader reader = new TupleReader(sql, m.end());
      List<Map<String, String>> rows = tables.computeIfAbsent(table, t -> new ArrayList<>());
      for (List<String> tuple : reader.readAll()) {
        if (tuple.size() != columns.size()) {
          throw new IllegalArgumentException(
              "Row of "
                  + table
                  + " has "
                  + tuple.size()
                  + " values for "
                  + columns.size()
                  + " columns");
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          row.put(columns.get(i), tuple.get(i));
        }
        rows.add(row);
      }
      pos = reader.position();
    }
    Map<String, UnitType> types = new HashMap<>();
    for (Map<String, String> t : tables.getOrDefault("administrative_units", List.of())) {
      UnitType type = TYPE_BY_CODE_NAME.get(t.get("code_name"));
      if (type == null) {
        throw new IllegalArgumentException(
            "Unknown administrative unit type " + t.get("code_name"));
      }
      types.put(t.get("id"), type);
    }
    List<Row> result = new ArrayList<>();
    addRows(result, tables.get("provinces"), types, null);
    addRows(result, tables.get("districts"), types, "province_code");
    List<Map<String, String>> wards = tables.getOrDefault("wards", List.of());
    String wardParent =
        !wards.isEmpty() && wards.get(0).containsKey("district_code")
            ? "district_code"
            : "province_code";
    addRows(result, wards, types, wardParent);
    return result;
  }

  private static void addRows(
      List<Row> out,
      List<Map<String, String>> rows,
      Map<String, UnitType> types,
      String parentColumn) {
    if (rows == null) {
      return;
    }
    for (Map<String, String> r : rows) {
      UnitType type = types.get(r.get("administrative_unit_id"));
      if (type == null) {
        throw new IllegalArgumentException("Unit " + r.get("code") + " has no known type");
      }
      out.add(
          new Row(
              r.get("code"),
              r.get("name"),
              r.get("name_en"),
              r.get("full_name"),
              r.get("full_name_en"),
              type,
              parentColumn == null ? null : r.get(parentColumn)));
    }
  }

  /** Reads {@code (v, v, ...), (...);} with SQL string literals, numbers and NULL. */
  private static final class TupleReader {
    private final String s;
    private int i;

    TupleReader(String s, int start) {
      this.s = s;
      this.i = start;
    }

    int position() {
      return i;
    }

    List<List<String>> readAll() {
      List<List<String>> tuples = new ArrayList<>();
      while (true) {
        skipSpace();
        char c = s.charAt(i);
        if (c == '(') {
          tuples.add(tuple());
        } else if (c == ',') {
          i++;
        } else if (c == ';') {
          i++;
          return tuples;
        } else {
          throw new IllegalArgumentException("Unexpected '" + c + "' at offset " + i);
        }
      }
    }

    private List<String> tuple() {
      i++; // (
      List<String> values = new ArrayList<>();
      while (true) {
        skipSpace();
        char c = s.charAt(i);
        if (c == '\'') {
          values.add(string());
        } else {
          int start = i;
          while (s.charAt(i) != ',' && s.charAt(i) != ')') {
            i++;
          }
          String raw = s.substring(start, i).trim();
          values.add(raw.equalsIgnoreCase("NULL") ? null : raw);
        }
        skipSpace();
        char next = s.charAt(i++);
        if (next == ')') {
          return values;
        }
        if (next != ',') {
          throw new IllegalArgumentException("Expected ',' or ')' at offset " + (i - 1));
        }
      }
    }

    private String string() {
      StringBuilder sb = new StringBuilder();
      i++; // opening quote
      while (true) {
        char c = s.charAt(i++);
        if (c == '\'') {
          if (i < s.length() && s.charAt(i) == '\'') {
            sb.append('\'');
            i++;
          } else {
            return sb.toString();
          }
        } else {
          sb.append(c);
        }
      }
    }

    private void skipSpace() {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-') {
          while (i < s.length() && s.charAt(i) != '\n') {
            i++;
          }
        } else {
          return;
        }
      }
    }
  }
}
