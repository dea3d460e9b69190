package vn.cbcs.platform;

/**
 * What a user may do, independent of where: each service checks the capability of the call and,
 * separately, that the object lies in the user's units ({@code vn.cbcs.security.Visibility}). The
 * map from roles to capabilities is {@link Role#capabilities()}.
 */
public enum Capability {
  /** Read person records, lists, searches, exports and printouts of people in scope. */
  READ_RECORDS,
  /** Read one's own record (self-service). */
  READ_OWN_RECORD,
  /** See ethnic group, religion, Party history, health, discipline, family (NĐ 13/2023). */
  SEE_SENSITIVE,
  /** Create and correct records, qualifications, posts and photos of people in scope. */
  EDIT_RECORDS,
  /** Change a recorded person's identity (name, birth date, personal ID) — from an import too. */
  CORRECT_IDENTITY,
  /** Send Excel files to import (dry run and commit) and read one's own imports. */
  IMPORT,
  /** Read every import whose rows lie in scope (inspection). */
  READ_IMPORTS,
  /** Standards, staffing, alerts, indicators, dashboard, resolutions, statistical reports. */
  READ_FIGURES,
  /** Review the correction requests of cadres in scope. */
  REVIEW_CORRECTIONS,
  /** Ask for a correction of one's own record. */
  REQUEST_CORRECTIONS,
  /** Amend rules as data, the province's allocations and units' dated attributes. */
  EDIT_RULES,
  /** Define and version indicators. */
  DEFINE_INDICATORS,
  /** Lock the figures of a reporting date. */
  LOCK_FIGURES,
  /** Record resolutions and their targets. */
  EDIT_RESOLUTIONS,
  /** Read and verify the audit log of units in scope, and export it. */
  READ_AUDIT,
  /** Create and change users, their roles and scopes. */
  ADMINISTER_USERS,
  /** Take a backup of the whole database. */
  BACKUP,
  /** Fill in one's own annual self-assessment (self-service, on one's linked record). */
  SELF_ASSESS,
  /**
   * Open annual evaluations of people in scope, record the self-assessment from paper, the
   * manager's comments, the meeting and the proposed level.
   */
  PROPOSE_RATINGS,
  /** Record the decision of the competent person that makes a rating final (within the cap). */
  DECIDE_RATINGS,
  /**
   * Record courses of training and fostering, enrol people in scope and record their results (a
   * completion records the qualification on the person's record).
   */
  MANAGE_TRAINING,
  /**
   * Open recruitment rounds of communes in scope, record candidates and scores, and record the
   * recruitment decision that creates the person record and the post (issue 16). Held by the
   * province: under Luật CBCC 80/2025 and NĐ 170/2025 Điều 7 the competent body is the
   * civil-service managing body (the province for commune civil servants); a commune recruits only
   * when the power is delegated, which is then a grant of this capability to its keepers. Reading
   * rounds needs READ_RECORDS.
   */
  RECRUIT,
  /**
   * Build succession plans (quy hoạch) of units in scope: create and approve plans, add and remove
   * candidates (issue 14). Reading plans needs {@link #READ_RECORDS}.
   */
  PLAN_SUCCESSION
}
