package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cbcs.planning.CheckVerdict.Outcome;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.units.Unit;

/**
 * Every rule a candidate of a plan must meet, each verdict with the rule's numbers and article
 * (REGULATIONS.md §3.2; the numbers are rows of {@code planning_rule}):
 *
 * <ul>
 *   <li>POST: a leadership post of the commune with a planning level, or committee membership;
 *   <li>HIGHER_POST: only a post higher than every post held (QĐ 377 Điều 19 khoản 3; HD 45 mục
 *       II.1.2);
 *   <li>PER_POST: at most 3 people per post × its seats (QĐ 377 Điều 26 khoản 2);
 *   <li>PER_PERSON: at most 3 leadership posts per person at one approval level, committee
 *       membership not counted (idem) — read as: in the plans of the same term;
 *   <li>COMMITTEE_COEFFICIENT: committee membership at most 1.5 × its seats (Điều 26 khoản 1);
 *   <li>AGE: 60 / 120 months to retirement on the reference date ({@link PlanningAge});
 *   <li>POLITICAL_THEORY: đối tượng 1 holds the post's level; đối tượng 2 may not, then a training
 *       plan is due (Điều 25 khoản 1; HD 45 mục II.5.1);
 *   <li>DISCIPLINE: no discipline in force (Điều 29; HD 45 mục II.8);
 *   <li>RATINGS: no final KHTNV rating in the last years ({@code rating_years}, reading [L]).
 * </ul>
 */
@Component
class CandidateChecks {

  static final String ART_HIGHER = "QĐ 377-QĐ/TW Điều 19 khoản 3; HD 45-HD/BTCTW mục II.1.2";
  static final String ART_LLCT = "QĐ 377-QĐ/TW Điều 25 khoản 1; HD 45-HD/BTCTW mục II.5.1";
  static final String ART_DISCIPLINE = "QĐ 377-QĐ/TW Điều 29; HD 45-HD/BTCTW mục II.8";
  static final String ART_POST = "QĐ 377-QĐ/TW Điều 21; QĐ 368-QĐ/TW";

  private final PlanningFacts facts;
  private final PlanningRules rules;
  private final PositionCatalogue positions;
  private final PostRequirements requirements;

  CandidateChecks(
      PlanningFacts facts,
      PlanningRules rules,
      PositionCatalogue positions,
      PostRequirements requirements) {
    this.facts = facts;
    this.rules = rules;
    this.positions = positions;
    this.requirements = requirements;
  }

  /** A candidate to check: who, for what, and on which day. */
  record Subject(
      Plan plan,
      Unit unit,
      PlanningFacts.PersonFacts person,
      String post,
      int target,
      LocalDate on,
      boolean womanAt60,
      Long candidateId) {}

  /** The verdicts, and the political-theory level the post requires (null: none). */
  record Result(List<CheckVerdict> verdicts, PostRequirements.Required required) {
    boolean refused() {
      return verdicts.stream().anyMatch(CheckVerdict::refuses);
    }
  }

  /** The age is computed on the reference date of the term, or on the review day after it. */
  static LocalDate ageReference(Plan plan, LocalDate on) {
    return on.isAfter(plan.referenceDate()) ? on : plan.referenceDate();
  }

  Result check(Subject s) {
    List<CheckVerdict> out = new ArrayList<>();
    PlanningRuleSet set = rules.on(s.on());
    boolean committee = Candidate.committee(s.post());
    Map<String, PlanningFacts.Level> levels = facts.levels();
    Optional<Position> position = committee ? Optional.empty() : positions.find(s.post(), s.on());
    PlanningFacts.Level level = levels.get(s.post());
    if (!committee
        && (position.isEmpty()
            || !position.get().leadership()
            || level == null
            || !position.get().existsIn(s.unit().type().name()))) {
      out.add(
          CheckVerdict.of(
              "POST", Outcome.FAIL, "planning.check.post.fail", ART_POST, s.post(), s.on()));
      return new Result(out, null);
    }
    String postName = committee ? s.post() : position.get().nameVi();
    out.add(CheckVerdict.of("POST", Outcome.PASS, "planning.check.post.pass", ART_POST, postName));
    if (!committee) {
      higher(s, out, levels, level, postName);
    }
    counts(s, set, out, committee, postName, position.orElse(null), levels);
    age(s, set, out);
    PostRequirements.Required required =
        committee ? null : requirements.politicalTheory(position.get(), s.unit(), s.on());
    politicalTheory(s, out, required, postName);
    discipline(s, out);
    ratings(s, set, out);
    return new Result(out, required);
  }

