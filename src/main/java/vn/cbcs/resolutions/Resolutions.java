package vn.cbcs.resolutions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.indicators.ChildValue;
import vn.cbcs.indicators.Counted;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.Indicators;
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

/** Resolutions, their targets and their progress. */
@Service
@Transactional(readOnly = true)
public class Resolutions {

  private final JdbcClient jdbc;
  private final Indicators indicators;
  private final Units units;
  private final TargetSettings settings;
  private final Visibility visibility;

  Resolutions(
      JdbcClient jdbc,
      Indicators indicators,
      Units units,
      TargetSettings settings,
      Visibility visibility) {
    this.visibility = visibility;
    this.jdbc = jdbc;
    this.indicators = indicators;
    this.units = units;
    this.settings = settings;
  }

  /** Records a resolution of a unit in the actor's ground. */
  @Transactional
  public Resolution create(ResolutionDraft d, Actor actor) {
    actor.require(Capability.EDIT_RESOLUTIONS);
    List<FieldError> errors = new ArrayList<>();
    text(errors, "number", d.number(), 2, 40);
    text(errors, "title", d.title(), 5, 500);
    text(errors, "issuer", d.issuer(), 2, 200);
    if (!TextRules.checkMultiLine(errors, "summary", d.summary())
        && d.summary() != null
        && d.summary().length() > 4000) {
      errors.add(new FieldError("summary", "resolution.field.length", 0, 4000));
    }
    Unit unit = null;
    if (d.issuedOn() == null) {
      errors.add(new FieldError("issuedOn", "resolution.field.required"));
    } else if (d.unitCode() == null || d.unitCode().isBlank()) {
      errors.add(new FieldError("unitCode", "resolution.field.required"));
    } else {
      unit = units.find(d.unitCode().trim(), d.issuedOn()).orElse(null);
      if (unit == null) {
        errors.add(new FieldError("unitCode", "resolution.unit.unknown", d.unitCode().trim()));
      } else if (!visibility.coversUnit(actor, unit.code(), d.issuedOn())) {
        errors.add(new FieldError("unitCode", "error.unit.outsideScope", unit.fullName()));
      }
    }
    InvalidInputException.throwIfAny(errors);
    boolean exists =
        jdbc.sql(
                    "SELECT count(*) FROM resolution WHERE number = :n AND issuer = :i AND issued_on = :d")
                .param("n", d.number().trim())
                .param("i", d.issuer().trim())
                .param("d", d.issuedOn())
                .query(Long.class)
                .single()
            > 0;
    if (exists) {
      throw new ConflictException("resolution.exists", d.number().trim());
    }
    long id =
        jdbc.sql(
                "INSERT INTO resolution (number, title, issuer, issued_on, unit_code, unit_on, summary,"
                    + " created_by) VALUES (:n, :t, :i, :d, :u, :d, :s, :by) RETURNING id")
            .param("n", d.number().trim())
            .param("t", d.title().trim())
            .param("i", d.issuer().trim())
            .param("d", d.issuedOn())
            .param("u", unit.code())
            .param("s", d.summary() == null || d.summary().isBlank() ? null : d.summary().trim())
            .param("by", actor.username())
            .query(Long.class)
            .single();
    return row(id);
  }

