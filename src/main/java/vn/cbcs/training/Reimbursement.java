package vn.cbcs.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a civil servant reimburses for publicly funded postgraduate study, with the figures used:
 * {@code base} is S before the reductions (F, or F/T1 × (T1 − T2)), {@code amount} what is due.
 */
public record Reimbursement(
    BigDecimal amount,
    BigDecimal base,
    String formula,
    List<Reduction> reductions,
    Exemption exemption,
    Rule rule,
    List<Rule> rules) {

  /** Why it is owed (NĐ 171/2025 Điều 6; NĐ 101/2017 Điều 7). */
  public enum Reason {
    /** Quit the course or the job during training (khoản 1): 100%. */
    QUIT_DURING_TRAINING,
    /** Dismissed (buộc thôi việc) as a disciplinary measure (khoản 2): 100%. */
    DISMISSED_DURING_TRAINING,
    /** No degree awarded by the institution (khoản 3): 100%. */
    NO_DEGREE,
    /** Left or dismissed after the degree, before the commitment was served (khoản 4): S. */
    LEFT_BEFORE_COMMITMENT;

    public boolean full() {
      return this != LEFT_BEFORE_COMMITMENT;
    }
  }

  /** Why nothing is owed (NĐ 171/2025 Điều 8 khoản 1, Điều 41 khoản 6). */
  public enum Exemption {
    /** No degree because of serious illness, natural disaster or epidemic, certified (điểm a). */
    SERIOUS_ILLNESS_OR_DISASTER,
    /** Moved, rotated, seconded or transferred within the political system (điểm b). */
    TRANSFER_WITHIN_SYSTEM,
    /** Left under the policies of NĐ 178/2024 or NĐ 154/2025 (Điều 41 khoản 6; from 1-7-2025). */
    RESTRUCTURING_POLICY
  }

  /** One reduction: {@code years} × {@code ratePerYear} % of S, capped at 100%. */
  public record Reduction(
      String kind,
      int years,
      BigDecimal ratePerYear,
      BigDecimal percent,
      BigDecimal amount,
      Rule rule) {}

  /** A rule row: its key, value, period, source, article and confidence. */
  public record Rule(
      String key,
      BigDecimal value,
      LocalDate validFrom,
      LocalDate validTo,
      String legalSource,
      String article,
      String confidence) {}
}
