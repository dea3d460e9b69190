package vn.cbcs.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.training.Reimbursement.Exemption;
import vn.cbcs.training.Reimbursement.Reason;
import vn.cbcs.training.Reimbursement.Reduction;
import vn.cbcs.training.Reimbursement.Rule;

/**
 * The reimbursement of publicly funded postgraduate study (ADR 15 point 9): a pure function of the
 * rules in force on the date of the event (table {@code training_rule}) and of the inputs. NĐ
 * 171/2025 Điều 6 (cases), Điều 7 khoản 2 (100%, or S = F/T1 × (T1 − T2)), Điều 8 (exemptions,
 * reductions per year of service); before 1-7-2025 NĐ 101/2017 as amended by NĐ 89/2021 [M]. Bad
 * input is refused with every reason at once.
 */
@Service
@Transactional(readOnly = true)
public class ReimbursementRules {

  /** The first day of NĐ 171/2025, from which Điều 41 khoản 6 exempts restructuring leavers. */
  static final LocalDate ND171 = LocalDate.of(2025, 7, 1);

  static final BigDecimal MAX_COST = new BigDecimal("100000000000000");
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final TrainingRules rows;

  ReimbursementRules(TrainingRules rows) {
    this.rows = rows;
  }

  /** The rule rows in force on a date, by key (empty before the first period). */
  public Map<String, Rule> rulesOn(LocalDate date) {
    return rows.on(date);
  }

