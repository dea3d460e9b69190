package vn.cbcs.positions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/** The catalogue of commune posts, as of any date. */
@Service
public class PositionCatalogue {

  private static final String SELECT =
      "SELECT code, name_vi, name_en, staff_category, position_group, seats, unit_types,"
          + " leadership, valid_from, valid_to, legal_source, confidence, grade, mandatory FROM position ";

  private final JdbcClient jdbc;

  PositionCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The catalogue, read once: it is reference data that only a migration (a new release) changes,
   * and most pages ask for it (issue 18: a query fewer per page).
   */
  private final SingletonSupplier<List<Position>> all = SingletonSupplier.of(this::read);

  private List<Position> read() {
    return List.copyOf(
        jdbc.sql(SELECT + "ORDER BY sort_order").query(PositionCatalogue::map).list());
  }

  /** Every row of the catalogue, in the order of the official lists. */
  public List<Position> all() {
    return all.obtain();
  }

  /** Posts in force on a date, in the order of the official lists. */
  public List<Position> inForce(LocalDate asOf) {
    return all().stream().filter(p -> inForceOn(p, asOf)).toList();
  }

  /** The version of a post in force on a date (from the catalogue read once). */
  public Optional<Position> find(String code, LocalDate asOf) {
    return all().stream().filter(p -> p.code().equals(code) && inForceOn(p, asOf)).findFirst();
  }

  /** As the SQL it replaces read it: no date, only a version without bounds. */
  private static boolean inForceOn(Position p, LocalDate asOf) {
    return asOf == null ? p.validFrom() == null && p.validTo() == null : p.inForceOn(asOf);
  }

  /** Any version of a post, the latest first: for naming a post outside its period. */
  public Optional<Position> anyVersion(String code) {
    return all().stream()
        .filter(p -> p.code().equals(code))
        .max(
            java.util.Comparator.comparing(
                Position::validFrom,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
  }

  private static Position map(ResultSet rs, int row) throws SQLException {
    Array types = rs.getArray(7);
    Integer seats = rs.getObject(6, Integer.class);
    return new Position(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        seats,
        types == null ? List.of() : Arrays.asList((String[]) types.getArray()),
        rs.getBoolean(8),
        rs.getObject(9, LocalDate.class),
        rs.getObject(10, LocalDate.class),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getBoolean(14));
  }
}
