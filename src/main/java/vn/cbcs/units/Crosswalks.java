package vn.cbcs.units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.units.internal.UnitRows;

/** Queries on {@code unit_crosswalk}; a link joins two versions through its effective date. */
final class Crosswalks {

  private static final String LINK = "x.kind, x.effective_date, x.note, x.derived, ";

  private Crosswalks() {}

  static List<CrosswalkLink> successors(JdbcClient jdbc, Unit unit) {
    if (unit.validTo() == null) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + LINK
                + UnitRows.COLUMNS
                + " FROM unit_crosswalk x JOIN unit u ON u.code = x.successor_code"
                + " AND (u.valid_from IS NULL OR u.valid_from <= x.effective_date)"
                + " AND (u.valid_to IS NULL OR u.valid_to >= x.effective_date)"
                + " WHERE x.predecessor_code = :code AND x.effective_date = :next ORDER BY u.code")
        .param("code", unit.code())
        .param("next", unit.validTo().plusDays(1))
        .query((rs, i) -> link(rs, unit, UnitRows.map(rs, 4)))
        .list();
  }

  static List<CrosswalkLink> predecessors(JdbcClient jdbc, Unit unit) {
    if (unit.validFrom() == null) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + LINK
                + UnitRows.COLUMNS
                + " FROM unit_crosswalk x JOIN unit u ON u.code = x.predecessor_code"
                + " AND (u.valid_from IS NULL OR u.valid_from <= x.effective_date - 1)"
                + " AND (u.valid_to IS NULL OR u.valid_to >= x.effective_date - 1)"
                + " WHERE x.successor_code = :code AND x.effective_date = :from"
                // a district's derived links are its own view; a commune lists communes
                + " AND NOT (x.derived AND u.level <> :level) ORDER BY u.path")
        .param("code", unit.code())
        .param("level", unit.level().name())
        .param("from", unit.validFrom())
        .query((rs, i) -> link(rs, UnitRows.map(rs, 4), unit))
        .list();
  }

  private static CrosswalkLink link(ResultSet rs, Unit predecessor, Unit successor)
      throws SQLException {
    return new CrosswalkLink(
        predecessor,
        successor,
        CrosswalkKind.valueOf(rs.getString(1)),
        rs.getDate(2).toLocalDate(),
        rs.getString(3),
        rs.getBoolean(4));
  }
}
