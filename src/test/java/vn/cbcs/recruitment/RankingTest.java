package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.cbcs.people.Sex;

/** Known answers of the ranking and the tie rules (NĐ 170/2025 Điều 10, 12), without a database. */
class RankingTest {

  private static long seq = 1;

  private static Ranking.Entry entry(
      String name, boolean passed, String total, String round2, String written) {
    Candidate c =
        new Candidate(
            seq++,
            1,
            "P",
            "000000000000",
            name,
            Sex.MALE,
            java.time.LocalDate.of(1990, 1, 1),
            null,
            Set.of(),
            true,
            null,
            null,
            null,
            null);
    Score s =
        new Score(
            Method.EXAM,
            passed,
            new BigDecimal(round2),
            written == null ? null : new BigDecimal(written),
            BigDecimal.ZERO,
            null,
            new BigDecimal(total),
            List.of(),
            null);
    return new Ranking.Entry(c, s);
  }

  private static List<String> outcomes(List<Results.Ranked> r) {
    return r.stream()
        .map(x -> x.candidate().fullName() + ":" + x.outcome() + ":" + x.rank())
        .toList();
  }

  @Test
  @DisplayName("Điều 10 khoản 1 điểm b: by total from the highest, within the seats")
  void byTotalWithinTheSeats() {
    var r =
        Ranking.rank(
            List.of(
                entry("B", true, "70", "70", "70"),
                entry("A", true, "80", "75", "75"),
                entry("C", true, "60", "60", "60"),
                entry("F", false, "90", "45", "45")),
            2);
    assertThat(outcomes(r))
        .containsExactly("A:RECRUITED:1", "B:RECRUITED:2", "C:PASSED:3", "F:FAILED:null");
  }

  @Test
  @DisplayName("Điều 10 khoản 2 điểm a: equal totals — the higher round-2 result first")
  void tieBrokenByRound2() {
    // same total 72.5: G has 72.5 in round 2, H 70 + 2.5 priority
    var r =
        Ranking.rank(
            List.of(
                entry("H", true, "72.5", "70", "70"), entry("G", true, "72.50", "72.5", "72.5")),
            1);
    assertThat(outcomes(r)).containsExactly("G:RECRUITED:1", "H:PASSED:2");
  }

  @Test
  @DisplayName("Điều 10 khoản 2 điểm b: then the higher written score (written + interview)")
  void tieBrokenByWritten() {
    var r =
        Ranking.rank(
            List.of(entry("I", true, "74", "74", "74"), entry("J", true, "74", "74", "80")), 1);
    assertThat(outcomes(r)).containsExactly("J:RECRUITED:1", "I:PASSED:2");
  }

  @Test
  @DisplayName("Điều 10 khoản 2: still equal at the last seat — TIED, the head decides")
  void stillEqualIsTied() {
    var r =
        Ranking.rank(
            List.of(
                entry("K", true, "90", "90", "90"),
                entry("L", true, "70", "70", "70"),
                entry("M", true, "70", "70", "70"),
                entry("N", true, "60", "60", "60")),
            2);
    assertThat(outcomes(r)).containsExactly("K:RECRUITED:1", "L:TIED:2", "M:TIED:2", "N:PASSED:4");
    // with seats for both, an equal pair is simply recruited
    assertThat(
            outcomes(
                Ranking.rank(
                    List.of(entry("L", true, "70", "70", "70"), entry("M", true, "70", "70", "70")),
                    2)))
        .containsExactly("L:RECRUITED:1", "M:RECRUITED:1");
  }
}
