package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.List;

/**
 * The recruitment decision of a round (NĐ 170/2025 Điều 19): number, date, issuer, signer, the day
 * the recruited start (report for work: at most 30 days after, Điều 19 khoản 2), and — where
 * candidates are tied at the last seat after the tie rules — the ones the head of the recruiting
 * body chose (Điều 10 khoản 2, Điều 12 khoản 2).
 */
public record DecisionInput(
    String number,
    LocalDate decidedOn,
    String issuer,
    String signer,
    LocalDate startOn,
    List<Long> chosen) {

  public DecisionInput {
    chosen = chosen == null ? List.of() : List.copyOf(chosen);
  }
}
