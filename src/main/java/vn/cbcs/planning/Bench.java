package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.PositionCatalogue;

/**
 * Bench strength of a unit (issue 14, "projection and bench strength"): the succession view of
 * {@link Succession} (every leadership post with its holders, their term end and NĐ 135/2020
 * retirement date, and the planned successors with their readiness), and from it:
 *
 * <ul>
 *   <li>for each holder the day they leave: the earlier of the term end and the retirement date;
 *   <li>a projection per calendar year from {@code asOf}'s year, {@code years} years long: how many
 *       holders retire, how many terms end, how many posts are left by a holder, and of those how
 *       many have a planned successor eligible now (READY), only after training, or none;
 *   <li>the posts at risk: a holder leaves within {@code bench_risk_months} months of {@code asOf}
 *       (a configuration row of {@code planning_rule}, not a legal number) and no planned successor
 *       is eligible now.
 * </ul>
 *
 * Readiness is the one on {@code asOf}. The what-if ({@link WhatIf}): a successor who is not ready
 * only for the post's political-theory level and is assumed to hold it from a date is READY from
 * that date on — now when the date is not after {@code asOf}; in the projection and for the risk,
 * for a holder who leaves on or after it. Nothing is written.
 */
@Service
public class Bench {

  public static final int MAX_YEARS = 10;

  /** A holder with the day and the reason they leave. */
  public record Leaving(Succession.Holder holder, LocalDate on, Why why) {}

  public enum Why {
    RETIREMENT,
    TERM_END
  }

  /** A successor made ready by an assumption, from its date on. */
  public record Assumed(Succession.Successor successor, WhatIf.Assumption assumption) {
    public LocalDate readyFrom() {
      return assumption.by();
    }
  }

  /**
   * A post of the bench: the succession row, who leaves, the counts of successors on {@code asOf}
   * (an assumption dated on or before it counts as READY), the successors made ready later by an
   * assumption.
   */
  public record Post(
      Succession.Post post,
      List<Leaving> leaving,
      long ready,
      long afterTraining,
      long notEligible,
      boolean atRisk,
      List<Assumed> assumed) {

    /** Whether a successor is ready (now, or by an assumption) on the day {@code on}. */
    boolean readyBy(LocalDate on) {
      return ready > 0 || assumed.stream().anyMatch(a -> !a.readyFrom().isAfter(on));
    }
  }

  /** One year of the projection. */
  public record Year(
      int year,
      int retirements,
      int termEnds,
      int postsLeft,
      int coveredReady,
      int coveredAfterTraining,
      int uncovered,
      List<String> uncoveredPosts) {}

  public record View(
      Succession.View succession,
      int years,
      int riskMonths,
      String riskArticle,
      List<Post> posts,
      List<Year> projection,
      List<Post> atRisk,
      List<WhatIf.Assumption> assumptions) {}

  private final Succession succession;
  private final PlanningRules rules;
  private final PositionCatalogue positions;
  private final PostRequirements requirements;
  private final EnrolledCourses enrolled;

  Bench(
      EnrolledCourses enrolled,
      Succession succession,
      PlanningRules rules,
      PositionCatalogue positions,
      PostRequirements requirements) {
    this.succession = succession;
    this.rules = rules;
    this.positions = positions;
    this.requirements = requirements;
    this.enrolled = enrolled;
  }

  @Transactional(readOnly = true)
  public View of(String unitCode, LocalDate asOf, Integer years, Actor actor) {
    return of(unitCode, asOf, years, List.of(), actor);
  }

  /** The bench with the what-if's assumptions (none: the records as they are). */
  @Transactional(readOnly = true)
  public View of(
      String unitCode,
      LocalDate asOf,
      Integer years,
      List<WhatIf.Assumption> assumptions,
      Actor actor) {
    return of(unitCode, asOf, years, assumptions, false, actor);
  }

