/**
 * Recruitment, placement and movements (issue 16, ADR 15): the rules of civil-servant recruitment
 * as data (table {@code recruitment_rule}: NĐ 170/2025/NĐ-CP from 1-7-2025 — priority points Điều
 * 6, exam and pass marks Điều 9–10, selection Điều 11–12, the timeline Điều 15–19), the pure score
 * ({@link vn.cbcs.recruitment.RecruitmentRules}, {@code GET /api/rules/recruitment-score}); the
 * openings of a commune ({@link vn.cbcs.recruitment.Vacancies}, {@code GET
 * /api/units/{code}/vacancies}: the ceiling from standards' staffing, people in post, not yet
 * filled or surplus, and per post the holders leaving within the next months); recruitment rounds
 * ({@link vn.cbcs.recruitment.Rounds}: tables {@code recruitment_round}, {@code
 * recruitment_round_position}, {@code recruitment_candidate}, {@code recruitment_decision}, {@code
 * recruitment_result}) from the plan and timeline (checked against NĐ 170/2025 Điều 15–16) to the
 * ranked results (Điều 10, 12) and the recruitment decision (Điều 19), which registers each
 * recruited candidate's person record and post through {@code people.PersonRegistration} with the
 * actor (ADR 15 point 4). Writing needs {@code Capability.RECRUIT}, reading {@code READ_RECORDS}; a
 * round lies in its commune's ground on its notice date. Candidates are judged against the offered
 * position's standard by the standards module's engine and rows ({@link
 * vn.cbcs.recruitment.Eligibility}; an ineligible candidate is never ranked). The 2025 transition
 * board of a commune ({@link vn.cbcs.recruitment.Transition}, {@code GET
 * /api/units/{code}/transition}) reads standards' staffing, verdicts and TRANSITION rows. Movements
 * ({@link vn.cbcs.recruitment.Movements}, table {@code movement}, {@code /api/movements}: transfer,
 * rotation, secondment) are approved by a decision whose post is given through {@code
 * people.PersonParts}; ended rotations and secondments are work items ({@code platform.WorkItems}).
 *
 * <p>Event: {@link vn.cbcs.recruitment.RecruitmentDecided} (announces, carries no state).
 *
 * <p>SQL API (read models for the other modules, ADR 15 point 3; columns pinned by {@code
 * VacanciesTest}):
 *
 * <ul>
 *   <li>{@code recruitment_vacancies_on(unit varchar, as_of date, months int DEFAULT 6)} → one row
 *       per post of the commune (held there, or with seats fixed by the catalogue): {@code
 *       position_code, seats, filled, leaving, leaving_retirement, leaving_term, leaving_post_end,
 *       leaving_movement, arriving} — leaving within {@code months} after {@code as_of}, each
 *       person once; {@code leaving_movement}: by an approved transfer or rotation away, or the end
 *       of a rotation or secondment here (V108); {@code arriving}: brought by an approved movement;
 *   <li>{@code recruitment_holders_on(unit varchar, as_of date, months int)} → every post held:
 *       {@code person_id, position_code, concurrent, retirement, term_end, post_end, by_retirement,
 *       by_term, by_post_end, by_movement};
 *   <li>{@code recruitment_placed_on(as_of date)} → {@code person_id, position_code, grade}: the
 *       posts held in a job position in force that carries a grade (V110; read by the indicators'
 *       criterion PLACED_IN_JOB_POSITION, pinned by {@code TransitionIndicatorsTest});
 *   <li>{@code recruitment_retirement_date(birth date, sex varchar)} → the statutory retirement
 *       date, the rule of {@code vn.cbcs.standards.RetirementAge} (pinned by a test).
 * </ul>
 *
 * Term ends: a 5-year appointment (NĐ 170/2025 Điều 28 khoản 1), an elected body's term from the
 * standards TERM rows, else 5 years from the election (an estimate) — as the standards alerts.
 * Approved movements are counted (V108); plans without a decision are not. The return from an ended
 * rotation or secondment is a decision ({@link vn.cbcs.recruitment.MovementReturns}), never
 * automatic. The round's decision draft and results list as DOCX: {@code web.RoundDocsController}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Recruitment",
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
package vn.cbcs.recruitment;
