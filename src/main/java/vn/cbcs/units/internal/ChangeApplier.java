package vn.cbcs.units.internal;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.units.UnitChange;

/**
 * Turns the changes in force into unit versions and crosswalk links. The map of a set of codes is
 * recomputed from scratch: the versions and links that changes made are removed, the versions of
 * the official lists that changes shortened or renamed are put back as the lists loaded them
 * ({@code unit_base_image}), and every change in force naming one of those codes — or a code linked
 * to them through another change — is applied again in the order the changes took effect. A
 * correction or a withdrawal is therefore exact, whatever was recorded after it.
 *
 * <p>Applying a change with effective date E: each predecessor gets a version ending on E − 1 with
 * the name, kind and parent the change gives (the version of the official list that covered that
 * day is cut there; if none did, one is inserted, from the day after the code's previous version,
 * or from an unknown date); each successor gets a version from E with its name, kind and parent
 * (the list's version covering E starts there; a code that was also a predecessor continues until
 * the end of the version it had). Then the links are written with E as their date.
 *
 * <p>The changes are applied in memory, on the versions of the codes concerned and of their parents
 * read at once, and the result is written in a few batched statements (issue 18: the 402 shipped
 * changes of the national history took one or more round trips per unit each).
 */
@Component
public class ChangeApplier {

  /** The parameters' types of the batched statements that write the map, in their order. */
  private static final int[] UNIT_UPDATE =
      varchars(8, Types.DATE, Types.DATE, Types.INTEGER, Types.BIGINT);

  private static final int[] UNIT_INSERT =
      varchars(9, Types.DATE, Types.DATE, Types.INTEGER, Types.BIGINT);

  private static final int[] LINK_INSERT = {
    Types.VARCHAR,
    Types.VARCHAR,
    Types.DATE,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.INTEGER,
    Types.BIGINT
  };

  /** {@code n} VARCHAR parameters, then {@code then}. */
  private static int[] varchars(int n, int... then) {
    int[] types = new int[n + then.length];
    java.util.Arrays.fill(types, 0, n, Types.VARCHAR);
    System.arraycopy(then, 0, types, n, then.length);
    return types;
  }

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final ChangeRows rows;

  ChangeApplier(JdbcClient jdbc, JdbcTemplate template, ChangeRows rows) {
    this.jdbc = jdbc;
    this.template = template;
    this.rows = rows;
  }

  /**
   * Recomputes the versions and links of {@code seeds} and of every code connected to them by a
   * change in force; returns the codes recomputed. Runs in the caller's transaction.
   */
  public Set<String> recompute(Set<String> seeds) {
    jdbc.sql("SET CONSTRAINTS unit_versions_do_not_overlap DEFERRED").update();
    Set<String> family = new HashSet<>(seeds);
    List<UnitChange> changes = List.of();
    for (int size = -1; size != family.size(); ) {
      size = family.size();
      changes = rows.inForceInvolving(family);
      for (UnitChange c : changes) {
        family.addAll(c.codes());
        c.links().forEach(l -> family.add(l.from()));
        c.links().forEach(l -> family.add(l.to()));
      }
    }
    List<String> codes = List.copyOf(family);
    jdbc.sql(
            "DELETE FROM unit_crosswalk WHERE change_id IS NOT NULL AND (predecessor_code IN"
                + " (:codes) OR successor_code IN (:codes))")
        .param("codes", codes)
        .update();
    jdbc.sql("DELETE FROM unit WHERE change_id IS NOT NULL AND code IN (:codes)")
        .param("codes", codes)
        .update();
    jdbc.sql(
            "UPDATE unit u SET (level, type, name, full_name, name_en, full_name_en, parent_code,"
                + " path, valid_from, valid_to, dataset_id, ended_by, change_id) = (r.level,"
                + " r.type, r.name, r.full_name, r.name_en, r.full_name_en, r.parent_code, r.path,"
                + " r.valid_from, r.valid_to, r.dataset_id, r.ended_by, NULL) FROM"
                + " unit_base_image i CROSS JOIN LATERAL jsonb_populate_record(NULL::unit, i.image)"
                + " r WHERE u.id = i.unit_id AND u.code IN (:codes)")
        .param("codes", codes)
        .update();
    if (!changes.isEmpty()) {
      Versions map = read(codes, changes);
      Map<Long, Integer> datasets = datasetsOf(changes);
      for (UnitChange c : changes) {
        apply(map, c, datasets.get(c.versionId()));
      }
      write(map);
    }
    jdbc.sql("SET CONSTRAINTS unit_versions_do_not_overlap IMMEDIATE").update();
    return family;
  }

