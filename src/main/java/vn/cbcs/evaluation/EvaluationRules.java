package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.evaluation.Classification.Reason;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/**
 * The rules of evaluation as data, and the classification they give (ADR 15 point 9): a pure
 * function of the rule set in force for the year and system and of the inputs. Bad input is refused
 * with every reason at once.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationRules {

  /** The years the rules can be asked about. */
  static final int FIRST_YEAR = 1990;

  static final int LAST_YEAR = 2100;

  private final JdbcClient jdbc;

  EvaluationRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rule set of the regime in force for an evaluation year in a system, if any. */
  public Optional<RuleSet> ruleSet(int year, RatingSystem system) {
    return jdbc.sql(
            "SELECT code, name, name_en, year_from, year_to, legal_source, confidence"
                + " FROM evaluation_regime WHERE system = :s AND year_from <= :y"
                + " AND (year_to IS NULL OR year_to >= :y) ORDER BY year_from DESC LIMIT 1")
        .param("s", system.name())
        .param("y", year)
        .query(
            (rs, i) ->
                new RuleSet(
                    rs.getString(1),
                    system,
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    (Integer) rs.getObject(5),
                    rs.getString(6),
                    rs.getString(7),
                    year,
                    Map.of(),
                    Map.of()))
        .optional()
        .map(this::withRules);
  }

  /** The rule set of a named regime for a year (for a recorded evaluation). */
  public RuleSet ruleSet(String regime, int year) {
    RatingSystem system =
        RatingSystem.valueOf(
            jdbc.sql("SELECT system FROM evaluation_regime WHERE code = :c")
                .param("c", regime)
                .query(String.class)
                .single());
    return ruleSet(year, system)
        .filter(r -> r.regime().equals(regime))
        .orElseThrow(() -> new IllegalStateException(regime + " not in force in " + year));
  }

  private RuleSet withRules(RuleSet r) {
    Map<String, RuleSet.Rule> rules = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT rule_key, value, legal_source, article, confidence FROM evaluation_rule"
                + " WHERE regime_code = :c AND year_from <= :y AND (year_to IS NULL OR year_to >= :y)"
                + " ORDER BY rule_key, year_from")
        .param("c", r.regime())
        .param("y", r.year())
        .query(
            (rs, i) ->
                new RuleSet.Rule(
                    rs.getString(1),
                    rs.getBigDecimal(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list()
        .forEach(rule -> rules.put(rule.key(), rule));
    Map<Disqualifier, RuleSet.DisqualifierRule> disqualifiers = new EnumMap<>(Disqualifier.class);
    jdbc.sql(
            "SELECT code, leaders_only, legal_source, article, confidence"
                + " FROM evaluation_disqualifier WHERE regime_code = :c")
        .param("c", r.regime())
        .query(
            (rs, i) ->
                new RuleSet.DisqualifierRule(
                    Disqualifier.valueOf(rs.getString(1)),
                    rs.getBoolean(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list()
        .forEach(d -> disqualifiers.put(d.code(), d));
    return new RuleSet(
        r.regime(),
        r.system(),
        r.name(),
        r.nameEn(),
        r.yearFrom(),
        r.yearTo(),
        r.legalSource(),
        r.confidence(),
        r.year(),
        Map.copyOf(rules),
        Map.copyOf(disqualifiers));
  }

  /**
   * The classification of inputs as sent (query parameters: text), every problem refused at once: a
   * year without a rule set, points out of range for the regime, a disqualifier the regime does not
   * have, months that do not add up.
   */
  public Classification classify(Map<String, String> raw) {
    List<FieldError> errors = new ArrayList<>();
    Integer year = whole(errors, raw, "year", FIRST_YEAR, LAST_YEAR, null);
    RatingSystem system = RatingSystem.STATE;
    String s = trimmed(raw.get("system"));
    if (s != null) {
      try {
        system = RatingSystem.valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("system", "evaluation.system.invalid", s));
      }
    }
    BigDecimal points = decimal(errors, raw, "points");
    BigDecimal general = decimal(errors, raw, "generalPoints");
    BigDecimal task = decimal(errors, raw, "taskPoints");
    Set<Disqualifier> disqualifiers = EnumSet.noneOf(Disqualifier.class);
    String list = trimmed(raw.get("disqualifiers"));
    if (list != null) {
      for (String part : list.split(",")) {
        String code = part.trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
          continue;
        }
        try {
          disqualifiers.add(Disqualifier.valueOf(code));
        } catch (IllegalArgumentException e) {
          errors.add(
              new FieldError(
                  "disqualifiers",
                  "evaluation.disqualifier.unknown",
                  part.trim(),
                  "DISCIPLINE, DEGRADATION, CORRUPTION_IN_UNIT, TASKS_BELOW_HALF"));
        }
      }
    }
    Integer worked = whole(errors, raw, "monthsWorked", 0, 12, 12);
    Integer absent = whole(errors, raw, "monthsAbsent", 0, 12, 0);
    Integer majorErrors = whole(errors, raw, "majorErrors", 0, 100, 0);
    Boolean leader = Boolean.FALSE;
    String l = trimmed(raw.get("leader"));
    if (l != null) {
      if (l.equalsIgnoreCase("true")) {
        leader = Boolean.TRUE;
      } else if (!l.equalsIgnoreCase("false")) {
        errors.add(new FieldError("leader", "evaluation.leader.invalid", l));
        leader = null;
      }
    }
    ClassificationInput.Subordinates subordinates = subordinates(errors, raw, leader);
    RuleSet rules = null;
    if (year != null && (s == null || errors.stream().noneMatch(e -> e.field().equals("system")))) {
      rules = ruleSet(year, system).orElse(null);
      if (rules == null) {
        errors.add(
            new FieldError("year", "evaluation.year.noRules", String.valueOf(year), system.name()));
      } else if (rules.recordOnly()) {
        errors.add(
            new FieldError(
                "year", "evaluation.year.recordOnly", String.valueOf(year), rules.name()));
        rules = null;
      }
    }
    if (worked != null && absent != null && worked + absent > 12) {
      errors.add(new FieldError("monthsAbsent", "evaluation.months.sum", worked, absent));
    }
    ClassificationInput in =
        new ClassificationInput(
            year == null ? 0 : year,
            system,
            points,
            general,
            task,
            disqualifiers,
            worked == null ? 12 : worked,
            absent == null ? 0 : absent,
            Boolean.TRUE.equals(leader),
            majorErrors == null ? 0 : majorErrors,
            subordinates,
            MaternityException.parse(errors, raw));
    if (rules != null) {
      errors.addAll(validate(rules, in));
    }
    InvalidInputException.throwIfAny(errors);
    return classify(rules, in);
  }

  /** What the rule set refuses in an input (points out of range, disqualifiers it lacks). */
  public static List<FieldError> validate(RuleSet rules, ClassificationInput in) {
    List<FieldError> errors = new ArrayList<>();
    BigDecimal generalMax = rules.required("general_max").value();
    BigDecimal taskMax = rules.required("task_max").value();
    BigDecimal totalMax = generalMax.add(taskMax);
    range(errors, "points", in.points(), totalMax, rules);
    range(errors, "generalPoints", in.generalPoints(), generalMax, rules);
    range(errors, "taskPoints", in.taskPoints(), taskMax, rules);
    if ((in.generalPoints() == null) != (in.taskPoints() == null)) {
      errors.add(
          new FieldError(
              in.generalPoints() == null ? "generalPoints" : "taskPoints",
              "evaluation.points.bothParts"));
    } else if (in.points() != null
        && in.generalPoints() != null
        && in.points().compareTo(in.generalPoints().add(in.taskPoints())) != 0) {
      errors.add(
          new FieldError(
              "points",
              "evaluation.points.sum",
              plain(in.points()),
              plain(in.generalPoints()),
              plain(in.taskPoints())));
    }
    for (Disqualifier d : in.disqualifiers()) {
      RuleSet.DisqualifierRule rule = rules.disqualifiers().get(d);
      if (rule == null) {
        errors.add(
            new FieldError(
                "disqualifiers", "evaluation.disqualifier.notInRegime", d.name(), rules.name()));
      } else if (rule.leadersOnly() && !in.leader()) {
        errors.add(
            new FieldError(
                "disqualifiers", "evaluation.disqualifier.leadersOnly", d.name(), rule.article()));
      }
    }
    if (in.majorErrors() > 0) {
      if (rules.rule(MAJOR_ERROR_DEDUCTION).isEmpty()) {
        errors.add(
            new FieldError("majorErrors", "evaluation.majorErrors.notInRegime", rules.name()));
      } else if (in.taskPoints() == null) {
        errors.add(new FieldError("majorErrors", "evaluation.majorErrors.needsTaskPoints"));
      }
    }
    boolean needsPoints =
        (in.monthsWorked() >= minMonths(rules).intValue()
                || MaternityException.applies(rules, in, 0).isPresent())
            && in.disqualifiers().isEmpty();
    if (needsPoints && in.total() == null && errors.isEmpty()) {
      errors.add(new FieldError("points", "evaluation.points.required"));
    }
    return errors;
  }

  /** The names of the subordinate-unit counts, as parameters and JSON fields. */
  public static final List<String> SUBORDINATE_FIELDS =
      List.of(
          "subordinateUnits",
          "subordinateUnitsHtxsnv",
          "subordinateUnitsHttnv",
          "subordinateUnitsKhtnv");

  /**
   * The subordinate units' ratings as sent (null when none is sent): counts 0–9999, the three
   * levels within the total, for leaders only.
   */
  static ClassificationInput.Subordinates subordinates(
      List<FieldError> errors, Map<String, String> raw, Boolean leader) {
    if (SUBORDINATE_FIELDS.stream().allMatch(f -> trimmed(raw.get(f)) == null)) {
      return null;
    }
    int before = errors.size();
    Integer total = whole(errors, raw, "subordinateUnits", 0, 9999, null);
    Integer a = whole(errors, raw, "subordinateUnitsHtxsnv", 0, 9999, 0);
    Integer b = whole(errors, raw, "subordinateUnitsHttnv", 0, 9999, 0);
    Integer k = whole(errors, raw, "subordinateUnitsKhtnv", 0, 9999, 0);
    if (Boolean.FALSE.equals(leader)) {
      errors.add(new FieldError("subordinateUnits", "evaluation.subordinates.leadersOnly"));
    }
    if (errors.size() > before) {
      return null;
    }
    if (a + b + k > total) {
      errors.add(new FieldError("subordinateUnits", "evaluation.subordinates.sum", total, a, b, k));
      return null;
    }
    return new ClassificationInput.Subordinates(total, a, b, k);
  }

  /** What the leader conditions on subordinate units make of a level. */
  public record LeaderCheck(Level level, List<Reason> reasons) {}

  /**
   * The conditions on a leader's subordinate units (rows {@code
   * leader_<LEVEL>_units_<GROUP>_min_pct} and {@code leader_khtnv_units_khtnv_above_pct}): the best
   * level not above {@code level} that they allow, and the reason for each step down. NĐ 90/2020
   * (as amended by NĐ 48/2023), the leaders' criteria; QĐ 366-QĐ/TW Điều 11 điểm 4.1.
   */
  public static LeaderCheck leaderConditions(
      RuleSet rules, ClassificationInput.Subordinates s, Level level) {
    List<Reason> out = new ArrayList<>();
    if (s == null || s.total() <= 0 || !level.rated()) {
      return new LeaderCheck(level, List.of());
    }
    BigDecimal total = BigDecimal.valueOf(s.total());
    Level l = level;
    Optional<RuleSet.Rule> k = rules.rule("leader_khtnv_units_khtnv_above_pct");
    if (k.isPresent()
        && l.betterThan(Level.KHTNV)
        && BigDecimal.valueOf(s.khtnv() * 100L).compareTo(k.get().value().multiply(total)) > 0) {
      out.add(
          reason(
              "evaluation.reason.leaderUnitsKhtnv",
              k.get(),
              s.khtnv(),
              s.total(),
              plain(k.get().value()),
              l.name()));
      l = Level.KHTNV;
    }
    while (l.betterThan(Level.KHTNV)) {
      Reason failed = null;
      for (Level g : List.of(Level.HTXSNV, Level.HTTNV, Level.HTNV)) {
        Optional<RuleSet.Rule> r =
            rules.rule("leader_" + l.name() + "_units_" + g.name() + "_min_pct");
        if (r.isPresent()
            && BigDecimal.valueOf(s.atLeast(g) * 100L).compareTo(r.get().value().multiply(total))
                < 0) {
          failed =
              reason(
                  "evaluation.reason.leaderUnitsBelow",
                  r.get(),
                  l.name(),
                  s.atLeast(g),
                  s.total(),
                  g.name(),
                  plain(r.get().value()));
          break;
        }
      }
      if (failed == null) {
        break;
      }
      out.add(failed);
      l = Level.values()[l.ordinal() + 1];
    }
    return new LeaderCheck(l, List.copyOf(out));
  }

  /** The rule key of the deduction per major error on task results (NĐ 335/2025). */
  static final String MAJOR_ERROR_DEDUCTION = "major_error_deduction_pct";

  /**
   * The task points net of the major errors: each deducts {@code major_error_deduction_pct} of the
   * task points, down to zero (NĐ 335/2025; applied here to the year's task points as a whole).
   */
  public static BigDecimal netTaskPoints(RuleSet rules, BigDecimal task, int majorErrors) {
    if (majorErrors <= 0 || task == null) {
      return task;
    }
    BigDecimal pct = rules.required(MAJOR_ERROR_DEDUCTION).value();
    BigDecimal keep =
        BigDecimal.valueOf(100)
            .subtract(pct.multiply(BigDecimal.valueOf(majorErrors)))
            .max(BigDecimal.ZERO);
    return task.multiply(keep).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal minMonths(RuleSet rules) {
    return rules.rule("min_months_worked").map(RuleSet.Rule::value).orElse(BigDecimal.ZERO);
  }

  /**
   * The classification of a valid input under a rule set: not rated below the minimum months; KHTNV
   * on any disqualifier; otherwise the band of the points, capped for long absences.
   */
  public static Classification classify(RuleSet rules, ClassificationInput in) {
    List<Reason> reasons = new ArrayList<>();
    Optional<RuleSet.Rule> min = rules.rule("min_months_worked");
    // maternity exception (NĐ 90/2020 Art. 2(3) as amended): rated on the time worked
    Optional<Reason> maternity =
        min.isPresent() && in.monthsWorked() < min.get().value().intValue()
            ? MaternityException.applies(rules, in, min.get().value().intValue())
            : Optional.empty();
    maternity.ifPresent(reasons::add);
    if (maternity.isEmpty()
        && min.isPresent()
        && in.monthsWorked() < min.get().value().intValue()) {
      Reason r =
          reason(
              "evaluation.reason.notRated",
              min.get(),
              in.monthsWorked(),
              min.get().value().intValue());
      return new Classification(Level.NOT_RATED, List.of(r), rules, r);
    }
    if (!in.disqualifiers().isEmpty()) {
      for (Disqualifier d : Disqualifier.values()) {
        if (in.disqualifiers().contains(d)) {
          RuleSet.DisqualifierRule rule = rules.disqualifiers().get(d);
          reasons.add(
              new Reason(
                  "evaluation.reason.disqualifier." + d.name(),
                  List.of(),
                  rule.legalSource(),
                  rule.article(),
                  rule.confidence()));
        }
      }
      return new Classification(Level.KHTNV, List.copyOf(reasons), rules, reasons.get(0));
    }
    if (in.majorErrors() > 0) {
      RuleSet.Rule deduction = rules.required(MAJOR_ERROR_DEDUCTION);
      BigDecimal net = netTaskPoints(rules, in.taskPoints(), in.majorErrors());
      reasons.add(
          reason(
              "evaluation.reason.majorErrors",
              deduction,
              in.majorErrors(),
              plain(in.taskPoints()),
              plain(deduction.value()),
              plain(net)));
      in = in.withTaskPoints(net);
    }
    BigDecimal total = in.total();
    boolean strict =
        rules.rule("bands_strict_above").map(r -> r.value().signum() > 0).orElse(false);
    Level level = Level.KHTNV;
    RuleSet.Rule band = rules.required("band_HTNV");
    for (Level l : List.of(Level.HTXSNV, Level.HTTNV, Level.HTNV)) {
      RuleSet.Rule b = rules.required("band_" + l.name());
      boolean strictHere = strict && l != Level.HTNV;
      int c = total.compareTo(b.value());
      if (strictHere ? c > 0 : c >= 0) {
        level = l;
        band = b;
        break;
      }
    }
    Reason decisive =
        level == Level.KHTNV
            ? reason("evaluation.reason.belowBands", band, plain(total), plain(band.value()))
            : reason(
                strict && level != Level.HTNV
                    ? "evaluation.reason.bandAbove"
                    : "evaluation.reason.band",
                band,
                plain(total),
                level.name(),
                plain(band.value()));
    reasons.add(decisive);
    Optional<RuleSet.Rule> from = rules.rule("absence_cap_from_months");
    Optional<RuleSet.Rule> to = rules.rule("absence_cap_to_months");
    if (from.isPresent()
        && to.isPresent()
        && in.monthsAbsent() >= from.get().value().intValue()
        && in.monthsAbsent() < to.get().value().intValue()
        && level.betterThan(Level.HTNV)) {
      decisive =
          reason(
              "evaluation.reason.absenceCap",
              from.get(),
              in.monthsAbsent(),
              from.get().value().intValue(),
              to.get().value().intValue(),
              level.name());
      reasons.add(decisive);
      level = Level.HTNV;
    }
    if (in.leader()) {
      LeaderCheck check = leaderConditions(rules, in.subordinates(), level);
      if (!check.reasons().isEmpty()) {
        reasons.addAll(check.reasons());
        decisive = check.reasons().get(check.reasons().size() - 1);
        level = check.level();
      }
    }
    return new Classification(level, List.copyOf(reasons), rules, decisive);
  }

  private static Reason reason(String key, RuleSet.Rule rule, Object... args) {
    return new Reason(key, List.of(args), rule.legalSource(), rule.article(), rule.confidence());
  }

  public static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  private static void range(
      List<FieldError> errors, String field, BigDecimal v, BigDecimal max, RuleSet rules) {
    if (v != null && (v.signum() < 0 || v.compareTo(max) > 0)) {
      errors.add(
          new FieldError(
              field, "evaluation.points.range", field, plain(v), plain(max), rules.name()));
    }
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static Integer whole(
      List<FieldError> errors,
      Map<String, String> raw,
      String field,
      int min,
      int max,
      Integer fallback) {
    String v = trimmed(raw.get(field));
    if (v == null) {
      if (fallback == null) {
        errors.add(new FieldError(field, "error.parameter.missing", field));
      }
      return fallback;
    }
    if (!v.matches("\\d{1,4}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
      errors.add(new FieldError(field, "evaluation.parameter.range", field, v, min, max));
      return null;
    }
    return Integer.parseInt(v);
  }

  private static BigDecimal decimal(List<FieldError> errors, Map<String, String> raw, String f) {
    String v = trimmed(raw.get(f));
    if (v == null) {
      return null;
    }
    if (!v.matches("-?\\d{1,3}(\\.\\d{1,2})?")) {
      errors.add(new FieldError(f, "evaluation.points.format", f, v));
      return null;
    }
    return new BigDecimal(v);
  }
}
