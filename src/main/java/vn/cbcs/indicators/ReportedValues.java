package vn.cbcs.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.indicators.internal.IndicatorStore;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Figures reported by a body (table {@code reported_value}): read with READ_FIGURES for a unit of
 * the actor's ground, recorded with EDIT_RESOLUTIONS. The order of the answers is the services'
 * (ADR 13): capability (403), the unit (404), the ground (403), then the fields (400).
 */
@Service
@Transactional(readOnly = true)
public class ReportedValues {

  private static final String COLUMNS =
      "id, indicator_code, unit_code, unit_on, as_of, value, numerator, denominator,"
          + " source_document, reporting_body, note, recorded_by, recorded_at";

  private final JdbcClient jdbc;
  private final Units units;
  private final Visibility visibility;
  private final IndicatorStore store;

  ReportedValues(JdbcClient jdbc, Units units, Visibility visibility, IndicatorStore store) {
    this.jdbc = jdbc;
    this.units = units;
    this.visibility = visibility;
    this.store = store;
  }

  /** Records a figure a body reported for a unit of the actor's ground. */
  @Transactional
  public ReportedValue record(ReportedValue.Draft d, Actor actor) {
    actor.require(Capability.EDIT_RESOLUTIONS);
    String code = d.unitCode() == null ? "" : d.unitCode().trim();
    LocalDate on = d.unitOn() != null ? d.unitOn() : d.asOf();
    if (on == null) {
      throw new InvalidInputException(List.of(new FieldError("asOf", "reported.field.required")));
    }
    Unit unit =
        units
            .nearest(code, on)
            .orElseThrow(() -> new NotFoundException("error.unit.unknown", code));
    LocalDate identified = unit.inForceOn(on) ? on : unit.validFrom();
    if (!visibility.coversUnit(actor, unit.code(), identified)) {
      throw new ForbiddenException("error.unit.outsideScope", unit.fullName());
    }
    List<FieldError> errors = new ArrayList<>();
    if (d.indicatorCode() == null || store.latest(d.indicatorCode()).isEmpty()) {
      errors.add(new FieldError("indicatorCode", "resolution.target.indicator"));
    }
    if (d.asOf() == null) {
      errors.add(new FieldError("asOf", "reported.field.required"));
    }
    if (d.value() == null
        || d.value().compareTo(BigDecimal.ZERO) < 0
        || d.value().compareTo(BigDecimal.valueOf(100)) > 0
        || d.value().scale() > 2) {
      errors.add(new FieldError("value", "resolution.target.value"));
    }
    if ((d.numerator() != null && d.numerator() < 0)
        || (d.denominator() != null && d.denominator() <= 0)
        || (d.numerator() != null && d.denominator() != null && d.numerator() > d.denominator())) {
      errors.add(new FieldError("numerator", "reported.counts"));
    }
    text(errors, "sourceDocument", d.sourceDocument(), 500);
    text(errors, "reportingBody", d.reportingBody(), 300);
    if (!TextRules.checkMultiLine(errors, "note", d.note())
        && d.note() != null
        && d.note().length() > 1000) {
      errors.add(new FieldError("note", "resolution.field.length", 0, 1000));
    }
    InvalidInputException.throwIfAny(errors);
    boolean exists =
        jdbc.sql(
                    "SELECT count(*) FROM reported_value WHERE indicator_code = ? AND unit_code = ?"
                        + " AND as_of = ? AND source_document = ?")
                .params(d.indicatorCode(), unit.code(), d.asOf(), d.sourceDocument().strip())
                .query(Long.class)
                .single()
            > 0;
    if (exists) {
      throw new ConflictException("reported.exists");
    }
    long id =
        jdbc.sql(
                "INSERT INTO reported_value (indicator_code, unit_code, unit_on, as_of, value,"
                    + " numerator, denominator, source_document, reporting_body, note, recorded_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                d.indicatorCode(),
                unit.code(),
                identified,
                d.asOf(),
                d.value(),
                d.numerator(),
                d.denominator(),
                d.sourceDocument().strip(),
                d.reportingBody().strip(),
                d.note() == null || d.note().isBlank() ? null : d.note().strip(),
                actor.username())
            .query(Long.class)
            .single();
    return row(id);
  }

  /**
   * The figures reported for a unit named by the caller: 403 without the capability, 404 for an
   * unknown unit, 403 outside the actor's ground.
   */
  public List<ReportedValue> ofUnit(String indicatorCode, String unitCode, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    String code = unitCode == null ? "" : unitCode.trim();
    LocalDate today = vn.cbcs.platform.AsOf.today();
    Unit unit =
        units
            .nearest(code, today)
            .orElseThrow(() -> new NotFoundException("error.unit.unknown", code));
    LocalDate on = unit.inForceOn(today) ? today : unit.validTo();
    if (!visibility.coversUnit(actor, unit.code(), on)) {
      throw new ForbiddenException("error.unit.outsideScope", unit.fullName());
    }
    return forUnit(indicatorCode, unit.code(), actor);
  }

  /** The figures reported for a unit (any indicator when {@code indicatorCode} is null). */
  public List<ReportedValue> forUnit(String indicatorCode, String unitCode, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return jdbc
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM reported_value WHERE unit_code = :u"
                + " AND (CAST(:c AS varchar) IS NULL OR indicator_code = :c) ORDER BY as_of, indicator_code")
        .param("u", unitCode)
        .param("c", indicatorCode)
        .query(ReportedValues::map)
        .list()
        .stream()
        .filter(v -> visibility.coversUnit(actor, v.unitCode(), v.unitOn()))
        .toList();
  }

  /** Every figure reported for an indicator, in units of the actor's ground. */
  public List<ReportedValue> ofIndicator(String indicatorCode, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return jdbc
        .sql("SELECT " + COLUMNS + " FROM reported_value WHERE indicator_code = ? ORDER BY as_of")
        .param(indicatorCode)
        .query(ReportedValues::map)
        .list()
        .stream()
        .filter(v -> visibility.coversUnit(actor, v.unitCode(), v.unitOn()))
        .toList();
  }

  private ReportedValue row(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM reported_value WHERE id = ?")
        .param(id)
        .query(ReportedValues::map)
        .single();
  }

  private static void text(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "reported.field.required"));
    } else if (!TextRules.check(errors, field, value) && value.strip().length() > max) {
      errors.add(new FieldError(field, "resolution.field.length", 2, max));
    }
  }

  private static ReportedValue map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new ReportedValue(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, LocalDate.class),
        rs.getObject(5, LocalDate.class),
        rs.getBigDecimal(6),
        rs.getObject(7, Integer.class),
        rs.getObject(8, Integer.class),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getTimestamp(13).toInstant());
  }
}
