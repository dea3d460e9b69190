package vn.cbcs.training;

import java.time.LocalDate;
import vn.cbcs.qualifications.Track;

/**
 * A training need of one person on a date: what is missing, why (the rule and its deadline) and
 * what would close it.
 *
 * @param kind where the need comes from
 * @param criterion the standard's criterion (e.g. POLITICAL_THEORY_MIN) or the programme
 * @param required the level (or field) required; {@code actual} what is held (null: nothing)
 * @param deadline the day by which it must be met (null: none recorded)
 * @param rule the legal source and article that make it a need
 * @param closedBy what would close it: a course of this kind giving {@code track} at {@code level}
 * @param id the need's id when it was added by hand (kind MANUAL; null for derived ones)
 * @param reason the reason given by the officer who added it (MANUAL only)
 */
public record Need(
    Kind kind,
    long personId,
    String fullName,
    String unitCode,
    String unitName,
    String positionCode,
    String positionName,
    String criterion,
    String required,
    String actual,
    LocalDate deadline,
    boolean overdue,
    String rule,
    Closure closedBy,
    Long id,
    String reason) {

  /** The sources of needs (issue 15). */
  public enum Kind {
    /** below the standard of the post held (module standards, {@code Compliance}) */
    BELOW_STANDARD,
    /** a leader without the state-management programme for leaders (NĐ 171/2025 Điều 16 khoản 2) */
    LEADERSHIP_PROGRAMME,
    /**
     * đối tượng 2 of an approved succession plan without the political-theory level of the post (HD
     * 45-HD/BTCTW mục II.5.1; planning's read model {@code planning_candidates_on})
     */
    SUCCESSION_POLITICAL_THEORY,
    /** fewer periods of job-position fostering this year than required (NĐ 171/2025 Điều 16.3) */
    JOB_POSITION_PERIODS,
    /** added by hand by an officer, with a reason */
    MANUAL
  }

  /** For JOB_POSITION_PERIODS: the periods still missing this year (else null). */
  public Integer missingPeriods() {
    if (kind != Kind.JOB_POSITION_PERIODS) {
      return null;
    }
    return Integer.parseInt(required) - Integer.parseInt(actual);
  }

  /** A course kind and, where the course gives a qualification, its track and minimum level. */
  public record Closure(CourseKind courseKind, Track track, String level) {}
}
