package vn.cbcs.recruitment;

import java.time.LocalDate;

/**
 * A round's recruitment decision was recorded (ADR 15 point 5: announces, carries no state — the
 * person records and posts are already written through the people module).
 */
public record RecruitmentDecided(long roundId, String unitCode, LocalDate decidedOn) {}
