package vn.cbcs.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.people.Sex;
import vn.cbcs.planning.PlanningAge;
import vn.cbcs.planning.PlanningRules;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/**
 * {@code GET /api/rules/planning-age}: the age rule of planning alone (QĐ 377-QĐ/TW Điều 25 khoản
 * 2), on the retirement date of {@code /api/rules/retirement}.
 */
@RestController
@Tag(name = "Quy định / Rules")
class PlanningAgeApiController {

  private final PlanningRules rules;

  PlanningAgeApiController(PlanningRules rules) {
    this.rules = rules;
  }

  @GetMapping("/api/rules/planning-age")
  @Operation(
      summary =
          "Planning age: birthDate, sex (MALE, FEMALE), target (1: đối tượng 1, 2: đối tượng 2),"
              + " referenceDate (default today); optional womanAt60=true (a woman entitled to"
              + " retire at 60, computed with 60) and earlyYears (0–5)")
  Map<String, Object> planningAge(
      @RequestParam(required = false) String birthDate,
      @RequestParam(required = false) String sex,
      @RequestParam(required = false) String target,
      @RequestParam(required = false) String referenceDate,
      @RequestParam(required = false) String womanAt60,
      @RequestParam(required = false) String earlyYears) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate born = date("birthDate", birthDate, true, errors);
    LocalDate reference = date("referenceDate", referenceDate, false, errors);
    if (reference == null) {
      reference = AsOf.today();
    }
    Sex s = null;
    if (blank(sex)) {
      errors.add(new FieldError("sex", "error.parameter.missing", "sex"));
    } else {
      try {
        s = Sex.valueOf(sex.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("sex", "planning.age.sex", sex));
      }
    }
    int t = 0;
    if (blank(target)) {
      errors.add(new FieldError("target", "error.parameter.missing", "target"));
    } else if (target.trim().equals("1") || target.trim().equals("2")) {
      t = Integer.parseInt(target.trim());
    } else {
      errors.add(new FieldError("target", "planning.age.target", target));
    }
    boolean at60 = false;
    if (!blank(womanAt60)) {
      if (womanAt60.equals("true") || womanAt60.equals("false")) {
        at60 = Boolean.parseBoolean(womanAt60);
        if (at60 && s == Sex.MALE) {
          errors.add(new FieldError("womanAt60", "planning.age.womanAt60Male"));
        }
      } else {
        errors.add(new FieldError("womanAt60", "error.parameter.invalid", "womanAt60", womanAt60));
      }
    }
    int early = 0;
    if (!blank(earlyYears)) {
      if (earlyYears.matches("[0-5]")) {
        early = Integer.parseInt(earlyYears);
      } else {
        errors.add(new FieldError("earlyYears", "planning.age.earlyYears", earlyYears));
      }
    }
    if (born != null && reference != null && !born.isBefore(reference)) {
      errors.add(new FieldError("birthDate", "planning.age.bornAfterReference", born, reference));
    }
    InvalidInputException.throwIfAny(errors);
    PlanningAge.Verdict v = rules.age(born, s, t, reference, at60, early);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("retirementDate", v.retirementDate());
    body.put("monthsLeft", v.monthsLeft());
    body.put("requiredMonths", v.requiredMonths());
    body.put("eligible", v.eligible());
    body.put("target", t);
    body.put("referenceDate", reference);
    body.put("computedAt60", v.computedAt60());
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("regime", v.regime());
    rule.put("legalSource", v.legalSource());
    rule.put("article", v.article());
    rule.put(
        "text",
        "Tuổi nghỉ hưu theo Nghị định 135/2020/NĐ-CP trừ tuổi tại thời điểm tính tuổi phải còn ít"
            + " nhất "
            + v.requiredMonths()
            + " tháng đối với đối tượng "
            + t
            + " ("
            + v.article()
            + "); còn "
            + v.monthsLeft()
            + " tháng.");
    rule.put(
        "retirementSource", "Bộ luật Lao động 2019 Điều 169; Nghị định 135/2020/NĐ-CP Điều 4, 7");
    body.put("rule", rule);
    return body;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate date(
      String name, String value, boolean required, List<FieldError> errors) {
    if (blank(value)) {
      if (required) {
        errors.add(new FieldError(name, "error.parameter.missing", name));
      }
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value.trim());
      if (d.getYear() < 1900 || d.getYear() > 2100) {
        errors.add(new FieldError(name, "planning.age.dateRange", name, value));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, "planning.age.date", name, value));
      return null;
    }
  }
}