  private void higher(
      Subject s,
      List<CheckVerdict> out,
      Map<String, PlanningFacts.Level> levels,
      PlanningFacts.Level level,
      String postName) {
    for (PlanningFacts.Held h : facts.held(s.person().id(), s.on())) {
      PlanningFacts.Level held = levels.get(h.positionCode());
      if (held != null && held.level() <= level.level()) {
        String heldName =
            positions.find(h.positionCode(), s.on()).map(Position::nameVi).orElse(h.positionCode());
        out.add(
            CheckVerdict.of(
                "HIGHER_POST",
                Outcome.FAIL,
                "planning.check.higher.fail",
                ART_HIGHER,
                heldName,
                held.level(),
                postName,
                level.level()));
        return;
      }
    }
    out.add(
        CheckVerdict.of(
            "HIGHER_POST",
            Outcome.PASS,
            "planning.check.higher.pass",
            ART_HIGHER,
            postName,
            level.level()));
  }

  private void counts(
      Subject s,
      PlanningRuleSet set,
      List<CheckVerdict> out,
      boolean committee,
      String postName,
      Position position,
      Map<String, PlanningFacts.Level> levels) {
    long others =
        s.plan().active().stream()
            .filter(c -> c.targetPost().equals(s.post()))
            .filter(c -> s.candidateId() == null || c.id() != s.candidateId())
            .count();
    long withThis = others + 1;
    if (committee) {
      PlanningRuleSet.Rule max = set.rule("committee_coefficient_max");
      Integer seats = s.plan().committeeSeats(s.post());
      if (seats == null) {
        out.add(
            CheckVerdict.of(
                "COMMITTEE_COEFFICIENT",
                Outcome.FAIL,
                "planning.check.committee.noSeats",
                max.article(),
                s.post()));
        return;
      }
      long limit = (long) Math.ceil(seats * max.value().doubleValue());
      out.add(
          CheckVerdict.of(
              "COMMITTEE_COEFFICIENT",
              withThis > limit ? Outcome.FAIL : Outcome.PASS,
              withThis > limit ? "planning.check.committee.fail" : "planning.check.committee.pass",
              max.article(),
              s.post(),
              withThis,
              seats,
              max.value(),
              limit));
    } else {
      PlanningRuleSet.Rule perPost = set.rule("per_post_max");
      int seats =
          s.plan().seats().getOrDefault(s.post(), position.seats() == null ? 1 : position.seats());
      long limit = (long) perPost.value().intValue() * seats;
      out.add(
          CheckVerdict.of(
              "PER_POST",
              withThis > limit ? Outcome.FAIL : Outcome.PASS,
              withThis > limit ? "planning.check.perPost.fail" : "planning.check.perPost.pass",
              perPost.article(),
              postName,
              withThis,
              perPost.value().intValue(),
              seats,
              limit));
      PlanningRuleSet.Rule perPerson = set.rule("posts_per_person_max");
      List<String> posts = new ArrayList<>();
      for (String[] c : facts.candidaciesInTerm(s.person().id(), s.plan().termFrom())) {
        PlanningFacts.Level l = levels.get(c[1]);
        boolean counted = !Candidate.committee(c[1]) && (l == null || l.counted());
        boolean same = Long.parseLong(c[0]) == s.plan().id() && c[1].equals(s.post());
        if (counted && !same && !posts.contains(c[1])) {
          posts.add(c[1]);
        }
      }
      int n = posts.size() + 1;
      int max = perPerson.value().intValue();
      out.add(
          CheckVerdict.of(
              "PER_PERSON",
              n > max ? Outcome.FAIL : Outcome.PASS,
              n > max ? "planning.check.perPerson.fail" : "planning.check.perPerson.pass",
              perPerson.article(),
              s.person().fullName(),
              n,
              max,
              String.join(", ", posts),
              s.plan().termFrom() + "–" + s.plan().termTo()));
    }
  }

  private void age(Subject s, PlanningRuleSet set, List<CheckVerdict> out) {
    LocalDate reference = ageReference(s.plan(), s.on());
    PlanningAge.Verdict v =
        PlanningAge.of(
            s.person().birthDate(),
            s.person().sex(),
            s.target(),
            reference,
            s.womanAt60(),
            s.person().earlyYears(),
            set);
    out.add(
        CheckVerdict.of(
            "AGE",
            v.eligible() ? Outcome.PASS : Outcome.FAIL,
            v.eligible() ? "planning.check.age.pass" : "planning.check.age.fail",
            v.article(),
            v.monthsLeft(),
            v.requiredMonths(),
            s.target(),
            v.retirementDate(),
            reference));
  }