  private Map<Long, Integer> datasetsOf(List<UnitChange> changes) {
    Map<Long, Integer> out = new HashMap<>();
    jdbc.sql("SELECT id, dataset_id FROM unit_change WHERE id IN (:ids)")
        .param("ids", changes.stream().map(UnitChange::versionId).toList())
        .query(
            rs -> {
              out.put(rs.getLong(1), (Integer) rs.getObject(2));
            });
    return out;
  }

  /** A version of a code as it stands during the recomputation. */
  private static final class Version {
    final Long id; // null: inserted by this recomputation
    final String code;
    final boolean base; // a version of an official list (no change made it)
    String level;
    String type;
    String name;
    String fullName;
    String nameEn;
    String fullNameEn;
    String parentCode;
    String path;
    LocalDate from;
    LocalDate to;
    Integer datasetId;
    Integer endedBy;
    Long changeId;
    boolean changed;

    Version(Long id, String code, boolean base) {
      this.id = id;
      this.code = code;
      this.base = base;
    }

    boolean covers(LocalDate day) {
      return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }

    void take(UnitChange.Part p, String path) {
      this.level = p.type().level().name();
      this.type = p.type().name();
      this.name = p.name();
      this.fullName = p.fullName();
      this.nameEn = p.nameEn();
      this.fullNameEn = p.fullNameEn();
      this.parentCode = p.parentCode();
      this.path = path;
      this.changed = true;
    }
  }

  /**
   * The versions of the codes recomputed (locked, as the row-by-row recomputation locked each it
   * touched) and of their parents, the versions inserted, and the links and images to write.
   */
  private static final class Versions {
    final Map<String, List<Version>> byCode = new HashMap<>();
    final List<Version> inserted = new ArrayList<>();
    final Set<Long> imaged = new LinkedHashSet<>();
    final List<Object[]> links = new ArrayList<>();

    List<Version> of(String code) {
      return byCode.getOrDefault(code, List.of());
    }
  }

  private Versions read(List<String> codes, List<UnitChange> changes) {
    Versions map = new Versions();
    Set<String> family = new HashSet<>(codes);
    Set<String> parents = new HashSet<>();
    for (UnitChange c : changes) {
      c.predecessors().forEach(p -> parents.add(p.parentCode()));
      c.successors().forEach(p -> parents.add(p.parentCode()));
    }
    parents.remove(null);
    parents.removeAll(family);
    String select =
        "SELECT id, code, change_id IS NULL, level, type, name, full_name, name_en,"
            + " full_name_en, parent_code, path, valid_from, valid_to, dataset_id, ended_by,"
            + " change_id FROM unit WHERE code IN (:codes) ORDER BY id";
    read(map, select + " FOR UPDATE", codes);
    if (!parents.isEmpty()) {
      read(map, select, List.copyOf(parents));
    }
    return map;
  }

  private void read(Versions map, String sql, List<String> codes) {
    jdbc.sql(sql)
        .param("codes", codes)
        .query(
            rs -> {
              Version v = new Version(rs.getLong(1), rs.getString(2), rs.getBoolean(3));
              v.level = rs.getString(4);
              v.type = rs.getString(5);
              v.name = rs.getString(6);
              v.fullName = rs.getString(7);
              v.nameEn = rs.getString(8);
              v.fullNameEn = rs.getString(9);
              v.parentCode = rs.getString(10);
              v.path = rs.getString(11);
              v.from = rs.getObject(12, LocalDate.class);
              v.to = rs.getObject(13, LocalDate.class);
              v.datasetId = (Integer) rs.getObject(14);
              v.endedBy = (Integer) rs.getObject(15);
              v.changeId = (Long) rs.getObject(16);
              map.byCode.computeIfAbsent(v.code, k -> new ArrayList<>()).add(v);
            });
  }

