package vn.cbcs.indicators.internal;

import java.time.LocalDate;

/**
 * A post whose holder leaves it soon with no planned successor eligible now, as the planning
 * module's read model {@code planning_posts_at_risk_on(date)} gives it: the commune, the post, the
 * day the holder leaves and why (RETIREMENT or TERM_END), the candidates planned and those only
 * missing the political-theory level.
 */
public record PostAtRisk(
    String unitCode,
    String positionCode,
    LocalDate leavesOn,
    String why,
    int planned,
    int afterTraining) {}
