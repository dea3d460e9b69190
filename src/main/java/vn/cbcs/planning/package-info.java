/**
 * Succession planning (quy hoạch cán bộ; issue 14, ADR 15): the rules of planning as data (tables
 * {@code planning_regime}, {@code planning_rule}: QĐ 50-QĐ/TW with HD 16-HD/BTCTW until 7-10-2025,
 * QĐ 377-QĐ/TW with HD 45-HD/BTCTW from 8-10-2025; {@code planning_post_level}: which post is
 * higher), the pure age rule ({@link vn.cbcs.planning.PlanningAge}, {@code GET
 * /api/rules/planning-age}); plans of a commune's body per term with their approval decision and
 * their candidates (tables {@code planning_plan}, {@code planning_plan_seats}, {@code
 * planning_candidate}), kept by {@link vn.cbcs.planning.Plans} (capability {@code PLAN_SUCCESSION}
 * to change, {@code READ_RECORDS} to read, the plan's unit in the actor's ground on the plan's
 * date); every rule of a candidate in {@code CandidateChecks}; the succession of a unit ({@link
 * vn.cbcs.planning.Succession}) and its bench with a five-year projection and posts at risk ({@link
 * vn.cbcs.planning.Bench}); the annual review with proposals and decisions ({@link
 * vn.cbcs.planning.PlanReviews}, tables {@code planning_review}, {@code planning_review_proposal});
 * the warnings of an appointment from inside the unit in the post form ({@code AppointmentChecks},
 * implementing the platform seam {@code PostChecks}); the what-if of the bench ({@link
 * vn.cbcs.planning.WhatIf}: a political-theory level assumed from a date, nothing written); the
 * structure shares of a plan against configured targets ({@code StructureShares}, warnings); the
 * planning list and the review report as one layout ({@link vn.cbcs.planning.PlanDocuments}),
 * written as DOCX, PDF and the candidates as Excel by the web layer.
 *
 * <p>Reads of the other modules go through their SQL API ({@code positions_assignments_on}, {@code
 * positions_terms_on}, {@code qualifications_ranks_of}, {@code evaluation_rating_of} — read-only)
 * {@code people_disciplines_decided} (the people module's read model: disciplines with their
 * effective period) and planning's own view over the person record ({@code planning_person_facts});
 * the political-theory level of a post comes from the standards module's rules and compliance
 * engine; the what-if with {@code assumeEnrolled} reads training's {@code
 * training_expected_completions(person)} ({@code EnrolledCourses}; never the training Java module).
 * A discipline decision recorded in a person record ({@code people.DisciplineRecorded}, heard
 * inside the writing transaction by {@code DisciplineRemovals}) takes the person out of the
 * approved plans at once (QĐ 377 Điều 29). The ballot steps of a candidate: {@link
 * vn.cbcs.planning.CandidateBallots} (table {@code planning_candidate_ballot}).
 *
 * <p>SQL API (read model for the other modules; training reads it, ADR 15 point 3):
 *
 * <ul>
 *   <li>{@code planning_candidates_on(as_of date)} → one row per candidate in a plan on the date
 *       (added on or before it, not removed by it): {@code person_id bigint, position_code varchar}
 *       (a post code, or COMMITTEE_BCH / COMMITTEE_BTV / COMMITTEE_UBKT), {@code unit_code varchar,
 *       target smallint} (đối tượng 1 or 2), {@code required_llct_level varchar, required_llct_rank
 *       smallint} (the political-theory level the post required when the candidate was added; null:
 *       none), {@code plan_id bigint, term_from int, term_to int, approved boolean} (the plan
 *       approved by a decision dated on or before the date). Pinned by {@code
 *       PlanningFlowTest.theReadModelKeepsItsColumns}.
 *   <li>{@code planning_posts_at_risk_on(as_of date, months int DEFAULT NULL, units varchar[]
 *       DEFAULT NULL)} → one row per holder of a leadership post with a planning level who leaves
 *       it within {@code months} (null: the row {@code bench_risk_months}) — the earlier of the
 *       term end and the NĐ 135/2020 retirement date — while no candidate planned for the post is
 *       eligible now (the bench's READY, but with the political-theory level the post required when
 *       the candidate was added, and without the counts, checked on addition): {@code unit_code
 *       varchar, position_code varchar, person_id bigint} (the holder), {@code leaves_on date, why
 *       varchar} (RETIREMENT or TERM_END), {@code planned int, after_training int}. The indicators
 *       module reads it for the criterion kind POST_AT_RISK (built-in indicator POSTS_AT_RISK, on
 *       the dashboard and in the resolution review). With {@code planning_retirement_date(birth,
 *       sex, early_years)}, the Java rule of {@code RetirementAge} in SQL. Pinned by {@code
 *       PlanningPostsAtRiskTest}.
 * </ul>
 *
 * Events (announce, carry no state; published inside the writing transaction): {@link
 * vn.cbcs.planning.PlanApproved}, {@link vn.cbcs.planning.CandidateAdded}, {@link
 * vn.cbcs.planning.CandidateRemoved}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Planning",
    allowedDependencies = {
      "platform",
      "security",
      "units",
      "people",
      "qualifications",
      "positions",
      "standards",
      "evaluation"
    })
package vn.cbcs.planning;
