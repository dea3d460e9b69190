package vn.cbcs.evaluation;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting "ngày làm việc" (NĐ 170/2025 Art. 53): Monday to Friday. Public holidays are not
 * subtracted (their dates vary by year); a deadline counted here can be a few days early, never
 * late.
 */
final class WorkingDays {

  private WorkingDays() {}

  /** The day {@code days} working days after {@code from} (from itself not counted). */
  static LocalDate after(LocalDate from, int days) {
    LocalDate d = from;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