  private void politicalTheory(
      Subject s, List<CheckVerdict> out, PostRequirements.Required required, String postName) {
    if (required == null) {
      out.add(
          CheckVerdict.of(
              "POLITICAL_THEORY", Outcome.PASS, "planning.check.llct.none", ART_LLCT, postName));
      return;
    }
    Integer held = facts.politicalTheoryRank(s.person().id(), s.on());
    boolean has = held != null && held >= required.rank();
    String heldLevel = held == null ? "—" : requirements.levelOfRank(held);
    if (has) {
      out.add(
          CheckVerdict.of(
              "POLITICAL_THEORY",
              Outcome.PASS,
              "planning.check.llct.pass",
              ART_LLCT,
              heldLevel,
              required.level(),
              postName));
    } else if (s.target() == 1) {
      out.add(
          CheckVerdict.of(
              "POLITICAL_THEORY",
              Outcome.FAIL,
              "planning.check.llct.fail",
              ART_LLCT,
              heldLevel,
              required.level(),
              postName));
    } else {
      out.add(
          CheckVerdict.of(
              "POLITICAL_THEORY",
              Outcome.WARN,
              "planning.check.llct.training",
              ART_LLCT,
              heldLevel,
              required.level(),
              postName));
    }
  }

  private void discipline(Subject s, List<CheckVerdict> out) {
    List<String[]> inForce = facts.disciplinesInForce(s.person().id(), s.on());
    if (inForce.isEmpty()) {
      out.add(
          CheckVerdict.of(
              "DISCIPLINE",
              Outcome.PASS,
              "planning.check.discipline.pass",
              ART_DISCIPLINE,
              s.on()));
    } else {
      out.add(
          CheckVerdict.of(
              "DISCIPLINE",
              Outcome.FAIL,
              "planning.check.discipline.fail",
              ART_DISCIPLINE,
              inForce.get(0)[0],
              inForce.get(0)[1]));
    }
  }

  private void ratings(Subject s, PlanningRuleSet set, List<CheckVerdict> out) {
    PlanningRuleSet.Rule years = set.rule("rating_years");
    int n = years.value().intValue();
    int last = s.on().getYear() - 1;
    List<String> missing = new ArrayList<>();
    for (int y = last; y > last - n; y--) {
      Map<String, String> r = facts.ratings(s.person().id(), y);
      for (var e : r.entrySet()) {
        if ("KHTNV".equals(e.getValue())) {
          out.add(
              CheckVerdict.of(
                  "RATINGS",
                  Outcome.FAIL,
                  "planning.check.ratings.fail",
                  years.article(),
                  y,
                  e.getKey(),
                  n));
          return;
        }
      }
      if (r.isEmpty()) {
        missing.add(String.valueOf(y));
      }
    }
    if (missing.isEmpty()) {
      out.add(
          CheckVerdict.of(
              "RATINGS",
              Outcome.PASS,
              "planning.check.ratings.pass",
              years.article(),
              n,
              last - n + 1,
              last));
    } else {
      out.add(
          CheckVerdict.of(
              "RATINGS",
              Outcome.WARN,
              "planning.check.ratings.missing",
              years.article(),
              String.join(", ", missing),
              n));
    }
  }

  /**
   * The committee coefficient of the plan: for each committee with its seats, the candidates
   * against 1.0 × and 1.5 × the seats (QĐ 377 Điều 26 khoản 1): below the minimum is a warning,
   * above the maximum a failure.
   */
  List<CheckVerdict> committeeMinimum(Plan plan, LocalDate on) {
    PlanningRuleSet set = rules.on(on);
    PlanningRuleSet.Rule min = set.rule("committee_coefficient_min");
    PlanningRuleSet.Rule max = set.rule("committee_coefficient_max");
    List<CheckVerdict> out = new ArrayList<>();
    for (String committee : List.of(Candidate.BCH, Candidate.BTV, Candidate.UBKT)) {
      Integer seats = plan.committeeSeats(committee);
      if (seats == null) {
        continue;
      }
      long n =
          plan.active().stream()
              .filter(c -> c.targetPost().equals(committee) && c.activeOn(on))
              .count();
      long low = (long) Math.ceil(seats * min.value().doubleValue());
      long high = (long) Math.ceil(seats * max.value().doubleValue());
      Outcome o = n > high ? Outcome.FAIL : n < low ? Outcome.WARN : Outcome.PASS;
      out.add(
          CheckVerdict.of(
              "COMMITTEE_COEFFICIENT",
              o,
              "planning.check.coefficient." + o.name().toLowerCase(java.util.Locale.ROOT),
              max.article(),
              committee,
              n,
              seats,
              min.value(),
              max.value(),
              low,
              high));
    }
    return out;
  }
}
