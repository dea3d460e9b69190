package vn.cbcs.indicators.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.indicators.Criterion;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.Subject;
import vn.cbcs.qualifications.Track;

/** Indicator definitions and their versions in {@code indicator} / {@code indicator_version}. */
@Component
public class IndicatorStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COLUMNS =
      "v.code, v.version, v.name_vi, v.name_en, v.definition_vi, v.definition_en, v.subject,"
          + " v.staff_category, v.position_group, v.leaders_only, v.criteria::text, v.source,"
          + " i.built_in, v.created_by, v.created_at";
  private static final String LATEST =
      "SELECT "
          + COLUMNS
          + " FROM indicator i JOIN indicator_version v ON v.code = i.code"
          + " WHERE v.version = (SELECT max(version) FROM indicator_version w WHERE w.code = i.code)";

  private final JdbcClient jdbc;

  IndicatorStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest version of every indicator not retired, in display order. */
  public List<Indicator> latest() {
    return jdbc.sql(LATEST + " AND NOT i.retired ORDER BY i.sort_order, i.code")
        .query((rs, i) -> map(rs))
        .list();
  }

  public Optional<Indicator> latest(String code) {
    return jdbc.sql(LATEST + " AND i.code = :code")
        .param("code", code)
        .query((rs, i) -> map(rs))
        .optional();
  }

  public Optional<Indicator> version(String code, int version) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM indicator i JOIN indicator_version v ON v.code = i.code"
                + " WHERE i.code = :code AND v.version = :version")
        .param("code", code)
        .param("version", version)
        .query((rs, i) -> map(rs))
        .optional();
  }

  public List<Indicator> versions(String code) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM indicator i JOIN indicator_version v ON v.code = i.code"
                + " WHERE i.code = :code ORDER BY v.version DESC")
        .param("code", code)
        .query((rs, i) -> map(rs))
        .list();
  }

  public boolean exists(String code) {
    return jdbc.sql("SELECT count(*) FROM indicator WHERE code = :code")
            .param("code", code)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Inserts the next version (and the indicator itself on its first version). */
  public int insert(Indicator d) {
    jdbc.sql("INSERT INTO indicator (code) VALUES (:code) ON CONFLICT (code) DO NOTHING")
        .param("code", d.code())
        .update();
    jdbc.sql("SELECT code FROM indicator WHERE code = :code FOR UPDATE")
        .param("code", d.code())
        .query(String.class)
        .single();
    int version =
        jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM indicator_version WHERE code = :code")
            .param("code", d.code())
            .query(Integer.class)
            .single();
    jdbc.sql(
            "INSERT INTO indicator_version (code, version, name_vi, name_en, definition_vi,"
                + " definition_en, subject, staff_category, position_group, leaders_only, criteria,"
                + " source, created_by) VALUES (:code, :version, :nameVi, :nameEn, :defVi, :defEn,"
                + " :subject, :category, :group, :leaders, cast(:criteria AS jsonb), :source, :by)")
        .param("code", d.code())
        .param("version", version)
        .param("nameVi", d.nameVi())
        .param("nameEn", d.nameEn())
        .param("defVi", d.definitionVi())
        .param("defEn", d.definitionEn())
        .param("subject", d.subject().name())
        .param("category", d.staffCategory())
        .param("group", d.positionGroup())
        .param("leaders", d.leadersOnly())
        .param("criteria", write(d.criteria()))
        .param("source", d.source())
        .param("by", d.createdBy())
        .update();
    return version;
  }

  static String write(List<Criterion> criteria) {
    ArrayNode array = JSON.createArrayNode();
    for (Criterion c : criteria) {
      ObjectNode o = array.addObject();
      o.put("kind", c.kind().name());
      if (c.track() != null) {
        o.put("track", c.track().name());
      }
      putIf(o, "min", c.min());
      putIf(o, "max", c.max());
      putIf(o, "value", c.value());
      if (c.from() != null) {
        o.put("from", c.from());
      }
      if (c.to() != null) {
        o.put("to", c.to());
      }
    }
    return array.toString();
  }

  private static void putIf(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  static List<Criterion> read(String json) {
    List<Criterion> list = new ArrayList<>();
    for (JsonNode n : JSON.readTree(json)) {
      list.add(
          new Criterion(
              Criterion.Kind.valueOf(n.get("kind").asString()),
              n.hasNonNull("track") ? Track.valueOf(n.get("track").asString()) : null,
              text(n, "min"),
              text(n, "max"),
              n.hasNonNull("from") ? n.get("from").asInt() : null,
              n.hasNonNull("to") ? n.get("to").asInt() : null,
              text(n, "value")));
    }
    return list;
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asString() : null;
  }

  private static Indicator map(ResultSet rs) throws SQLException {
    return new Indicator(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        Subject.valueOf(rs.getString(7)),
        rs.getString(8),
        rs.getString(9),
        rs.getBoolean(10),
        read(rs.getString(11)),
        rs.getString(12),
        rs.getBoolean(13),
        rs.getString(14),
        rs.getTimestamp(15).toInstant());
  }
}
