package vn.cbcs.training;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Courses of training and fostering (issue 15). Reading needs {@code READ_RECORDS} and a course
 * whose organiser shares the actor's ground; recording one needs {@code MANAGE_TRAINING} and the
 * organiser's whole ground on the first day. Bad input is refused with every reason, nothing
 * written.
 */
@Service
@Transactional(readOnly = true)
public class Courses {

  static final String COLUMNS =
      "c.id, c.kind, c.name, c.track, c.level_code, c.provider, c.unit_code, c.starts_on,"
          + " c.ends_on, c.periods, c.place, c.cost, c.funding";

  private final JdbcClient jdbc;
  private final TrainingGround ground;
  private final Units units;
  private final Visibility visibility;
  private final Qualifications qualifications;

  Courses(
      JdbcClient jdbc,
      TrainingGround ground,
      Units units,
      Visibility visibility,
      Qualifications qualifications) {
    this.jdbc = jdbc;
    this.ground = ground;
    this.units = units;
    this.visibility = visibility;
    this.qualifications = qualifications;
  }

  /**
   * The courses of a unit's subtree and of its ancestors running in a year (all years when null):
   * what the people of the unit may be sent to.
   */
  public List<Course> of(String unitCode, LocalDate asOf, Integer year, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    Unit unit =
        units
            .find(unitCode, asOf)
            .orElseThrow(() -> new NotFoundException("error.unit.unknown", unitCode));
    visibility.requireUnit(actor, unit, asOf);
    List<String> codes = new ArrayList<>();
    codes.add(unit.code());
    units.ancestors(unit, asOf).forEach(u -> codes.add(u.code()));
    units.communesCovering(unit, asOf).forEach(u -> codes.add(u.code()));
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM training_course c WHERE c.unit_code IN (:codes)"
                + " AND (CAST(:y AS int) IS NULL OR EXTRACT(YEAR FROM c.starts_on) = :y"
                + "      OR EXTRACT(YEAR FROM c.ends_on) = :y)"
                + " ORDER BY c.starts_on DESC, c.id DESC")
        .param("codes", codes)
        .param("y", year)
        .query(Courses::row)
        .list();
  }

  /** A course the actor reads: 404 none, 403 outside the ground. */
  public Course require(long id, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    Course c = find(id).orElseThrow(() -> new NotFoundException("training.course.notFound", id));
    ground.requireReads(actor, c);
    return c;
  }

  Optional<Course> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM training_course c WHERE c.id = :id")
        .param("id", id)
        .query(Courses::row)
        .optional();
  }

  /** Records a course organised by a unit of the actor's ground. */
  @Transactional
  public Course create(NewCourse n, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    List<FieldError> errors = check(n);
    InvalidInputException.throwIfAny(errors);
    Unit unit = units.nearest(n.unitCode().trim(), n.startsOn()).orElse(null);
    if (unit == null) {
      throw new InvalidInputException(
          List.of(new FieldError("unitCode", "training.course.unitUnknown", n.unitCode())));
    }
    if (!ground.organises(actor, unit.code(), n.startsOn())) {
      throw new ForbiddenException("error.unit.outsideScope", unit.fullName());
    }
    long id =
        jdbc.sql(
                "INSERT INTO training_course (kind, name, track, level_code, provider, unit_code,"
                    + " starts_on, ends_on, periods, place, cost, funding, recorded_by) VALUES"
                    + " (:kind, :name, :track, :level, :provider, :unit, :starts, :ends, :periods,"
                    + " :place, :cost, :funding, :by) RETURNING id")
            .param("kind", n.kind().name())
            .param("name", n.name().trim())
            .param("track", n.track() == null ? null : n.track().name())
            .param("level", n.track() == null ? null : n.level().trim())
            .param("provider", n.provider().trim())
            .param("unit", unit.code())
            .param("starts", n.startsOn())
            .param("ends", n.endsOn())
            .param("periods", n.periods())
            .param("place", blank(n.place()) ? null : n.place().trim())
            .param("cost", blank(n.cost()) ? null : new BigDecimal(n.cost().trim()))
            .param("funding", n.funding().name())
            .param("by", actor.username())
            .query(Long.class)
            .single();
    return find(id).orElseThrow();
  }

  /** Every reason a course cannot be recorded. */
  List<FieldError> check(NewCourse n) {
    List<FieldError> errors = new ArrayList<>();
    if (n.kind() == null) {
      errors.add(new FieldError("kind", "training.course.kind.required"));
    }
    text(errors, "name", n.name(), 300, true);
    text(errors, "provider", n.provider(), 300, true);
    text(errors, "place", n.place(), 300, false);
    if (blank(n.unitCode())) {
      errors.add(new FieldError("unitCode", "training.course.required", "unitCode"));
    }
    if (n.startsOn() == null) {
      errors.add(new FieldError("startsOn", "training.course.required", "startsOn"));
    }
    if (n.endsOn() == null) {
      errors.add(new FieldError("endsOn", "training.course.required", "endsOn"));
    }
    if (n.startsOn() != null && n.endsOn() != null && n.endsOn().isBefore(n.startsOn())) {
      errors.add(new FieldError("endsOn", "training.course.endsBeforeStart"));
    }
    if (n.periods() == null) {
      errors.add(new FieldError("periods", "training.course.required", "periods"));
    } else if (n.periods() < 1 || n.periods() > 10000) {
      errors.add(new FieldError("periods", "training.course.periods", n.periods()));
    }
    if (!blank(n.cost()) && !n.cost().trim().matches("[0-9]{1,15}")) {
      errors.add(new FieldError("cost", "training.course.cost", n.cost()));
    }
    if (n.funding() == null) {
      errors.add(new FieldError("funding", "training.course.required", "funding"));
    }
    if (n.track() != null && blank(n.level())) {
      errors.add(new FieldError("level", "training.course.levelRequired"));
    } else if (n.track() == null && !blank(n.level())) {
      errors.add(new FieldError("track", "training.course.trackRequired"));
    } else if (n.track() != null && qualifications.level(n.track(), n.level().trim()).isEmpty()) {
      errors.add(new FieldError("level", "qualification.level.unknown", n.level()));
    }
    return errors;
  }

  private static void text(
      List<FieldError> errors, String field, String value, int max, boolean required) {
    if (blank(value)) {
      if (required) {
        errors.add(new FieldError(field, "training.course.required", field));
      }
      return;
    }
    if (TextRules.check(errors, field, value)) {
      return;
    }
    if (value.length() > max) {
      errors.add(new FieldError(field, "error.text.tooLong", max));
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static Course row(ResultSet rs, int i) throws SQLException {
    String track = rs.getString("track");
    return new Course(
        rs.getLong("id"),
        CourseKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        track == null ? null : Track.valueOf(track),
        rs.getString("level_code"),
        rs.getString("provider"),
        rs.getString("unit_code"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getInt("periods"),
        rs.getString("place"),
        rs.getBigDecimal("cost"),
        Funding.valueOf(rs.getString("funding")));
  }
}