  /**
   * The bench with the typed assumptions and, with {@code assumeEnrolled}, those of the planned
   * successors' enrolments in training ({@link EnrolledCourses}: the level of the course from its
   * end date).
   */
  @Transactional(readOnly = true)
  public View of(
      String unitCode,
      LocalDate asOf,
      Integer years,
      List<WhatIf.Assumption> typed,
      boolean assumeEnrolled,
      Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.PLAN_SUCCESSION);
    int n = years == null ? 5 : years;
    if (n < 1 || n > MAX_YEARS) {
      throw new InvalidInputException(
          List.of(new FieldError("years", "planning.bench.years", n, MAX_YEARS)));
    }
    Succession.View s = succession.of(unitCode, asOf, actor);
    List<WhatIf.Assumption> assumptions = typed;
    if (assumeEnrolled) {
      List<Long> people = new ArrayList<>();
      for (Succession.Post p : s.posts()) {
        for (Succession.Successor c : p.successors()) {
          people.add(c.candidate().personId());
        }
      }
      assumptions = new ArrayList<>(typed);
      assumptions.addAll(enrolled.of(people));
    }
    PlanningRuleSet.Rule risk = rules.on(asOf).rule("bench_risk_months");
    LocalDate riskEnd = asOf.plusMonths(risk.value().intValue());
    List<Post> posts = new ArrayList<>();
    for (Succession.Post p : s.posts()) {
      List<Leaving> leaving = new ArrayList<>();
      for (Succession.Holder h : p.holders()) {
        leaving.add(leaving(h));
      }
      List<Assumed> assumed = assumed(p, s, asOf, assumptions);
      long now = assumed.stream().filter(a -> !a.readyFrom().isAfter(asOf)).count();
      long ready = count(p, Succession.Readiness.READY) + now;
      long training =
          count(p, Succession.Readiness.AFTER_TRAINING)
              - assumed.stream()
                  .filter(a -> !a.readyFrom().isAfter(asOf))
                  .filter(a -> a.successor().readiness() == Succession.Readiness.AFTER_TRAINING)
                  .count();
      long not = p.successors().size() - count(p, Succession.Readiness.READY) - now - training;
      List<Assumed> later = assumed.stream().filter(a -> a.readyFrom().isAfter(asOf)).toList();
      Post draft = new Post(p, leaving, ready, training, not, false, later);
      boolean atRisk =
          leaving.stream()
              .anyMatch(l -> l.on() != null && !l.on().isAfter(riskEnd) && !draft.readyBy(l.on()));
      posts.add(new Post(p, leaving, ready, training, not, atRisk, later));
    }
    List<Year> projection = new ArrayList<>();
    for (int y = asOf.getYear(); y < asOf.getYear() + n; y++) {
      int retire = 0;
      int terms = 0;
      int left = 0;
      int covered = 0;
      int coveredTraining = 0;
      List<String> uncovered = new ArrayList<>();
      for (Post p : posts) {
        final int year = y;
        List<Leaving> thisYear =
            p.leaving().stream().filter(l -> l.on() != null && l.on().getYear() == year).toList();
        if (thisYear.isEmpty()) {
          continue;
        }
        retire += (int) thisYear.stream().filter(l -> l.why() == Why.RETIREMENT).count();
        terms += (int) thisYear.stream().filter(l -> l.why() == Why.TERM_END).count();
        left++;
        LocalDate first =
            thisYear.stream().map(Leaving::on).min(LocalDate::compareTo).orElseThrow();
        if (p.readyBy(first)) {
          covered++;
        } else if (p.afterTraining() > 0) {
          coveredTraining++;
        } else {
          uncovered.add(p.post().code());
        }
      }
      projection.add(
          new Year(y, retire, terms, left, covered, coveredTraining, uncovered.size(), uncovered));
    }
    return new View(
        s,
        n,
        risk.value().intValue(),
        risk.article(),
        posts,
        projection,
        posts.stream().filter(Post::atRisk).toList(),
        List.copyOf(assumptions));
  }

  /**
   * The successors of a post whose only shortfall is the post's political-theory level and who are
   * assumed to hold a level at least as high from a date on.
   */
  private List<Assumed> assumed(
      Succession.Post p, Succession.View s, LocalDate asOf, List<WhatIf.Assumption> assumptions) {
    List<Assumed> out = new ArrayList<>();
    if (assumptions.isEmpty()) {
      return out;
    }
    PostRequirements.Required required =
        positions
            .find(p.code(), asOf)
            .map(position -> requirements.politicalTheory(position, s.unit(), asOf))
            .orElse(null);
    if (required == null) {
      return out;
    }
    for (Succession.Successor c : p.successors()) {
      if (c.readiness() == Succession.Readiness.READY) {
        continue;
      }
      boolean onlyLevel =
          c.reasons().stream()
              .filter(v -> v.refuses() || v.rule().equals("POLITICAL_THEORY"))
              .allMatch(v -> v.rule().equals("POLITICAL_THEORY"));
      if (!onlyLevel) {
        continue;
      }
      assumptions.stream()
          .filter(a -> a.personId() == c.candidate().personId() && a.rank() >= required.rank())
          .map(WhatIf.Assumption::by)
          .min(LocalDate::compareTo)
          .ifPresent(
              by ->
                  out.add(
                      new Assumed(
                          c,
                          assumptions.stream()
                              .filter(
                                  a ->
                                      a.personId() == c.candidate().personId()
                                          && a.rank() >= required.rank()
                                          && a.by().equals(by))
                              .findFirst()
                              .orElseThrow())));
    }
    return out;
  }

  /** The day a holder leaves: the earlier of the term end and the retirement date. */
  static Leaving leaving(Succession.Holder h) {
    if (h.termEnd() != null && (h.retirement() == null || h.termEnd().isBefore(h.retirement()))) {
      return new Leaving(h, h.termEnd(), Why.TERM_END);
    }
    return new Leaving(h, h.retirement(), Why.RETIREMENT);
  }

  private static long count(Succession.Post p, Succession.Readiness r) {
    return p.successors().stream().filter(x -> x.readiness() == r).count();
  }
}
