package vn.cbcs.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * The ratings of a commune's leadership collectives — its Party committee and its People's
 * Committee — for a year. Under QĐ 366-QĐ/TW the collective is rated before its head and its result
 * is a basis for the head's rating (REGULATIONS.md §2.3); where the regime has the rule {@code
 * collective_before_head}, the decision on a head's rating is refused until their collective's
 * rating is recorded ({@link #missingBefore}). Recorded by who decides ratings ({@link
 * Capability#DECIDE_RATINGS}) for a commune in their ground; read with {@link
 * Capability#READ_RECORDS}.
 */
@Service
@Transactional(readOnly = true)
public class CollectiveRatings {

  /** A leadership collective of a commune and the posts that head it. */
  public enum Body {
    /** Đảng ủy xã: headed by the Party committee secretary. */
    PARTY_COMMITTEE(Set.of("BI_THU_DANG_UY_XA", "BI_THU_DANG_UY")),
    /** Ủy ban nhân dân xã: headed by its chair. */
    PEOPLES_COMMITTEE(Set.of("CHU_TICH_UBND_XA", "CHU_TICH_UBND"));

    private final Set<String> heads;

    Body(Set<String> heads) {
      this.heads = heads;
    }

    /** The post codes of the collective's head, before and after 1-7-2025. */
    public Set<String> heads() {
      return heads;
    }
  }

  /** A recorded rating of a collective. */
  public record Collective(
      long id,
      String unitCode,
      int year,
      RatingSystem system,
      Body body,
      Level level,
      String decisionNumber,
      LocalDate decisionDate,
      String signer) {}

  /** What a form or a JSON call sends to record a collective's rating. */
  public record NewCollective(
      Integer year,
      RatingSystem system,
      Body body,
      Level level,
      String number,
      LocalDate date,
      String signer) {}

  /** The regime rule that asks for the collective first. */
  public static final String RULE = "collective_before_head";

  private final JdbcClient jdbc;
  private final EvaluationRules rules;
  private final Units units;
  private final Visibility visibility;

  CollectiveRatings(JdbcClient jdbc, EvaluationRules rules, Units units, Visibility visibility) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.units = units;
    this.visibility = visibility;
  }

  /** Records a collective's rating: 403, 404 no such commune, 400 with every reason, 409 twice. */
  @Transactional
  public Collective record(String unitCode, NewCollective c, Actor actor) {
    actor.require(Capability.DECIDE_RATINGS);
    List<FieldError> errors = new ArrayList<>();
    int year = c.year() == null ? 0 : c.year();
    if (c.year() == null) {
      errors.add(new FieldError("year", "evaluation.field.required"));
    }
    RatingSystem system = c.system() == null ? RatingSystem.PARTY : c.system();
    Unit unit = unit(unitCode, year == 0 ? AsOf.today().getYear() : year, actor);
    if (unit.level() != UnitLevel.COMMUNE) {
      errors.add(new FieldError("unit", "evaluation.collective.notCommune", unit.fullName()));
    }
    if (year != 0 && rules.ruleSet(year, system).isEmpty()) {
      errors.add(
          new FieldError("year", "evaluation.year.noRules", String.valueOf(year), system.name()));
    }
    if (c.body() == null) {
      errors.add(new FieldError("body", "evaluation.field.required"));
    }
    if (c.level() == null || c.level() == Level.NOT_RATED) {
      errors.add(new FieldError("level", "evaluation.field.required"));
    }
    text(errors, "number", c.number(), 60);
    text(errors, "signer", c.signer(), 200);
    if (c.date() == null) {
      errors.add(new FieldError("date", "evaluation.field.required"));
    } else if (year != 0 && (c.date().getYear() < year || c.date().getYear() > year + 1)) {
      errors.add(
          new FieldError(
              "date",
              "evaluation.date.year",
              c.date().toString(),
              String.valueOf(year),
              String.valueOf(year + 1)));
    }
    InvalidInputException.throwIfAny(errors);
    if (find(unit.code(), year, system, c.body()).isPresent()) {
      throw new ConflictException(
          "evaluation.collective.exists", unit.fullName(), String.valueOf(year));
    }
    long id =
        jdbc.sql(
                "INSERT INTO evaluation_collective (unit_code, unit_on, year, system, body, level,"
                    + " decision_number, decision_date, decision_signer, recorded_by) VALUES (:u,"
                    + " :on, :y, :s, :b, :l, :n, :d, :sg, :by) RETURNING id")
            .param("u", unit.code())
            .param("on", dayOf(year))
            .param("y", year)
            .param("s", system.name())
            .param("b", c.body().name())
            .param("l", c.level().name())
            .param("n", c.number().trim())
            .param("d", c.date())
            .param("sg", c.signer().trim())
            .param("by", actor.username())
            .query(Long.class)
            .single();
    return new Collective(
        id,
        unit.code(),
        year,
        system,
        c.body(),
        c.level(),
        c.number().trim(),
        c.date(),
        c.signer().trim());
  }

  /**
   * The collectives' ratings of the communes of a unit for a year: 403, 404, 403 outside the
   * ground.
   */
  public List<Collective> of(String unitCode, int year, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    LocalDate on = dayOf(year);
    Unit unit = unit(unitCode, year, actor);
    List<String> communes = units.communesCovering(unit, on).stream().map(Unit::code).toList();
    if (communes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT + " WHERE unit_code IN (:u) AND year = :y ORDER BY unit_code, system, body")
        .param("u", communes)
        .param("y", year)
        .query(CollectiveRatings::map)
        .list();
  }

  /**
   * The collectives headed by the person of {@code e} (their head posts in its unit on its day)
   * whose rating for the year is not recorded yet, where the regime wants the collective first.
   */
  List<Body> missingBefore(Evaluation e, RuleSet regime) {
    if (regime.rule(RULE).isEmpty()) {
      return List.of();
    }
    List<String> posts =
        jdbc.sql(
                "SELECT position_code FROM positions_assignments_on(:d) WHERE person_id = :p"
                    + " AND unit_code = :u")
            .param("d", e.unitOn())
            .param("p", e.personId())
            .param("u", e.unitCode())
            .query(String.class)
            .list();
    List<Body> missing = new ArrayList<>();
    for (Body b : Body.values()) {
      if (posts.stream().anyMatch(b.heads()::contains)
          && find(e.unitCode(), e.year(), e.system(), b).isEmpty()) {
        missing.add(b);
      }
    }
    return missing;
  }

  private Optional<Collective> find(String unitCode, int year, RatingSystem system, Body body) {
    return jdbc.sql(SELECT + " WHERE unit_code = :u AND year = :y AND system = :s AND body = :b")
        .param("u", unitCode)
        .param("y", year)
        .param("s", system.name())
        .param("b", body.name())
        .query(CollectiveRatings::map)
        .optional();
  }

  private static final String SELECT =
      "SELECT id, unit_code, year, system, body, level, decision_number, decision_date,"
          + " decision_signer FROM evaluation_collective";

  private static Collective map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Collective(
        rs.getLong(1),
        rs.getString(2),
        rs.getInt(3),
        RatingSystem.valueOf(rs.getString(4)),
        Body.valueOf(rs.getString(5)),
        Level.valueOf(rs.getString(6)),
        rs.getString(7),
        rs.getObject(8, LocalDate.class),
        rs.getString(9));
  }

  /** The unit on the year's day: 404 none, 403 outside the actor's ground. */
  private Unit unit(String unitCode, int year, Actor actor) {
    LocalDate on = dayOf(year);
    Unit unit =
        units
            .nearest(unitCode == null ? "" : unitCode.trim(), on)
            .orElseThrow(() -> new NotFoundException("evaluation.unit.notFound", unitCode));
    visibility.requireUnit(actor, unit, on);
    return unit;
  }

  /** The day a year's collective is read on: 31 December, or today within the year. */
  private static LocalDate dayOf(int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    return end.isAfter(AsOf.today()) && year == AsOf.today().getYear() ? AsOf.today() : end;
  }

  private static void text(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "evaluation.field.required"));
    } else if (!TextRules.check(errors, field, value) && value.trim().length() > max) {
      errors.add(new FieldError(field, "evaluation.field.length", max));
    }
  }
}