  /** The reimbursement for inputs as sent (query parameters: text), every problem refused. */
  public Reimbursement compute(Map<String, String> raw) {
    List<FieldError> errors = new ArrayList<>();
    BigDecimal cost = cost(errors, raw.get("cost"));
    Reason reason = enumOf(errors, raw, "reason", Reason.class, true);
    boolean partial = reason == Reason.LEFT_BEFORE_COMMITMENT;
    Integer t1 = whole(errors, raw, "requiredMonths", 1, 1200, partial);
    Integer t2 = whole(errors, raw, "servedMonths", 0, 1200, partial);
    if (t1 != null && t2 != null && t2 > t1) {
      errors.add(
          new FieldError("servedMonths", "training.reimbursement.servedAboveRequired", t2, t1));
    }
    String sex = trimmed(raw.get("sex"));
    Boolean female = null;
    if (sex == null) {
      errors.add(new FieldError("sex", "training.reimbursement.required", "sex"));
    } else if (sex.equalsIgnoreCase("FEMALE") || sex.equalsIgnoreCase("MALE")) {
      female = sex.equalsIgnoreCase("FEMALE");
    } else {
      errors.add(new FieldError("sex", "training.reimbursement.sex", sex));
    }
    Boolean minority = bool(errors, raw, "ethnicMinority");
    Integer years = whole(errors, raw, "yearsOfService", 0, 60, true);
    Exemption exemption = enumOf(errors, raw, "exemption", Exemption.class, false);
    LocalDate on = AsOf.today();
    String d = trimmed(raw.get("asOf"));
    if (d != null) {
      try {
        on = LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("asOf", "training.reimbursement.date", d));
        on = null;
      }
    }
    Map<String, Rule> rules = on == null ? Map.of() : rulesOn(on);
    if (on != null && rules.isEmpty()) {
      errors.add(new FieldError("asOf", "training.reimbursement.noRules", on.toString()));
    }
    if (exemption == Exemption.SERIOUS_ILLNESS_OR_DISASTER
        && reason != null
        && reason != Reason.NO_DEGREE) {
      errors.add(
          new FieldError("exemption", "training.reimbursement.illnessOnlyNoDegree", reason.name()));
    }
    if (exemption == Exemption.RESTRUCTURING_POLICY && on != null && on.isBefore(ND171)) {
      errors.add(new FieldError("exemption", "training.reimbursement.restructuringFrom", on));
    }
    InvalidInputException.throwIfAny(errors);
    return compute(rules, cost, reason, t1, t2, female, minority, years, exemption);
  }

  /** The reimbursement under a rule set (keys of {@code training_rule}), inputs valid. */
  static Reimbursement compute(
      Map<String, Rule> rules,
      BigDecimal cost,
      Reason reason,
      Integer t1,
      Integer t2,
      boolean female,
      boolean minority,
      int years,
      Exemption exemption) {
    List<Rule> used = new ArrayList<>();
    BigDecimal base;
    String formula;
    Rule rule;
    if (reason.full()) {
      rule = required(rules, "full_reimbursement_pct");
      base = cost.multiply(rule.value()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
      formula =
          "S = " + plain(rule.value()) + "% × F = " + plain(rule.value()) + "% × " + plain(cost);
    } else {
      rule = required(rules, "full_reimbursement_pct");
      // NĐ 171/2025 Điều 7 khoản 2 điểm b: S = F/T1 × (T1 − T2), months rounded
      base =
          cost.multiply(BigDecimal.valueOf(t1 - t2))
              .divide(BigDecimal.valueOf(t1), 2, RoundingMode.HALF_UP);
      formula = "S = F/T1 × (T1 − T2) = " + plain(cost) + "/" + t1 + " × (" + t1 + " − " + t2 + ")";
      rule =
          new Rule(
              "formula_S",
              null,
              rule.validFrom(),
              rule.validTo(),
              rule.legalSource(),
              rule.legalSource().contains("171")
                  ? "Điều 7 khoản 2 điểm b (trường hợp khoản 4 Điều 6)"
                  : "Điều 8",
              rule.confidence());
    }
    used.add(rule);
    formula += " = " + plain(base.setScale(0, RoundingMode.HALF_UP));
    if (exemption != null) {
      return new Reimbursement(
          BigDecimal.ZERO,
          base.setScale(0, RoundingMode.HALF_UP),
          formula + "; " + exemption.name() + " → 0",
          List.of(),
          exemption,
          exemptionRule(exemption, rules),
          used);
    }
    List<Reduction> reductions = new ArrayList<>();
    Rule applies = rules.get("reduction_applies_to_full_cases");
    boolean reduce = !reason.full() || applies == null || applies.value().signum() != 0;
    if (applies != null && reason.full()) {
      used.add(applies);
    }
    BigDecimal amount = base;
    if (reduce && years > 0) {
      boolean favoured = female || minority;
      Rule rate =
          required(
              rules,
              favoured
                  ? "reduction_pct_per_year_women_minorities"
                  : "reduction_pct_per_year_others");
      used.add(rate);
      BigDecimal percent = rate.value().multiply(BigDecimal.valueOf(years)).min(HUNDRED);
      BigDecimal off = base.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
      String kind = female ? "WOMAN" : minority ? "ETHNIC_MINORITY" : "OTHER";
      reductions.add(
          new Reduction(
              kind, years, rate.value(), percent, off.setScale(0, RoundingMode.HALF_UP), rate));
      amount = base.subtract(off);
      formula +=
          " − "
              + plain(percent)
              + "% ("
              + years
              + " × "
              + plain(rate.value())
              + "%) = "
              + plain(amount.setScale(0, RoundingMode.HALF_UP));
    }
    return new Reimbursement(
        amount.setScale(0, RoundingMode.HALF_UP),
        base.setScale(0, RoundingMode.HALF_UP),
        formula,
        reductions,
        null,
        used.get(0),
        used);
  }

  private static Rule exemptionRule(Exemption e, Map<String, Rule> rules) {
    Rule any = required(rules, "full_reimbursement_pct");
    boolean post = any.legalSource().contains("171");
    String article =
        switch (e) {
          case SERIOUS_ILLNESS_OR_DISASTER -> post ? "Điều 8 khoản 1 điểm a" : "Điều 8";
          case TRANSFER_WITHIN_SYSTEM -> post ? "Điều 8 khoản 1 điểm b" : "Điều 8";
          case RESTRUCTURING_POLICY -> "Điều 41 khoản 6";
        };
    return new Rule(
        "exemption_" + e.name(),
        BigDecimal.ZERO,
        any.validFrom(),
        any.validTo(),
        any.legalSource(),
        article,
        post ? "H" : "M");
  }

  private static Rule required(Map<String, Rule> rules, String key) {
    Rule r = rules.get(key);
    if (r == null) {
      throw new IllegalStateException("training_rule " + key + " missing for the period");
    }
    return r;
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal cost(List<FieldError> errors, String value) {
    String v = trimmed(value);
    if (v == null) {
      errors.add(new FieldError("cost", "training.reimbursement.required", "cost"));
      return null;
    }
    if (!v.matches("[0-9]{1,18}")) {
      errors.add(new FieldError("cost", "training.reimbursement.cost", v));
      return null;
    }
    BigDecimal c = new BigDecimal(v);
    if (c.compareTo(MAX_COST) > 0) {
      errors.add(new FieldError("cost", "training.reimbursement.cost", v));
      return null;
    }
    return c;
  }

  private static Integer whole(
      List<FieldError> errors,
      Map<String, String> raw,
      String field,
      int min,
      int max,
      boolean required) {
    String v = trimmed(raw.get(field));
    if (v == null) {
      if (required) {
        errors.add(new FieldError(field, "training.reimbursement.required", field));
      }
      return null;
    }
    if (!v.matches("[0-9]{1,9}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
      errors.add(new FieldError(field, "training.reimbursement.range", field, v, min, max));
      return null;
    }
    return Integer.parseInt(v);
  }

  private static Boolean bool(List<FieldError> errors, Map<String, String> raw, String field) {
    String v = trimmed(raw.get(field));
    if (v == null) {
      errors.add(new FieldError(field, "training.reimbursement.required", field));
      return null;
    }
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.valueOf(v.toLowerCase(Locale.ROOT));
    }
    errors.add(new FieldError(field, "training.reimbursement.boolean", field, v));
    return null;
  }

  private static <E extends Enum<E>> E enumOf(
      List<FieldError> errors,
      Map<String, String> raw,
      String field,
      Class<E> type,
      boolean required) {
    String v = trimmed(raw.get(field));
    if (v == null) {
      if (required) {
        errors.add(new FieldError(field, "training.reimbursement.required", field));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        names.add(c.name());
      }
      errors.add(
          new FieldError(
              field, "training.reimbursement.oneOf", field, v, String.join(", ", names)));
      return null;
    }
  }

  private static String trimmed(String v) {
    return v == null || v.isBlank() ? null : v.trim();
  }
}
