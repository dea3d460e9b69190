package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;

/**
 * Continuous tracking of a person's task results per month or quarter (Law 80/2025 Arts. 25–27, NĐ
 * 335/2025; {@link TrackingRules}), from the evaluation years whose regime tracks. ADR 13: the
 * capability first (403), then the record (404) and the ground (403), then the input (400). Those
 * who propose ratings record and read it for the people of their ground (the commune of the
 * person's post in the year); those who decide ratings read it; a cadre reads their own.
 */
@Service
@Transactional(readOnly = true)
public class Tracking {

  private static final BigDecimal MAX_PRODUCTS = new BigDecimal("9999999.99");

  private final JdbcClient jdbc;
  private final EvaluationRules rules;
  private final Evaluations evaluations;
  private final Visibility visibility;
  private final TrackingPeriods periods;

  Tracking(
      JdbcClient jdbc,
      EvaluationRules rules,
      Evaluations evaluations,
      Visibility visibility,
      TrackingPeriods periods) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.evaluations = evaluations;
    this.visibility = visibility;
    this.periods = periods;
  }

  /** What a period is sent with (numbers as text, so that 12.5 products stay exact). */
  public record Entry(
      String periodKind,
      Integer period,
      String assigned,
      String completed,
      Integer majorErrors,
      String note) {}

  /** The person's tracking for a year. */
  public TrackingSheet of(long personId, Integer year, Actor actor) {
    actor.requireAny(
        Capability.PROPOSE_RATINGS, Capability.DECIDE_RATINGS, Capability.READ_OWN_RECORD);
    visibility.requireSees(actor, personId);
    boolean own = ownRecord(actor, personId) && actor.can(Capability.READ_OWN_RECORD);
    if (!own && !actor.can(Capability.PROPOSE_RATINGS) && !actor.can(Capability.DECIDE_RATINGS)) {
      throw new ForbiddenException("person.notOwnRecord", personId);
    }
    RuleSet r = ruleSet(year);
    if (!own) {
      requireGround(actor, personId, year);
    }
    return periods.sheet(personId, year, r);
  }

  /**
   * Records (or corrects) one period: an officer of the person's commune in the year. A year is
   * tracked by months or by quarters, not both.
   */
  @Transactional
  public TrackingSheet record(long personId, Integer year, Entry entry, Actor actor) {
    actor.require(Capability.PROPOSE_RATINGS);
    visibility.requireSees(actor, personId);
    RuleSet r = ruleSet(year);
    Evaluations.Post post = requireGround(actor, personId, year);
    List<FieldError> errors = new ArrayList<>();
    TrackingPeriod.PeriodKind kind = null;
    if (entry == null) {
      entry = new Entry(null, null, null, null, null, null);
    }
    if (entry.periodKind() == null || entry.periodKind().isBlank()) {
      errors.add(new FieldError("periodKind", "evaluation.field.required"));
    } else {
      try {
        kind =
            TrackingPeriod.PeriodKind.valueOf(entry.periodKind().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError("periodKind", "evaluation.tracking.periodKind", entry.periodKind()));
      }
    }
    if (entry.period() == null) {
      errors.add(new FieldError("period", "evaluation.field.required"));
    } else if (kind != null) {
      int max = kind == TrackingPeriod.PeriodKind.MONTH ? 12 : 4;
      if (entry.period() < 1 || entry.period() > max) {
        errors.add(
            new FieldError(
                "period", "evaluation.parameter.range", "period", entry.period(), 1, max));
      }
    }
    BigDecimal assigned = products(errors, "assigned", entry.assigned());
    BigDecimal completed = products(errors, "completed", entry.completed());
    if (assigned != null && assigned.signum() == 0) {
      errors.add(new FieldError("assigned", "evaluation.tracking.noneAssigned"));
    }
    int majorErrors = entry.majorErrors() == null ? 0 : entry.majorErrors();
    if (majorErrors < 0 || majorErrors > 100) {
      errors.add(
          new FieldError(
              "majorErrors", "evaluation.parameter.range", "majorErrors", majorErrors, 0, 100));
    }
    String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().trim();
    if (!TextRules.checkMultiLine(errors, "note", note) && note != null && note.length() > 2000) {
      errors.add(new FieldError("note", "evaluation.field.length", 2000));
    }
    if (kind != null) {
      Optional<String> other =
          jdbc.sql(
                  "SELECT period_kind FROM evaluation_tracking WHERE person_id = :p AND year = :y"
                      + " AND period_kind <> :k LIMIT 1")
              .param("p", personId)
              .param("y", year)
              .param("k", kind.name())
              .query(String.class)
              .optional();
      if (other.isPresent()) {
        errors.add(
            new FieldError(
                "periodKind",
                "evaluation.tracking.cadenceMixed." + other.get(),
                String.valueOf(year)));
      }
    }
    InvalidInputException.throwIfAny(errors);
    jdbc.sql(
            "INSERT INTO evaluation_tracking (person_id, year, period_kind, period, assigned,"
                + " completed, major_errors, note, unit_code, unit_on, recorded_by)"
                + " VALUES (:p, :y, :k, :n, :a, :c, :e, :note, :u, :on, :by)"
                + " ON CONFLICT (person_id, year, period_kind, period) DO UPDATE SET"
                + " assigned = EXCLUDED.assigned, completed = EXCLUDED.completed,"
                + " major_errors = EXCLUDED.major_errors, note = EXCLUDED.note,"
                + " recorded_by = EXCLUDED.recorded_by, recorded_at = now()")
        .param("p", personId)
        .param("y", year)
        .param("k", kind.name())
        .param("n", entry.period())
        .param("a", assigned)
        .param("c", completed)
        .param("e", majorErrors)
        .param("note", note)
        .param("u", post.unitCode())
        .param("on", post.on())
        .param("by", actor.username())
        .update();
    return periods.sheet(personId, year, r);
  }

  /** Whether the actor may record tracking for the person in the year (for the page's form). */
  public boolean mayRecord(long personId, int year, Actor actor) {
    if (!actor.can(Capability.PROPOSE_RATINGS)) {
      return false;
    }
    Optional<Evaluations.Post> post = evaluations.postInYear(personId, year);
    return post.isPresent() && visibility.coversUnit(actor, post.get().unitCode(), post.get().on());
  }

  /** The state regime of the year, which must track (400 otherwise, and without a year). */
  private RuleSet ruleSet(Integer year) {
    if (year == null) {
      throw new InvalidInputException(
          List.of(new FieldError("year", "error.parameter.missing", "year")));
    }
    if (year < EvaluationRules.FIRST_YEAR || year > EvaluationRules.LAST_YEAR) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "year",
                  "evaluation.parameter.range",
                  "year",
                  String.valueOf(year),
                  String.valueOf(EvaluationRules.FIRST_YEAR),
                  String.valueOf(EvaluationRules.LAST_YEAR))));
    }
    Optional<RuleSet> r = rules.ruleSet(year, RatingSystem.STATE);
    if (r.isEmpty() || !TrackingRules.tracks(r.get())) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "year",
                  "evaluation.tracking.notInRegime",
                  String.valueOf(year),
                  r.map(RuleSet::name).orElse("—"))));
    }
    return r.get();
  }

  /** The commune of the person's post in the year must be in the actor's ground. */
  private Evaluations.Post requireGround(Actor actor, long personId, int year) {
    Optional<Evaluations.Post> post = evaluations.postInYear(personId, year);
    if (post.isEmpty()) {
      throw new InvalidInputException(
          List.of(
              new FieldError("year", "evaluation.person.noPost", personId, String.valueOf(year))));
    }
    if (!visibility.coversUnit(actor, post.get().unitCode(), post.get().on())) {
      throw new ForbiddenException("evaluation.person.outsideScope", String.valueOf(personId));
    }
    return post.get();
  }

  private static BigDecimal products(List<FieldError> errors, String field, String v) {
    if (v == null || v.isBlank()) {
      errors.add(new FieldError(field, "evaluation.field.required"));
      return null;
    }
    String t = v.trim();
    if (!t.matches("\\d{1,7}(\\.\\d{1,2})?")) {
      errors.add(new FieldError(field, "evaluation.tracking.products", field, t));
      return null;
    }
    BigDecimal b = new BigDecimal(t);
    return b.compareTo(MAX_PRODUCTS) > 0 ? null : b;
  }

  private static boolean ownRecord(Actor actor, long personId) {
    Long own = actor.access().personId();
    return own != null && own == personId;
  }
}
