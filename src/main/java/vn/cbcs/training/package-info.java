/**
 * Training and fostering of cadres (đào tạo, bồi dưỡng; issue 15, ADR 15): NĐ 101/2017 as amended
 * by NĐ 89/2021 until 30-6-2025, NĐ 171/2025 from 1-7-2025 (REGULATIONS.md §7).
 *
 * <p>Rules as data (table {@code training_rule}, period, source, article, confidence): the
 * reimbursement of publicly funded postgraduate study ({@link vn.cbcs.training.ReimbursementRules},
 * {@code GET /api/rules/training-reimbursement}).
 *
 * <p>Needs, derived for a unit and a date ({@link vn.cbcs.training.Needs}, {@code GET
 * /api/training/needs}): below the standard, the leadership programme, đối tượng 2 of approved
 * succession plans ({@code SuccessionNeeds}), the 40 periods of job-position fostering ({@code
 * FosteringPeriods}), and needs added by hand (table {@code training_need}, {@link
 * vn.cbcs.training.ManualNeeds}); the conditions of publicly funded postgraduate study at enrolment
 * ({@code PostgraduateChecks}, NĐ 171/2025 Điều 5); courses and enrolments (tables {@code
 * training_course}, {@code training_enrolment}; {@link vn.cbcs.training.Courses}, {@link
 * vn.cbcs.training.Enrolments}, every method with the {@link vn.cbcs.platform.Actor}, capability
 * {@code MANAGE_TRAINING} to write, {@code READ_RECORDS} to read). A COMPLETED result records the
 * course's qualification through {@code PersonParts.addQualification} (ADR 15 §4) and publishes
 * {@link vn.cbcs.training.CourseCompleted}.
 *
 * <p>Annual plans of the province and the communes (tables {@code training_plan}, {@code
 * training_plan_course}, {@code training_plan_need}; {@link vn.cbcs.training.TrainingPlans}), their
 * projection on the indicators ({@link vn.cbcs.training.PlanProjections}: reads the {@code
 * indicators} and {@code resolutions} modules' public API — an allowed dependency, as for {@code
 * evaluation}; neither depends on training, so no cycle) and the annual report of NĐ 171/2025 Điều
 * 39 ({@link vn.cbcs.training.TrainingReports}).
 *
 * <p>SQL API (read models for the other modules, ADR 15 §3):
 *
 * <ul>
 *   <li>{@code training_expected_completions(person bigint)} → {@code track varchar, level varchar,
 *       expected_on date, course_id bigint, course_kind varchar}: the courses the person is
 *       enrolled on and has not completed (status ENROLLED), the qualification a pass gives (null
 *       for courses that give none) and the course's last day; ordered by {@code expected_on} (V87,
 *       pinned by {@code ExpectedCompletionsTest}).
 *   <li>{@code training_completed_of(person bigint, as_of date)} → {@code course_id bigint,
 *       course_kind varchar, course_name varchar, provider varchar, starts_on date, ends_on date,
 *       periods int, track varchar, level varchar, certificate_number varchar, certificate_date
 *       date}: the courses completed with a certificate dated on or before the date, oldest first
 *       (V89; the CV of module reports reads it; pinned by {@code CvTrainingHistoryTest}).
 * </ul>
 *
 * <p>Reads of the other modules go through their SQL API: {@code planning_candidates_on}, {@code
 * evaluation_rating_of}, {@code qualifications_highest_on}, {@code positions_assignments_on}, and
 * training's own view over the person record {@code training_person_facts} (V88).
 *
 * <p>Never depends on {@code planning} (ADR 15 §2): planning's đối tượng 2 is read through the SQL
 * function {@code planning_candidates_on(date)} only.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Training",
    allowedDependencies = {
      "platform",
      "security",
      "units",
      "people",
      "qualifications",
      "positions",
      "standards",
      "evaluation",
      "indicators",
      "resolutions"
    })
package vn.cbcs.training;
