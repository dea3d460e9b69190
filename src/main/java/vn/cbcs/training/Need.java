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
    Closure closedBy) {

  /** The sources of needs (issue 15). Đối tượng 2 of planning is not a source yet (ADR 15 §3). */
  public enum Kind {
    /** below the standard of the post held (module standards, {@code Compliance}) */
    BELOW_STANDARD,
    /** a leader without the state-management programme for leaders (NĐ 171/2025 Điều 16 khoản 2) */
    LEADERSHIP_PROGRAMME
  }

  /** A course kind and, where the course gives a qualification, its track and minimum level. */
  public record Closure(CourseKind courseKind, Track track, String level) {}
}
