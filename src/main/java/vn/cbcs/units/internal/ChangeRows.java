package vn.cbcs.units.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.units.CrosswalkKind;
import vn.cbcs.units.UnitChange;
import vn.cbcs.units.UnitChangeKind;
import vn.cbcs.units.UnitType;

/** Reads and writes {@code unit_change} and its units and links. */
@Component
public class ChangeRows {

  private static final String COLUMNS =
      "c.id, c.chain_id, c.version, c.resolution_number, c.issuer, c.resolution_date,"
          + " c.effective_date, c.kind, c.note, c.reason, c.withdrawn, d.name, c.recorded_by,"
          + " c.recorded_at, c.superseded_at, c.superseded_by";
  private static final String FROM =
      " FROM unit_change c LEFT JOIN unit_dataset d ON d.id = c.dataset_id ";
  private static final String INVOLVING =
      " (EXISTS (SELECT 1 FROM unit_change_unit p WHERE p.change_id = c.id AND p.unit_code IN"
          + " (:codes)) OR EXISTS (SELECT 1 FROM unit_change_link l WHERE l.change_id = c.id AND"
          + " (l.predecessor_code IN (:codes) OR l.successor_code IN (:codes))))";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ChangeRows(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The ids the next {@code n} new changes get, in order (what {@link #write} would take). */
  public List<Long> nextIds(int n) {
    return jdbc
        .sql(
            "SELECT nextval(pg_get_serial_sequence('unit_change', 'id')) FROM generate_series(1,"
                + " ?) g")
        .param(n)
        .query(Long.class)
        .list()
        .stream()
        .sorted()
        .toList();
  }

  /**
   * Writes new changes as {@link #write} writes each (the first version of its own chain), with the
   * ids of {@link #nextIds}, in one batch per table: the rows and their ids are the same.
   */
  public void writeAll(List<ChangeSpec> specs, List<Long> ids, Integer datasetId, String by) {
    Batch batch = new Batch();
    for (int i = 0; i < specs.size(); i++) {
      batch.add(specs.get(i), ids.get(i), ids.get(i), 1, datasetId, by);
    }
    batch.insert();
  }

  /**
   * Writes a version: the first of a new change ({@code chainId} null) or the next of one whose
   * current version the caller has just superseded. Returns the change id (the chain).
   */
  public long write(ChangeSpec s, Long chainId, Integer datasetId, String recordedBy) {
    long id =
        jdbc.sql("SELECT nextval(pg_get_serial_sequence('unit_change', 'id'))")
            .query(Long.class)
            .single();
    long chain = chainId == null ? id : chainId;
    int version =
        chainId == null
            ? 1
            : jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM unit_change WHERE chain_id = ?")
                .param(chain)
                .query(Integer.class)
                .single();
    Batch batch = new Batch();
    batch.add(s, id, chain, version, datasetId, recordedBy);
    batch.insert();
    return chain;
  }

  /** The rows of changes, their units and their links, inserted in one batch per table. */
  private final class Batch {
    private final List<Object[]> changes = new ArrayList<>();
    private final List<Object[]> parts = new ArrayList<>();
    private final List<Object[]> links = new ArrayList<>();

    void add(ChangeSpec s, long id, long chain, int version, Integer datasetId, String by) {
      changes.add(
          new Object[] {
            id,
            chain,
            version,
            s.resolutionNumber(),
            s.issuer(),
            s.resolutionDate() == null ? null : Date.valueOf(s.resolutionDate()),
            Date.valueOf(s.effectiveDate()),
            s.kind().name(),
            s.note() == null ? "" : s.note(),
            s.reason(),
            s.withdrawn(),
            datasetId,
            by
          });
      for (boolean pred : new boolean[] {true, false}) {
        for (UnitChange.Part p : pred ? s.predecessors() : s.successors()) {
          parts.add(
              new Object[] {
                id,
                pred ? "PREDECESSOR" : "SUCCESSOR",
                p.code(),
                p.type().name(),
                p.name(),
                p.fullName(),
                p.nameEn(),
                p.fullNameEn(),
                p.parentCode()
              });
        }
      }
      for (UnitChange.Link l : s.links()) {
        links.add(new Object[] {id, l.from(), l.to(), l.kind().name(), l.note()});
      }
    }

    void insert() {
      int v = Types.VARCHAR;
      template.batchUpdate(
          "INSERT INTO unit_change (id, chain_id, version, resolution_number, issuer,"
              + " resolution_date, effective_date, kind, note, reason, withdrawn, dataset_id,"
              + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          changes,
          new int[] {
            Types.BIGINT,
            Types.BIGINT,
            Types.INTEGER,
            v,
            v,
            Types.DATE,
            Types.DATE,
            v,
            v,
            v,
            Types.BOOLEAN,
            Types.INTEGER,
            v
          });
      template.batchUpdate(
          "INSERT INTO unit_change_unit (change_id, side, unit_code, type, name, full_name,"
              + " name_en, full_name_en, parent_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          parts,
          new int[] {Types.BIGINT, v, v, v, v, v, v, v, v});
      template.batchUpdate(
          "INSERT INTO unit_change_link (change_id, predecessor_code, successor_code, kind,"
              + " note) VALUES (?, ?, ?, ?, ?)",
          links,
          new int[] {Types.BIGINT, v, v, v, v});
    }
  }

  /** Marks the current version of a change superseded; false if it has none (or is locked). */
  public boolean supersede(long chainId, String by) {
    return jdbc.sql(
                "UPDATE unit_change SET superseded_at = now(), superseded_by = ? WHERE chain_id = ?"
                    + " AND superseded_at IS NULL")
            .params(by, chainId)
            .update()
        > 0;
  }

  /** Locks the change for a correction (two officers correcting at once queue here). */
  public void lock(long chainId) {
    jdbc.sql("SELECT id FROM unit_change WHERE chain_id = ? FOR UPDATE")
        .param(chainId)
        .query(Long.class)
        .list();
  }

  public Optional<UnitChange> current(long chainId) {
    return read("WHERE c.chain_id = :chain AND c.superseded_at IS NULL", Map.of("chain", chainId))
        .stream()
        .findFirst();
  }

  /** Every version of a change, newest first. */
  public List<UnitChange> versions(long chainId) {
    return read("WHERE c.chain_id = :chain ORDER BY c.version DESC", Map.of("chain", chainId));
  }

  /** Current, not withdrawn changes naming any of the codes, in the order they took effect. */
  public List<UnitChange> inForceInvolving(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return read(
        "WHERE c.superseded_at IS NULL AND NOT c.withdrawn AND "
            + INVOLVING
            + " ORDER BY c.effective_date, c.chain_id",
        Map.of("codes", List.copyOf(codes)));
  }

  /** Current, not withdrawn changes, newest effective date first, optionally between dates. */
  public List<UnitChange> inForce(LocalDate from, LocalDate to) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder("WHERE c.superseded_at IS NULL AND NOT c.withdrawn");
    if (from != null) {
      where.append(" AND c.effective_date >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.append(" AND c.effective_date <= :to");
      params.put("to", to);
    }
    return read(where + " ORDER BY c.effective_date DESC, c.chain_id", params);
  }

  /** Another current change taking effect on the same day and naming one of the codes. */
  public Optional<UnitChange> sameDay(Collection<String> codes, LocalDate day, Long except) {
    return inForceInvolving(codes).stream()
        .filter(c -> c.effectiveDate().equals(day))
        .filter(c -> except == null || c.id() != except)
        .findFirst();
  }

  private List<UnitChange> read(String where, Map<String, Object> params) {
    List<Object[]> heads =
        jdbc.sql("SELECT " + COLUMNS + FROM + where)
            .params(params)
            .query((rs, i) -> head(rs))
            .list();
    if (heads.isEmpty()) {
      return List.of();
    }
    List<Long> ids = heads.stream().map(h -> (Long) h[0]).toList();
    Map<Long, List<UnitChange.Part>> preds = new HashMap<>();
    Map<Long, List<UnitChange.Part>> succs = new HashMap<>();
    jdbc.sql(
            "SELECT change_id, side, unit_code, type, name, full_name, name_en, full_name_en,"
                + " parent_code FROM unit_change_unit WHERE change_id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(
            rs -> {
              var part =
                  new UnitChange.Part(
                      rs.getString(3),
                      UnitType.valueOf(rs.getString(4)),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7),
                      rs.getString(8),
                      rs.getString(9));
              ("PREDECESSOR".equals(rs.getString(2)) ? preds : succs)
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(part);
            });
    Map<Long, List<UnitChange.Link>> links = new HashMap<>();
    jdbc.sql(
            "SELECT change_id, predecessor_code, successor_code, kind, note FROM unit_change_link"
                + " WHERE change_id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(
            rs -> {
              links
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new UnitChange.Link(
                          rs.getString(2),
                          rs.getString(3),
                          CrosswalkKind.valueOf(rs.getString(4)),
                          rs.getString(5)));
            });
    List<UnitChange> out = new ArrayList<>();
    for (Object[] h : heads) {
      long id = (Long) h[0];
      out.add(
          new UnitChange(
              (Long) h[1],
              id,
              (Integer) h[2],
              (String) h[3],
              (String) h[4],
              (LocalDate) h[5],
              (LocalDate) h[6],
              UnitChangeKind.valueOf((String) h[7]),
              (String) h[8],
              (String) h[9],
              (Boolean) h[10],
              (String) h[11],
              (String) h[12],
              ((Timestamp) h[13]).toInstant(),
              h[14] == null ? null : ((Timestamp) h[14]).toInstant(),
              (String) h[15],
              List.copyOf(preds.getOrDefault(id, List.of())),
              List.copyOf(succs.getOrDefault(id, List.of())),
              List.copyOf(links.getOrDefault(id, List.of()))));
    }
    return out;
  }

  private static Object[] head(ResultSet rs) throws SQLException {
    return new Object[] {
      rs.getLong(1),
      rs.getLong(2),
      rs.getInt(3),
      rs.getString(4),
      rs.getString(5),
      rs.getObject(6, LocalDate.class),
      rs.getObject(7, LocalDate.class),
      rs.getString(8),
      rs.getString(9),
      rs.getString(10),
      rs.getBoolean(11),
      rs.getString(12),
      rs.getString(13),
      rs.getTimestamp(14),
      rs.getTimestamp(15),
      rs.getString(16)
    };
  }
}
