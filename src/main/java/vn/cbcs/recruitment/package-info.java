/**
 * Recruitment, placement and movements (issue 16, ADR 15): the rules of civil-servant recruitment
 * as data (table {@code recruitment_rule}: NĐ 170/2025/NĐ-CP from 1-7-2025 — priority points Điều
 * 6, exam and pass marks Điều 9–10, selection Điều 11–12, the timeline Điều 15–19), the pure score
 * ({@link vn.cbcs.recruitment.RecruitmentRules}, {@code GET /api/rules/recruitment-score}).
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
