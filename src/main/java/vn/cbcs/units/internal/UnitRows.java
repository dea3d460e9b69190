package vn.cbcs.units.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitType;

/** SQL fragments and row mapping for {@code unit}. */
public final class UnitRows {

  /** Columns of {@link Unit}, for a table aliased {@code u}. */
  public static final String COLUMNS =
      "u.code, u.name, u.full_name, u.name_en, u.full_name_en, u.type, u.parent_code, u.path,"
          + " u.valid_from, u.valid_to";

  /** {@code u} is in force on {@code :asOf}. */
  public static final String IN_FORCE = inForceOn(":asOf");

  /** {@code u} is in force on the date {@code day} gives (a parameter or a column). */
  public static String inForceOn(String day) {
    return "(u.valid_from IS NULL OR u.valid_from <= "
        + day
        + ") AND (u.valid_to IS NULL OR u.valid_to >= "
        + day
        + ")";
  }

  private UnitRows() {}

  public static Unit map(ResultSet rs, int offset) throws SQLException {
    return new Unit(
        rs.getString(offset + 1),
        rs.getString(offset + 2),
        rs.getString(offset + 3),
        rs.getString(offset + 4),
        rs.getString(offset + 5),
        UnitType.valueOf(rs.getString(offset + 6)),
        rs.getString(offset + 7),
        rs.getString(offset + 8),
        date(rs.getDate(offset + 9)),
        date(rs.getDate(offset + 10)));
  }

  public static Unit map(ResultSet rs, @SuppressWarnings("unused") int row, int offset)
      throws SQLException {
    return map(rs, offset);
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  /**
   * Upper bound of the subtree of {@code path}: '/' + 1 = '0', so [path/, path0) is the subtree.
   */
  public static String subtreeEnd(String path) {
    return path + "0";
  }

  public static String subtreeStart(String path) {
    return path + "/";
  }
}
