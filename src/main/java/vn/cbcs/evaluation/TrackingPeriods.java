package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/**
 * The rows of {@code evaluation_tracking} and the sheet they make (no access checks: {@link
 * Tracking} checks the actor; {@link Evaluations#selfAssess} reads the year's task points).
 */
@Component
class TrackingPeriods {

  private final JdbcClient jdbc;

  TrackingPeriods(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  TrackingSheet sheet(long personId, int year, RuleSet rules) {
    List<Row> rows =
        jdbc.sql(
                "SELECT id, period_kind, period, assigned, completed, major_errors, note,"
                    + " recorded_by, recorded_at FROM evaluation_tracking"
                    + " WHERE person_id = :p AND year = :y ORDER BY period_kind, period")
            .param("p", personId)
            .param("y", year)
            .query(
                (rs, i) ->
                    new Row(
                        rs.getLong(1),
                        TrackingPeriod.PeriodKind.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9)))
            .list();
    List<TrackingRules.Input> inputs =
        rows.stream()
            .map(r -> new TrackingRules.Input(r.assigned, r.completed, r.majorErrors))
            .toList();
    List<TrackingPeriod> periods =
        rows.stream()
            .map(
                r -> {
                  TrackingRules.Input in =
                      new TrackingRules.Input(r.assigned, r.completed, r.majorErrors);
                  return new TrackingPeriod(
                      r.id,
                      r.kind,
                      r.period,
                      r.assigned,
                      r.completed,
                      r.majorErrors,
                      r.note,
                      r.by,
                      r.at.toInstant(),
                      TrackingRules.periodResult(rules, in),
                      TrackingRules.periodPoints(rules, in));
                })
            .toList();
    RuleSet.Rule aggregation = rules.required(TrackingRules.WEIGHTED);
    RuleSet.Rule deduction = rules.required(EvaluationRules.MAJOR_ERROR_DEDUCTION);
    return new TrackingSheet(
        personId,
        year,
        rules.regime(),
        periods,
        TrackingRules.annualTaskPoints(rules, inputs),
        rules.required("task_max").value(),
        deduction.value(),
        aggregation.value().signum() > 0,
        aggregation,
        deduction);
  }

  private record Row(
      long id,
      TrackingPeriod.PeriodKind kind,
      int period,
      BigDecimal assigned,
      BigDecimal completed,
      int majorErrors,
      String note,
      String by,
      Timestamp at) {}

  /**
   * The self-assessment with the tracked task points where it gives none and the regime tracks (NĐ
   * 335/2025: the year's task results add up the periods'). Major errors are then counted in the
   * periods; giving them again in the self-assessment is refused (each would deduct twice).
   */
  EvaluationSteps.SelfAssessment withTracked(
      Evaluation e, RuleSet rules, EvaluationSteps.SelfAssessment s) {
    if (!TrackingRules.tracks(rules) || (s.taskPoints() != null && !s.taskPoints().isBlank())) {
      return s;
    }
    Optional<BigDecimal> tracked =
        Optional.ofNullable(sheet(e.personId(), e.year(), rules).taskPoints());
    if (tracked.isEmpty()) {
      return s;
    }
    if (s.majorErrors() != null && s.majorErrors() > 0) {
      throw new InvalidInputException(
          List.of(new FieldError("majorErrors", "evaluation.tracking.majorErrorsInPeriods")));
    }
    return new EvaluationSteps.SelfAssessment(
        s.generalPoints(), EvaluationRules.plain(tracked.get()), s.level(), s.text(), s.on(), null);
  }
}
