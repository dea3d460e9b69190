package vn.cbcs.units.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.units.UnitChange;

/**
 * The recomputation as {@link ChangeApplier} did it before it worked in memory (issue 18: one SQL
 * round trip or more per unit of each change), kept word for word as the reference that {@code
 * ChangeApplierEquivalenceTest} compares the in-memory one with.
 */
class SqlChangeApplier {

  private static final String UNIT_COLUMNS =
      "level, type, name, full_name, name_en, full_name_en, parent_code, path, valid_from,"
          + " valid_to, dataset_id, ended_by, change_id";

  private final JdbcClient jdbc;
  private final ChangeRows rows;

  SqlChangeApplier(JdbcClient jdbc, ChangeRows rows) {
    this.jdbc = jdbc;
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
            "UPDATE unit u SET ("
                + UNIT_COLUMNS
                + ") = (r.level, r.type, r.name, r.full_name, r.name_en, r.full_name_en,"
                + " r.parent_code, r.path, r.valid_from, r.valid_to, r.dataset_id, r.ended_by,"
                + " NULL) FROM unit_base_image i CROSS JOIN LATERAL"
                + " jsonb_populate_record(NULL::unit, i.image) r WHERE u.id = i.unit_id AND"
                + " u.code IN (:codes)")
        .param("codes", codes)
        .update();
    for (UnitChange c : changes) {
      apply(c, datasetOf(c));
    }
    jdbc.sql("SET CONSTRAINTS unit_versions_do_not_overlap IMMEDIATE").update();
    return family;
  }

  private Integer datasetOf(UnitChange c) {
    return jdbc.sql("SELECT dataset_id FROM unit_change WHERE id = ?")
        .param(c.versionId())
        .query(Integer.class)
        .optional()
        .orElse(null);
  }

  private record Version(long id, LocalDate from, LocalDate to, boolean base) {}

  private void apply(UnitChange c, Integer datasetId) {
    LocalDate e = c.effectiveDate();
    LocalDate before = e.minusDays(1);
    // codes that are also successors continue after E until the end of the version they had
    Map<String, Optional<LocalDate>> tails = new HashMap<>();
    for (UnitChange.Part p : c.predecessors()) {
      String path = path(p.parentCode(), before) + "/" + p.code();
      Version v = versionOn(p.code(), before);
      if (v != null) {
        image(v);
        if (v.to() == null || v.to().isAfter(before)) {
          tails.put(p.code(), Optional.ofNullable(v.to()));
        }
        jdbc.sql(
                "UPDATE unit SET valid_to = ?, ended_by = NULL, level = ?, type = ?, name = ?,"
                    + " full_name = ?, name_en = ?, full_name_en = ?, parent_code = ?, path = ?"
                    + " WHERE id = ?")
            .params(
                before,
                p.type().level().name(),
                p.type().name(),
                p.name(),
                p.fullName(),
                p.nameEn(),
                p.fullNameEn(),
                p.parentCode(),
                path,
                v.id())
            .update();
      } else {
        LocalDate start =
            jdbc.sql("SELECT max(valid_to) + 1 FROM unit WHERE code = ? AND valid_to < ?")
                .params(p.code(), before)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        insert(p, path, start, before, datasetId, c.versionId());
      }
    }
    for (UnitChange.Part s : c.successors()) {
      String path = path(s.parentCode(), e) + "/" + s.code();
      Version w = versionOn(s.code(), e);
      if (w != null) {
        image(w);
        jdbc.sql(
                "UPDATE unit SET valid_from = ?, level = ?, type = ?, name = ?, full_name = ?,"
                    + " name_en = ?, full_name_en = ?, parent_code = ?, path = ? WHERE id = ?")
            .params(
                e,
                s.type().level().name(),
                s.type().name(),
                s.name(),
                s.fullName(),
                s.nameEn(),
                s.fullNameEn(),
                s.parentCode(),
                path,
                w.id())
            .update();
      } else {
        LocalDate end;
        if (tails.containsKey(s.code())) {
          end = tails.get(s.code()).orElse(null);
        } else {
          end =
              jdbc.sql("SELECT min(valid_from) - 1 FROM unit WHERE code = ? AND valid_from > ?")
                  .params(s.code(), e)
                  .query(LocalDate.class)
                  .optional()
                  .orElse(null);
        }
        insert(s, path, e, end, datasetId, c.versionId());
      }
    }
    for (UnitChange.Link l : c.links()) {
      jdbc.sql(
              "INSERT INTO unit_crosswalk (predecessor_code, successor_code, effective_date, kind,"
                  + " note, derived, dataset_id, change_id) VALUES (?, ?, ?, ?, ?, false, ?, ?)")
          .params(l.from(), l.to(), e, l.kind().name(), l.note(), datasetId, c.versionId())
          .update();
    }
  }

  private void insert(
      UnitChange.Part p,
      String path,
      LocalDate from,
      LocalDate to,
      Integer datasetId,
      long changeVersionId) {
    jdbc.sql(
            "INSERT INTO unit (code, level, type, name, full_name, name_en, full_name_en,"
                + " parent_code, path, valid_from, valid_to, dataset_id, change_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            p.code(),
            p.type().level().name(),
            p.type().name(),
            p.name(),
            p.fullName(),
            p.nameEn(),
            p.fullNameEn(),
            p.parentCode(),
            path,
            from,
            to,
            datasetId,
            changeVersionId)
        .update();
  }

  /** The version of a code in force on a day, locked. */
  private Version versionOn(String code, LocalDate day) {
    List<Version> found = new ArrayList<>();
    jdbc.sql(
            "SELECT id, valid_from, valid_to, change_id IS NULL FROM unit WHERE code = ?"
                + " AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to"
                + " >= ?) FOR UPDATE")
        .params(code, day, day)
        .query(
            rs -> {
              found.add(
                  new Version(
                      rs.getLong(1),
                      rs.getObject(2, LocalDate.class),
                      rs.getObject(3, LocalDate.class),
                      rs.getBoolean(4)));
            });
    return found.isEmpty() ? null : found.get(0);
  }

  /** Keeps the version of an official list as loaded, the first time a change alters it. */
  private void image(Version v) {
    if (v.base()) {
      jdbc.sql(
              "INSERT INTO unit_base_image (unit_id, image) SELECT id, to_jsonb(u) FROM unit u"
                  + " WHERE id = ? ON CONFLICT (unit_id) DO NOTHING")
          .param(v.id())
          .update();
    }
  }

  private String path(String parentCode, LocalDate day) {
    return jdbc.sql(
            "SELECT path FROM unit WHERE code = ? AND (valid_from IS NULL OR valid_from <= ?)"
                + " AND (valid_to IS NULL OR valid_to >= ?)")
        .params(parentCode, day, day)
        .query(String.class)
        .optional()
        .orElseThrow(
            () ->
                new IllegalStateException("Parent " + parentCode + " is not on the map on " + day));
  }
}
