package vn.cbcs.units;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.units.UnitAttribute.AttributeKind;

/**
 * Dated attributes of units (class, mountainous, border, ...), kept by province officers. A new
 * value for a period replaces the overlapping parts of current rows; replaced rows are kept, marked
 * superseded, so the history of corrections stays readable.
 */
@Service
public class UnitAttributes {

  private static final Set<String> CLASSES = Set.of("DAC_BIET", "LOAI_I", "LOAI_II", "LOAI_III");
  private static final String COLUMNS =
      "id, unit_code, attribute, value, valid_from, valid_to, legal_basis, recorded_by,"
          + " recorded_at, superseded_at, superseded_by";

  private final JdbcClient jdbc;
  private final Units units;

  UnitAttributes(JdbcClient jdbc, Units units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /** Whether the actor may record attributes of this unit: rules' keepers of its ground. */
  public boolean mayEdit(Unit unit, LocalDate asOf, Actor actor) {
    return actor.can(Capability.EDIT_RULES) && units.covers(actor.access(), unit, asOf);
  }

  /** The attributes of a unit in force on a date. */
  @Transactional(readOnly = true)
  public List<UnitAttribute> current(Unit unit, LocalDate asOf) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM unit_attribute WHERE unit_code = :code"
                + " AND superseded_at IS NULL AND valid_from <= :asOf"
                + " AND (valid_to IS NULL OR valid_to >= :asOf) ORDER BY attribute")
        .param("code", unit.code())
        .param("asOf", asOf)
        .query(UnitAttributes::map)
        .list();
  }

  /** Flags set to true on a date, by unit code (one query for all units). */
  @Transactional(readOnly = true)
  public java.util.Map<String, java.util.Set<AttributeKind>> flagsOn(LocalDate asOf) {
    java.util.Map<String, java.util.Set<AttributeKind>> flags = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT unit_code, attribute FROM unit_attribute WHERE superseded_at IS NULL"
                + " AND attribute <> 'CLASS' AND value = 'true' AND valid_from <= :d"
                + " AND (valid_to IS NULL OR valid_to >= :d)")
        .param("d", asOf)
        .query(
            rs -> {
              flags
                  .computeIfAbsent(
                      rs.getString(1), k -> java.util.EnumSet.noneOf(AttributeKind.class))
                  .add(AttributeKind.valueOf(rs.getString(2)));
            });
    return flags;
  }

  /** The class of every classified unit on a date (DAC_BIET, LOAI_I, LOAI_II, LOAI_III). */
  @Transactional(readOnly = true)
  public java.util.Map<String, String> classesOn(LocalDate asOf) {
    java.util.Map<String, String> classes = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT unit_code, value FROM unit_attribute WHERE superseded_at IS NULL"
                + " AND attribute = 'CLASS' AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
        .param("d", asOf)
        .query(
            rs -> {
              classes.put(rs.getString(1), rs.getString(2));
            });
    return classes;
  }

  /** The population of every unit that has one recorded on a date, with its source. */
  @Transactional(readOnly = true)
  public java.util.Map<String, UnitAttribute> populationsOn(LocalDate asOf) {
    java.util.Map<String, UnitAttribute> map = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM unit_attribute WHERE superseded_at IS NULL AND attribute = 'POPULATION'"
                + " AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
        .param("d", asOf)
        .query(UnitAttributes::map)
        .list()
        .forEach(a -> map.put(a.unitCode(), a));
    return map;
  }

  /** Every row ever recorded for this version's period, newest first. */
  @Transactional(readOnly = true)
  public List<UnitAttribute> history(Unit unit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM unit_attribute WHERE unit_code = :code"
                + " AND daterange(valid_from, valid_to, '[]') && daterange(:from, :to, '[]')"
                + " ORDER BY recorded_at DESC, id DESC")
        .param("code", unit.code())
        .param("from", unit.validFrom())
        .param("to", unit.validTo())
        .query(UnitAttributes::map)
        .list();
  }

  /**
   * Records a value for a period of one unit version. Dates are ISO or dd/MM/yyyy; an empty end
   * means "until further notice" (capped at the unit's last day).
   *
   * @throws BadRequestException naming the field at fault
   */
  @Transactional
  public UnitAttribute record(
      Unit unit,
      String attribute,
      String value,
      String validFrom,
      String validTo,
      String legalBasis,
      Actor actor) {
    actor.require(Capability.EDIT_RULES);
    // the ground of the unit on its last day, or today
    LocalDate on =
        unit.inForceOn(AsOf.today()) || unit.validTo() == null ? AsOf.today() : unit.validTo();
    if (!units.covers(actor.access(), unit, on)) {
      throw new ForbiddenException("error.unit.outsideScope", unit.fullName());
    }
    String user = actor.username();
    AttributeKind kind = kind(attribute);
    String v = value(kind, value);
    LocalDate from = date("validFrom", validFrom, true);
    LocalDate to = date("validTo", validTo, false);
    if (to != null && to.isBefore(from)) {
      throw new BadRequestException("validTo", "unit.attr.error.endBeforeStart");
    }
    if (!unit.inForceOn(from)) {
      throw new BadRequestException("validFrom", "unit.attr.error.outsidePeriod", unit.fullName());
    }
    if (unit.validTo() != null && (to == null || to.isAfter(unit.validTo()))) {
      to = unit.validTo();
    }
    String basis = legalBasis == null ? "" : legalBasis.strip();
    if (basis.isEmpty() || basis.length() > 500) {
      throw new BadRequestException("legalBasis", "unit.attr.error.legalBasis");
    }
    int hidden = TextRules.firstHidden(basis, false);
    if (hidden >= 0) {
      throw new BadRequestException("legalBasis", TextRules.HIDDEN, TextRules.codePoint(hidden));
    }
    supersedeOverlap(unit.code(), kind, from, to, user);
    long id =
        jdbc.sql(
                "INSERT INTO unit_attribute (unit_code, attribute, value, valid_from, valid_to,"
                    + " legal_basis, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(unit.code(), kind.name(), v, from, to, basis, user)
            .query(Long.class)
            .single();
    return jdbc.sql("SELECT " + COLUMNS + " FROM unit_attribute WHERE id = ?")
        .param(id)
        .query(UnitAttributes::map)
        .single();
  }

  /** Marks overlapping current rows superseded and re-records the parts outside [from, to]. */
  private void supersedeOverlap(
      String code, AttributeKind kind, LocalDate from, LocalDate to, String user) {
    List<UnitAttribute> overlapping =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM unit_attribute WHERE unit_code = :code"
                    + " AND attribute = :attr AND superseded_at IS NULL"
                    + " AND daterange(valid_from, valid_to, '[]') && daterange(:from, :to, '[]')"
                    + " FOR UPDATE")
            .param("code", code)
            .param("attr", kind.name())
            .param("from", from)
            .param("to", to)
            .query(UnitAttributes::map)
            .list();
    for (UnitAttribute old : overlapping) {
      jdbc.sql("UPDATE unit_attribute SET superseded_at = now(), superseded_by = ? WHERE id = ?")
          .params(user, old.id())
          .update();
      if (old.validFrom().isBefore(from)) {
        reinsert(old, old.validFrom(), from.minusDays(1), user);
      }
      if (to != null && (old.validTo() == null || old.validTo().isAfter(to))) {
        reinsert(old, to.plusDays(1), old.validTo(), user);
      }
    }
  }

  private void reinsert(UnitAttribute old, LocalDate from, LocalDate to, String user) {
    jdbc.sql(
            "INSERT INTO unit_attribute (unit_code, attribute, value, valid_from, valid_to,"
                + " legal_basis, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            old.unitCode(), old.attribute().name(), old.value(), from, to, old.legalBasis(), user)
        .update();
  }

  private static AttributeKind kind(String attribute) {
    try {
      return AttributeKind.valueOf(attribute);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadRequestException("attribute", "unit.attr.error.attribute");
    }
  }

  private static String value(AttributeKind kind, String value) {
    String v = value == null ? "" : value.strip().replace(".", "").replace(" ", "");
    if (kind.numeric()) {
      if (!v.matches("[0-9]{1,8}") || Long.parseLong(v) == 0) {
        throw new BadRequestException("value", "unit.attr.error.population");
      }
      return String.valueOf(Long.parseLong(v));
    }
    if (kind == AttributeKind.CLASS ? !CLASSES.contains(v) : !Set.of("true", "false").contains(v)) {
      throw new BadRequestException("value", "unit.attr.error.value");
    }
    return v;
  }

  private static LocalDate date(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new BadRequestException(field, "unit.attr.error.dateRequired");
      }
      return null;
    }
    return AsOf.parseLenient(field, value);
  }

  private static UnitAttribute map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    Timestamp superseded = rs.getTimestamp(10);
    java.sql.Date to = rs.getDate(6);
    return new UnitAttribute(
        rs.getLong(1),
        rs.getString(2),
        AttributeKind.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getDate(5).toLocalDate(),
        to == null ? null : to.toLocalDate(),
        rs.getString(7),
        rs.getString(8),
        rs.getTimestamp(9).toInstant(),
        superseded == null ? null : superseded.toInstant(),
        rs.getString(11));
  }
}
