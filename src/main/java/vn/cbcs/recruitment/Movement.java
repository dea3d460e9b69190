package vn.cbcs.recruitment;

import java.time.LocalDate;
import vn.cbcs.positions.DecisionKind;

/**
 * A movement of a person between units (issue 16): planned, then approved by a decision that gives
 * the post through the people module.
 */
public record Movement(
    long id,
    long personId,
    Kind kind,
    String fromUnit,
    String toUnit,
    String positionCode,
    LocalDate fromDate,
    LocalDate untilDate,
    String reason,
    Status status,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer,
    Long assignmentId,
    String createdBy,
    String returnDecisionNumber,
    LocalDate returnDecisionDate) {

  /** điều động, luân chuyển, biệt phái (NĐ 170/2025/NĐ-CP Điều 25, 42–50, 26). */
  public enum Kind {
    TRANSFER(DecisionKind.TRANSFER),
    ROTATION(DecisionKind.ROTATION),
    SECONDMENT(DecisionKind.SECONDMENT);

    private final DecisionKind decision;

    Kind(DecisionKind decision) {
      this.decision = decision;
    }

    public DecisionKind decision() {
      return decision;
    }

    /** Rotation and secondment are for a period; a transfer is not. */
    public boolean forAPeriod() {
      return this != TRANSFER;
    }
  }

  /** Planned; approved by a decision; returned to the former post by a decision (V109). */
  public enum Status {
    PLANNED,
    APPROVED,
    RETURNED
  }

  /**
   * An approved rotation or secondment whose period has ended on {@code asOf}: the sending body
   * must decide (end, extend, or place the person) — NĐ 170/2025 Điều 26 khoản 2, Điều 50.
   */
  public boolean needsDecision(LocalDate asOf) {
    return status == Status.APPROVED && untilDate != null && untilDate.isBefore(asOf);
  }
}
