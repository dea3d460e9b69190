/**
 * Training and fostering of cadres (đào tạo, bồi dưỡng; issue 15, ADR 15): NĐ 101/2017 as amended
 * by NĐ 89/2021 until 30-6-2025, NĐ 171/2025 from 1-7-2025 (REGULATIONS.md §7).
 *
 * <p>Rules as data (table {@code training_rule}, period, source, article, confidence): the
 * reimbursement of publicly funded postgraduate study ({@link vn.cbcs.training.ReimbursementRules},
 * {@code GET /api/rules/training-reimbursement}).
 *
 * <p>Never depends on {@code planning} (ADR 15 §2): planning's đối tượng 2 would be read through
 * the SQL function {@code planning_candidates_on(date)}, which does not exist yet.
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
      "evaluation"
    })
package vn.cbcs.training;
