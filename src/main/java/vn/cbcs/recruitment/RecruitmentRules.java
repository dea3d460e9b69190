package vn.cbcs.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/**
 * The recruitment score as a pure function of the rules in force and the inputs (ADR 15 point 9;
 * {@code GET /api/rules/recruitment-score}): priority points (NĐ 170/2025 Điều 6, only the highest
 * counts), round 1 (Điều 9 khoản 2 điểm a: ≥ 50% correct), round 2 (Điều 9 khoản 2 điểm b: written,
 * or written and interview weighted 70/30 rounded to two decimals; Điều 10 khoản 1 điểm a: ≥ 50
 * points and, when combined, each part ≥ 50% of its maximum), selection (Điều 11 khoản 2, Điều 12
 * khoản 1 điểm a: interview ≥ 50). Bad input is refused with every reason at once.
 */
@Service
@Transactional(readOnly = true)
public class RecruitmentRules {

  private final JdbcClient jdbc;

  RecruitmentRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rules in force on a date, if any regime is encoded for it. */
  public Optional<RecruitmentRuleSet> on(LocalDate date) {
    Map<String, RecruitmentRuleSet.Rule> rules = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT rule_key, value, valid_from, valid_to, legal_source, article, confidence"
                + " FROM recruitment_rule WHERE valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)"
                + " ORDER BY id")
        .param("d", date)
        .query(
            rs -> {
              rules.put(
                  rs.getString(1),
                  new RecruitmentRuleSet.Rule(
                      rs.getString(1),
                      rs.getBigDecimal(2).stripTrailingZeros(),
                      rs.getObject(3, LocalDate.class),
                      rs.getObject(4, LocalDate.class),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7)));
            });
    return rules.isEmpty() ? Optional.empty() : Optional.of(new RecruitmentRuleSet(date, rules));
  }

  /** The rules in force on a date, or a 400 naming the date. */
  public RecruitmentRuleSet requireOn(LocalDate date, String field) {
    return on(date)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(new FieldError(field, "recruitment.rules.none", date))));
  }

  /** Parses the query of the rules endpoint (every problem at once) and scores it. */
  public Score score(Map<String, String> raw, LocalDate on) {
    List<FieldError> errors = new ArrayList<>();
    Method method = null;
    String m = blankToNull(raw.get("method"));
    if (m == null) {
      errors.add(new FieldError("method", "recruitment.method.required"));
    } else {
      try {
        method = Method.valueOf(m.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("method", "recruitment.method.invalid", m));
      }
    }
    Integer correct = integer(raw, "round1Correct", errors);
    Integer total = integer(raw, "round1Total", errors);
    BigDecimal written = points(raw, "written", errors);
    BigDecimal interview = points(raw, "interview", errors);
    Set<PriorityCategory> priority = priorities(raw.get("priority"), "priority", errors);
    Optional<RecruitmentRuleSet> rules = on(on);
    if (rules.isEmpty()) {
      errors.add(new FieldError("date", "recruitment.rules.none", on));
    }
    InvalidInputException.throwIfAny(errors);
    return score(new ScoreInput(method, correct, total, written, interview, priority), rules.get());
  }

  /** Every reason the scores cannot be scored (field names as given, after {@code prefix}). */
  public List<FieldError> check(ScoreInput in, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (in.method() == null) {
      errors.add(new FieldError(prefix + "method", "recruitment.method.required"));
      return errors;
    }
    Integer c = in.round1Correct();
    Integer t = in.round1Total();
    if (in.method() == Method.SELECTION) {
      if (c != null || t != null) {
        errors.add(new FieldError(prefix + "round1Correct", "recruitment.selection.noRound1"));
      }
      if (in.written() != null) {
        errors.add(new FieldError(prefix + "written", "recruitment.selection.noWritten"));
      }
      if (in.interview() == null) {
        errors.add(new FieldError(prefix + "interview", "recruitment.selection.interviewRequired"));
      }
    } else {
      if ((c == null) != (t == null)) {
        errors.add(
            new FieldError(
                prefix + (c == null ? "round1Correct" : "round1Total"), "recruitment.round1.both"));
      }
      if (t != null && (t < 1 || t > 1000)) {
        errors.add(new FieldError(prefix + "round1Total", "recruitment.round1.total", t));
      }
      if (c != null && t != null && t >= 1 && (c < 0 || c > t)) {
        errors.add(new FieldError(prefix + "round1Correct", "recruitment.round1.correct", c, t));
      }
      if (in.written() == null) {
        errors.add(new FieldError(prefix + "written", "recruitment.exam.writtenRequired"));
      }
    }
    for (var e :
        Map.of("written", opt(in.written()), "interview", opt(in.interview())).entrySet()) {
      BigDecimal v = e.getValue().orElse(null);
      if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0)) {
        errors.add(
            new FieldError(prefix + e.getKey(), "recruitment.points.range", e.getKey(), plain(v)));
      }
    }
    return errors;
  }

  private static Optional<BigDecimal> opt(BigDecimal v) {
    return Optional.ofNullable(v);
  }

  /** The score of valid input under a rule set (400 for invalid input). */
  public Score score(ScoreInput in, RecruitmentRuleSet rules) {
    InvalidInputException.throwIfAny(check(in, ""));
    List<Score.Reason> reasons = new ArrayList<>();
    // priority: only the highest counts (Điều 6 khoản 2)
    PriorityCategory counted = null;
    BigDecimal priority = BigDecimal.ZERO;
    for (PriorityCategory p : PriorityCategory.values()) {
      if (in.priority().contains(p)) {
        BigDecimal v = rules.value(p.ruleKey());
        if (v.compareTo(priority) > 0) {
          priority = v;
          counted = p;
        }
      }
    }
    if (counted != null) {
      reasons.add(
          reason(
              rules,
              counted.ruleKey(),
              in.priority().size() > 1
                  ? "recruitment.reason.priorityHighest"
                  : "recruitment.reason.priority",
              counted.name(),
              plain(priority)));
    }
    boolean passed = true;
    BigDecimal round2 = null;
    if (in.method() == Method.EXAM) {
      boolean round1 = true;
      if (in.round1Total() != null) {
        BigDecimal percent = rules.value("exam.round1_pass_percent");
        round1 =
            BigDecimal.valueOf(in.round1Correct())
                    .multiply(BigDecimal.valueOf(100))
                    .compareTo(percent.multiply(BigDecimal.valueOf(in.round1Total())))
                >= 0;
        reasons.add(
            reason(
                rules,
                "exam.round1_pass_percent",
                round1 ? "recruitment.reason.round1Passed" : "recruitment.reason.round1Failed",
                in.round1Correct(),
                in.round1Total(),
                plain(percent)));
      } else {
        reasons.add(reason(rules, "exam.max_score", "recruitment.reason.noRound1"));
      }
      if (!round1) {
        passed = false;
      } else {
        BigDecimal max = rules.value("exam.max_score");
        if (in.interview() == null) {
          round2 = in.written();
          reasons.add(
              reason(rules, "exam.max_score", "recruitment.reason.written", plain(in.written())));
        } else {
          BigDecimal ww = rules.value("exam.written_weight_percent");
          BigDecimal wi = rules.value("exam.interview_weight_percent");
          round2 =
              in.written()
                  .multiply(ww)
                  .add(in.interview().multiply(wi))
                  .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
          reasons.add(
              reason(
                  rules,
                  "exam.written_weight_percent",
                  "recruitment.reason.weighted",
                  plain(in.written()),
                  plain(ww),
                  plain(in.interview()),
                  plain(wi),
                  plain(round2)));
          BigDecimal part =
              rules
                  .value("exam.part_pass_percent")
                  .multiply(max)
                  .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
          for (var e :
              List.of(Map.entry("written", in.written()), Map.entry("interview", in.interview()))) {
            if (e.getValue().compareTo(part) < 0) {
              passed = false;
              reasons.add(
                  reason(
                      rules,
                      "exam.part_pass_percent",
                      "recruitment.reason.partFailed." + e.getKey(),
                      plain(e.getValue()),
                      plain(part)));
            }
          }
        }
        BigDecimal pass = rules.value("exam.pass_score");
        boolean ok = round2.compareTo(pass) >= 0;
        passed &= ok;
        reasons.add(
            reason(
                rules,
                "exam.pass_score",
                ok ? "recruitment.reason.round2Passed" : "recruitment.reason.round2Failed",
                plain(round2),
                plain(pass)));
      }
    } else {
      round2 = in.interview();
      BigDecimal pass = rules.value("selection.pass_score");
      boolean ok = round2.compareTo(pass) >= 0;
      passed = ok;
      reasons.add(
          reason(
              rules,
              "selection.pass_score",
              ok ? "recruitment.reason.selectionPassed" : "recruitment.reason.selectionFailed",
              plain(round2),
              plain(pass)));
    }
    BigDecimal total = round2 == null ? null : round2.add(priority);
    return new Score(
        in.method(),
        passed,
        round2,
        in.method() == Method.EXAM ? in.written() : null,
        priority,
        counted,
        total,
        List.copyOf(reasons),
        rules);
  }

  private static Score.Reason reason(
      RecruitmentRuleSet rules, String ruleKey, String messageKey, Object... args) {
    RecruitmentRuleSet.Rule r = rules.required(ruleKey);
    return new Score.Reason(messageKey, Arrays.asList(args), r.legalSource(), r.article());
  }

  /** {@code 7.5}, {@code 50}, {@code 72.35}: a number as typed, without trailing zeros. */
  public static String plain(BigDecimal v) {
    return v == null ? null : v.stripTrailingZeros().toPlainString();
  }

  /** A comma-separated list of priority groups; unknown names are reasons. */
  public static Set<PriorityCategory> priorities(
      String raw, String field, List<FieldError> errors) {
    Set<PriorityCategory> set = EnumSet.noneOf(PriorityCategory.class);
    if (raw == null || raw.isBlank()) {
      return set;
    }
    for (String part : raw.split(",")) {
      String name = part.trim().toUpperCase(java.util.Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      try {
        set.add(PriorityCategory.valueOf(name));
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError(
                field,
                "recruitment.priority.unknown",
                part.trim(),
                Arrays.stream(PriorityCategory.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", "))));
      }
    }
    return set;
  }

  private static Integer integer(Map<String, String> raw, String field, List<FieldError> errors) {
    String v = blankToNull(raw.get(field));
    if (v == null) {
      return null;
    }
    if (!v.trim().matches("\\d{1,4}")) {
      errors.add(new FieldError(field, "recruitment.integer.format", field, v));
      return null;
    }
    return Integer.parseInt(v.trim());
  }

  /** A score: 0–100 with at most two decimals (dot). */
  public static BigDecimal points(Map<String, String> raw, String field, List<FieldError> errors) {
    String v = blankToNull(raw.get(field));
    if (v == null) {
      return null;
    }
    if (!v.trim().matches("\\d{1,3}(\\.\\d{1,2})?")) {
      errors.add(new FieldError(field, "recruitment.points.format", field, v));
      return null;
    }
    BigDecimal b = new BigDecimal(v.trim());
    if (b.compareTo(BigDecimal.valueOf(100)) > 0) {
      errors.add(new FieldError(field, "recruitment.points.range", field, v.trim()));
      return null;
    }
    return b;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