  private static void apply(Versions map, UnitChange c, Integer datasetId) {
    LocalDate e = c.effectiveDate();
    LocalDate before = e.minusDays(1);
    // codes that are also successors continue after E until the end of the version they had
    Map<String, Optional<LocalDate>> tails = new HashMap<>();
    for (UnitChange.Part p : c.predecessors()) {
      String path = path(map, p.parentCode(), before) + "/" + p.code();
      Version v = versionOn(map, p.code(), before);
      if (v != null) {
        image(map, v);
        if (v.to == null || v.to.isAfter(before)) {
          tails.put(p.code(), Optional.ofNullable(v.to));
        }
        v.to = before;
        v.endedBy = null;
        v.take(p, path);
      } else {
        LocalDate start =
            map.of(p.code()).stream()
                .map(w -> w.to)
                .filter(to -> to != null && to.isBefore(before))
                .max(LocalDate::compareTo)
                .map(to -> to.plusDays(1))
                .orElse(null);
        insert(map, p, path, start, before, datasetId, c.versionId());
      }
    }
    for (UnitChange.Part s : c.successors()) {
      String path = path(map, s.parentCode(), e) + "/" + s.code();
      Version w = versionOn(map, s.code(), e);
      if (w != null) {
        image(map, w);
        w.from = e;
        w.take(s, path);
      } else {
        LocalDate end;
        if (tails.containsKey(s.code())) {
          end = tails.get(s.code()).orElse(null);
        } else {
          end =
              map.of(s.code()).stream()
                  .map(v -> v.from)
                  .filter(from -> from != null && from.isAfter(e))
                  .min(LocalDate::compareTo)
                  .map(from -> from.minusDays(1))
                  .orElse(null);
        }
        insert(map, s, path, e, end, datasetId, c.versionId());
      }
    }
    for (UnitChange.Link l : c.links()) {
      map.links.add(
          new Object[] {
            l.from(), l.to(), Date.valueOf(e), l.kind().name(), l.note(), datasetId, c.versionId()
          });
    }
  }

  private static void insert(
      Versions map,
      UnitChange.Part p,
      String path,
      LocalDate from,
      LocalDate to,
      Integer datasetId,
      long changeVersionId) {
    Version v = new Version(null, p.code(), false);
    v.take(p, path);
    v.from = from;
    v.to = to;
    v.datasetId = datasetId;
    v.changeId = changeVersionId;
    map.byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(v);
    map.inserted.add(v);
  }

  /** The version of a code in force on a day. */
  private static Version versionOn(Versions map, String code, LocalDate day) {
    for (Version v : map.of(code)) {
      if (v.covers(day)) {
        return v;
      }
    }
    return null;
  }

  /** Keeps the version of an official list as loaded, the first time a change alters it. */
  private static void image(Versions map, Version v) {
    if (v.base && v.id != null) {
      map.imaged.add(v.id);
    }
  }

  private static String path(Versions map, String parentCode, LocalDate day) {
    List<Version> found = map.of(parentCode).stream().filter(v -> v.covers(day)).toList();
    if (found.size() > 1) {
      throw new IncorrectResultSizeDataAccessException(1, found.size());
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("Parent " + parentCode + " is not on the map on " + day);
    }
    return found.get(0).path;
  }

  private void write(Versions map) {
    if (!map.imaged.isEmpty()) {
      // the rows are still as the official lists loaded them: nothing is written to unit before
      jdbc.sql(
              "INSERT INTO unit_base_image (unit_id, image) SELECT id, to_jsonb(u) FROM unit u"
                  + " WHERE id IN (:ids) ON CONFLICT (unit_id) DO NOTHING")
          .param("ids", List.copyOf(map.imaged))
          .update();
    }
    List<Object[]> updates = new ArrayList<>();
    for (List<Version> versions : map.byCode.values()) {
      for (Version v : versions) {
        if (v.id != null && v.changed) {
          updates.add(
              new Object[] {
                v.level,
                v.type,
                v.name,
                v.fullName,
                v.nameEn,
                v.fullNameEn,
                v.parentCode,
                v.path,
                date(v.from),
                date(v.to),
                v.endedBy,
                v.id
              });
        }
      }
    }
    template.batchUpdate(
        "UPDATE unit SET level = ?, type = ?, name = ?, full_name = ?, name_en = ?,"
            + " full_name_en = ?, parent_code = ?, path = ?, valid_from = ?, valid_to = ?,"
            + " ended_by = ? WHERE id = ?",
        updates,
        UNIT_UPDATE);
    List<Object[]> inserts = new ArrayList<>();
    for (Version v : map.inserted) {
      inserts.add(
          new Object[] {
            v.code,
            v.level,
            v.type,
            v.name,
            v.fullName,
            v.nameEn,
            v.fullNameEn,
            v.parentCode,
            v.path,
            date(v.from),
            date(v.to),
            v.datasetId,
            v.changeId
          });
    }
    template.batchUpdate(
        "INSERT INTO unit (code, level, type, name, full_name, name_en, full_name_en,"
            + " parent_code, path, valid_from, valid_to, dataset_id, change_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        inserts,
        UNIT_INSERT);
    template.batchUpdate(
        "INSERT INTO unit_crosswalk (predecessor_code, successor_code, effective_date, kind,"
            + " note, derived, dataset_id, change_id) VALUES (?, ?, ?, ?, ?, false, ?, ?)",
        map.links,
        LINK_INSERT);
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
