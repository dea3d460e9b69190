package vn.cbcs.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What to generate.
 *
 * @param provinces codes of pre-2025 provinces whose communes are staffed (Bắc Kạn: 06)
 * @param start first day of the history
 * @param end last day of the history (today for the demo)
 * @param seed the same seed gives the same people
 * @param staffShortfall how many seats of the quota are left vacant at most (0 = full)
 * @param family whether to generate family members (off for national-scale sets)
 * @param ratings whether to record the years' final ratings of the people in post (evaluation)
 */
public record DemoSettings(
    List<String> provinces,
    LocalDate start,
    LocalDate end,
    long seed,
    int staffShortfall,
    boolean family,
    boolean ratings) {

  /** With the years' ratings. */
  public DemoSettings(
      List<String> provinces,
      LocalDate start,
      LocalDate end,
      long seed,
      int staffShortfall,
      boolean family) {
    this(provinces, start, end, seed, staffShortfall, family, true);
  }

  /** Bắc Kạn from 2016 to today: the demo province. */
  public static DemoSettings bacKan(LocalDate today, long seed) {
    return new DemoSettings(List.of("06"), LocalDate.of(2016, 1, 1), today, seed, 2, true);
  }
}