  /** Adds a target to a resolution of the actor's ground. */
  @Transactional
  public Target addTarget(long resolutionId, TargetDraft d, Actor actor) {
    requireEditable(resolutionId, actor);
    List<FieldError> errors = new ArrayList<>();
    if (d.indicatorCode() == null || indicators.find(d.indicatorCode(), actor).isEmpty()) {
      errors.add(new FieldError("indicatorCode", "resolution.target.indicator"));
    }
    if (d.milestone() == null) {
      errors.add(new FieldError("milestone", "resolution.field.required"));
    }
    if (d.target() == null
        || d.target().compareTo(BigDecimal.ZERO) < 0
        || d.target().compareTo(BigDecimal.valueOf(100)) > 0
        || d.target().scale() > 2) {
      errors.add(new FieldError("target", "resolution.target.value"));
    }
    if (!TextRules.checkMultiLine(errors, "note", d.note())
        && d.note() != null
        && d.note().length() > 500) {
      errors.add(new FieldError("note", "resolution.field.length", 0, 500));
    }
    if (!TextRules.check(errors, "source", d.source())
        && d.source() != null
        && d.source().length() > 500) {
      errors.add(new FieldError("source", "resolution.field.length", 0, 500));
    }
    InvalidInputException.throwIfAny(errors);
    boolean exists =
        jdbc.sql(
                    "SELECT count(*) FROM resolution_target WHERE resolution_id = :r"
                        + " AND indicator_code = :c AND milestone = :m")
                .param("r", resolutionId)
                .param("c", d.indicatorCode())
                .param("m", d.milestone())
                .query(Long.class)
                .single()
            > 0;
    if (exists) {
      throw new ConflictException("resolution.target.exists");
    }
    long id =
        jdbc.sql(
                "INSERT INTO resolution_target (resolution_id, indicator_code, milestone, target,"
                    + " direction, note, source, created_by) VALUES (:r, :c, :m, :t, :dir, :note,"
                    + " :source, :by) RETURNING id")
            .param("r", resolutionId)
            .param("c", d.indicatorCode())
            .param("m", d.milestone())
            .param("t", d.target())
            .param(
                "dir", (d.direction() == null ? Target.Direction.AT_LEAST : d.direction()).name())
            .param("note", d.note() == null || d.note().isBlank() ? null : d.note().trim())
            .param("source", d.source() == null || d.source().isBlank() ? null : d.source().trim())
            .param("by", actor.username())
            .query(Long.class)
            .single();
    return targets(resolutionId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
  }

  /** The resolutions of units in the actor's ground, newest first. */
  public List<Resolution> all(Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return jdbc
        .sql("SELECT id FROM resolution ORDER BY issued_on DESC, id DESC")
        .query(Long.class)
        .list()
        .stream()
        .map(this::row)
        .filter(r -> visibility.coversUnit(actor, r.unitCode(), r.unitOn()))
        .toList();
  }

  /** A resolution: 404 when there is none, 403 when its unit is outside the actor's ground. */
  public Resolution require(long id, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    Resolution r = row(id);
    if (!visibility.coversUnit(actor, r.unitCode(), r.unitOn())) {
      throw new ForbiddenException("resolution.outsideScope", r.number());
    }
    return r;
  }

  /** A resolution the actor may add targets to: 403, 404, 403 outside the ground. */
  public Resolution requireEditable(long id, Actor actor) {
    actor.require(Capability.EDIT_RESOLUTIONS);
    return require(id, actor);
  }

  private Resolution row(long id) {
    return jdbc.sql(
            "SELECT id, number, title, issuer, issued_on, unit_code, unit_on, summary FROM resolution"
                + " WHERE id = :id")
        .param("id", id)
        .query(
            (rs, i) ->
                new Resolution(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getString(8),
                    targets(id)))
        .optional()
        .orElseThrow(() -> new NotFoundException("resolution.unknown", id));
  }

  /** Resolutions governing a unit (as identified on its date), newest first. */
  public List<Resolution> forUnit(String unitCode, Actor actor) {
    return all(actor).stream().filter(r -> r.unitCode().equals(unitCode)).toList();
  }

  private List<Target> targets(long resolutionId) {
    return jdbc.sql(
            "SELECT id, resolution_id, indicator_code, milestone, target, direction, note, source"
                + " FROM resolution_target WHERE resolution_id = :r ORDER BY milestone, indicator_code")
        .param("r", resolutionId)
        .query(
            (rs, i) ->
                new Target(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getBigDecimal(5),
                    Target.Direction.valueOf(rs.getString(6)),
                    rs.getString(7),
                    rs.getString(8)))
        .list();
  }

  /** Each target's standing on {@code today}, with its children. */
  public List<TargetProgress> progress(Resolution r, LocalDate today, Actor actor) {
    Map<LocalDate, Map<String, Counted>> byDate = new HashMap<>();
    List<TargetProgress> list = new ArrayList<>();
    List<Indicator> all = indicators.all(actor);
    for (Target t : r.targets()) {
      LocalDate judgedOn = t.milestone().isAfter(today) ? today : t.milestone();
      Map<String, Counted> values =
          byDate.computeIfAbsent(
              judgedOn,
              d -> {
                IndicatorScope scope = indicators.scope(r.unitCode(), d, r.unitOn(), actor);
                List<Indicator> wanted =
                    all.stream()
                        .filter(
                            i ->
                                r.targets().stream()
                                    .anyMatch(x -> x.indicatorCode().equals(i.code())))
                        .toList();
                return indicators.count(wanted, scope, actor);
              });
      Counted c = values.get(t.indicatorCode());
      if (c == null) {
        continue; // indicator retired since
      }
      List<TargetProgress.ChildProgress> children = new ArrayList<>();
      for (ChildValue v : indicators.split(c)) {
        children.add(
            new TargetProgress.ChildProgress(
                v.child().code(),
                v.child().fullName(),
                v.numerator(),
                v.denominator(),
                v.percent(),
                status(t, v.percent(), today)));
      }
      list.add(
          new TargetProgress(
              t,
              c.value().indicator().nameVi(),
              judgedOn,
              c.value(),
              status(t, c.value().percent(), today),
              children));
    }
    return list;
  }

  TargetStatus status(Target t, BigDecimal value, LocalDate today) {
    if (value == null) {
      return TargetStatus.NO_DATA;
    }
    boolean past = !t.milestone().isAfter(today);
    if (past) {
      return t.metBy(value) ? TargetStatus.ACHIEVED : TargetStatus.MISSED;
    }
    if (t.metBy(value)) {
      return TargetStatus.ON_TRACK;
    }
    return t.margin(value).negate().compareTo(settings.atRiskMargin()) <= 0
        ? TargetStatus.AT_RISK
        : TargetStatus.OFF_TRACK;
  }

  private static void text(List<FieldError> errors, String field, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "resolution.field.required"));
    } else if (!TextRules.check(errors, field, value)
        && (value.trim().length() < min || value.trim().length() > max)) {
      errors.add(new FieldError(field, "resolution.field.length", min, max));
    }
  }
}
