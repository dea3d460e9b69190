package vn.cbcs.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks the candidates of one position (NĐ 170/2025): those who passed, by total (round 2 plus
 * priority points) from the highest, within the seats (Điều 10 khoản 1 điểm b; Điều 12 khoản 1 điểm
 * b). Equal totals at the last seat: the higher round-2 result first, then — an exam with written
 * and interview — the higher written score (Điều 10 khoản 2 điểm a, b; Điều 12 khoản 2); still
 * equal, the head of the recruiting body decides: those candidates are TIED.
 */
public final class Ranking {

  private Ranking() {}

  /** The order of the tie rules: total, round 2, written (exam only); higher first. */
  static final Comparator<Score> ORDER =
      Comparator.comparing(
              Score::total, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
          .thenComparing(
              Score::round2, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
          .thenComparing(
              Score::written, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
          .reversed();

  /**
   * One candidate with their score (null: not scored); an ineligible one (not meeting the
   * position's standard, {@link Eligibility}) is never ranked.
   */
  public record Entry(Candidate candidate, Score score, boolean eligible) {

    public Entry(Candidate candidate, Score score) {
      this(candidate, score, true);
    }
  }

  public static List<Results.Ranked> rank(List<Entry> entries, int seats) {
    List<Entry> passed = new ArrayList<>();
    List<Results.Ranked> rest = new ArrayList<>();
    for (Entry e : entries) {
      if (!e.eligible()) {
        rest.add(new Results.Ranked(e.candidate(), e.score(), null, Results.Outcome.INELIGIBLE));
      } else if (e.score() == null) {
        rest.add(new Results.Ranked(e.candidate(), null, null, Results.Outcome.NOT_SCORED));
      } else if (!e.score().passed()) {
        rest.add(new Results.Ranked(e.candidate(), e.score(), null, Results.Outcome.FAILED));
      } else {
        passed.add(e);
      }
    }
    passed.sort(
        Comparator.comparing(Entry::score, ORDER)
            .thenComparing(
                e -> e.candidate().fullName(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.candidate().id()));
    List<Results.Ranked> ranked = new ArrayList<>();
    int i = 0;
    while (i < passed.size()) {
      int j = i;
      while (j + 1 < passed.size() && same(passed.get(i).score(), passed.get(j + 1).score())) {
        j++;
      }
      int rank = i + 1;
      // the group i..j shares a rank; it straddles the last seat when it starts within the seats
      // and ends beyond them
      Results.Outcome outcome;
      if (j < seats) {
        outcome = Results.Outcome.RECRUITED;
      } else if (i < seats) {
        outcome = Results.Outcome.TIED;
      } else {
        outcome = Results.Outcome.PASSED;
      }
      for (int k = i; k <= j; k++) {
        ranked.add(
            new Results.Ranked(passed.get(k).candidate(), passed.get(k).score(), rank, outcome));
      }
      i = j + 1;
    }
    ranked.addAll(rest);
    return ranked;
  }

  private static boolean same(Score a, Score b) {
    return eq(a.total(), b.total()) && eq(a.round2(), b.round2()) && eq(a.written(), b.written());
  }

  private static boolean eq(BigDecimal a, BigDecimal b) {
    return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
  }
}
