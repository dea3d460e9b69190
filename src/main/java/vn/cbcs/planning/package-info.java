/**
 * Succession planning (quy hoạch cán bộ; issue 14, ADR 15): the rules of planning as data (tables
 * {@code planning_regime}, {@code planning_rule}: QĐ 50-QĐ/TW with HD 16-HD/BTCTW until 7-10-2025,
 * QĐ 377-QĐ/TW with HD 45-HD/BTCTW from 8-10-2025; {@code planning_post_level}: which post is
 * higher), the pure age rule ({@link vn.cbcs.planning.PlanningAge}, {@code GET
 * /api/rules/planning-age}).
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
