/**
 * Annual evaluation and classification of cadres (đánh giá, xếp loại chất lượng; issue 13, ADR 15):
 * the rules of each evaluation year as data (tables {@code evaluation_regime}, {@code
 * evaluation_rule}, {@code evaluation_disqualifier}: NĐ 90/2020 as amended by NĐ 48/2023 until
 * 2025, Law 80/2025 Arts. 25–27 with NĐ 335/2025 from 2026, the Party's QĐ 366-QĐ/TW), the pure
 * classification ({@link vn.cbcs.evaluation.EvaluationRules}, {@code GET /api/rules/evaluation}),
 * and the record of a person's evaluation for a year and a system, step by step to its decision
 * ({@link vn.cbcs.evaluation.Evaluations}), continuous tracking of task results per month or
 * quarter from 2026 (table {@code evaluation_tracking}, {@link vn.cbcs.evaluation.Tracking}, {@link
 * vn.cbcs.evaluation.TrackingRules}). The Excel import of ratings (module importexport, ADR 18)
 * calls {@link vn.cbcs.evaluation.Evaluations} with the importing actor.
 *
 * <p>SQL API (read models for the other modules; final ratings only):
 *
 * <ul>
 *   <li>{@code evaluation_rating_of(person bigint, year int, system varchar)} → {@code level,
 *       regime, decision_id, decision_number, decision_date};
 *   <li>{@code evaluation_ratings_on(year int)} → one row per person: {@code person_id, unit_code,
 *       state_level, state_regime, party_level, party_regime}.
 * </ul>
 *
 * Event: {@link vn.cbcs.evaluation.RatingDecided} (announces, carries no state).
 *
 * <p>Work items ({@link vn.cbcs.platform.WorkItems}, ADR 15 §6): the consequences of a final KHTNV
 * rating (NĐ 170/2025 Điều 53, 57 khoản 3; the old two-year rule) and the year's ratings due by 15
 * December, deadlines in {@link vn.cbcs.evaluation.ConsequenceSettings}; view {@code
 * evaluation_person_names} (V72).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Evaluation",
    allowedDependencies = {
      "platform",
      "security",
      "units",
      "people",
      "qualifications",
      "positions",
      "standards",
      "indicators",
      "resolutions",
      "audit"
    })
package vn.cbcs.evaluation;
