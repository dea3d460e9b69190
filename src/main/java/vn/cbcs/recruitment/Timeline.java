package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cbcs.platform.FieldError;

/**
 * The legal deadlines of a round's timeline (NĐ 170/2025 Điều 15–16; the numbers are rule rows of
 * {@code recruitment_rule}): each step with its date, the latest (or earliest) day the text allows,
 * and the rule. Calendar days, counted from the day after the event, as the text says "kể từ ngày".
 */
public final class Timeline {

  /**
   * One step: its date (null: not yet planned), the limit, whether the limit is the earliest
   * ({@code notBefore}) or the latest day, and the rule.
   */
  public record Step(
      String field, LocalDate date, LocalDate limit, boolean notBefore, String rule) {

    public boolean ok() {
      return date == null
          || limit == null
          || (notBefore ? !date.isBefore(limit) : !date.isAfter(limit));
    }
  }

  private Timeline() {}

  /** The steps of a round with their limits under the rules. */
  public static List<Step> steps(NewRound r, RecruitmentRuleSet rules) {
    List<Step> steps = new ArrayList<>();
    LocalDate close = r.applicationsClose();
    steps.add(
        new Step(
            "applicationsClose",
            close,
            r.noticeDate() == null
                ? null
                : r.noticeDate().plusDays(rules.days("timeline.applications_days")),
            true,
            rules.cite("timeline.applications_days")));
    String listKey =
        r.large() ? "timeline.candidate_list_days_large" : "timeline.candidate_list_days";
    steps.add(
        new Step(
            "candidateListDate",
            r.candidateListDate(),
            close == null ? null : close.plusDays(rules.days(listKey)),
            false,
            rules.cite(listKey)));
    String r1Key = r.large() ? "timeline.round1_days_large" : "timeline.round1_days";
    if (r.method() == Method.EXAM) {
      if (r.round1Date() != null) {
        steps.add(
            new Step(
                "round1Date",
                r.round1Date(),
                close == null ? null : close.plusDays(rules.days(r1Key)),
                false,
                rules.cite(r1Key)));
        steps.add(
            new Step(
                "round2Date",
                r.round2Date(),
                r.round1Date().plusDays(rules.days("timeline.round2_days")),
                false,
                rules.cite("timeline.round2_days")));
      } else {
        // one professional test only (Điều 16 khoản 5: the same limit as round 1)
        steps.add(
            new Step(
                "round2Date",
                r.round2Date(),
                close == null ? null : close.plusDays(rules.days(r1Key)),
                false,
                rules.cite(r1Key) + " (khoản 5)"));
      }
      steps.add(
          new Step(
              "markingDate",
              r.markingDate(),
              r.round2Date() == null
                  ? null
                  : r.round2Date().plusDays(rules.days("timeline.marking_days")),
              false,
              rules.cite("timeline.marking_days")));
    } else {
      steps.add(
          new Step(
              "round2Date",
              r.round2Date(),
              r.candidateListDate() == null
                  ? null
                  : r.candidateListDate().plusDays(rules.days("timeline.selection_interview_days")),
              false,
              rules.cite("timeline.selection_interview_days")));
    }
    return steps;
  }

  /** Every deadline missed and every step out of order, each with its rule. */
  public static List<FieldError> check(NewRound r, RecruitmentRuleSet rules) {
    List<FieldError> errors = new ArrayList<>();
    for (Step s : steps(r, rules)) {
      if (!s.ok()) {
        errors.add(
            new FieldError(
                s.field(),
                s.notBefore() ? "recruitment.timeline.tooEarly" : "recruitment.timeline.tooLate",
                s.date(),
                s.limit(),
                s.rule()));
      }
    }
    LocalDate previous = r.applicationsClose();
    String previousField = "applicationsClose";
    for (String f : List.of("candidateListDate", "round1Date", "round2Date", "markingDate")) {
      LocalDate d =
          switch (f) {
            case "candidateListDate" -> r.candidateListDate();
            case "round1Date" -> r.round1Date();
            case "round2Date" -> r.round2Date();
            default -> r.markingDate();
          };
      if (d == null) {
        continue;
      }
      if (previous != null && d.isBefore(previous)) {
        errors.add(new FieldError(f, "recruitment.timeline.order", d, previousField, previous));
      }
      previous = d;
      previousField = f;
    }
    if (r.method() == Method.SELECTION && r.round1Date() != null) {
      errors.add(new FieldError("round1Date", "recruitment.selection.noRound1"));
    }
    return errors;
  }
}
