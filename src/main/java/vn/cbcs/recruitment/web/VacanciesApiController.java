package vn.cbcs.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.recruitment.Vacancies;

/**
 * {@code GET /api/units/{code}/vacancies}: the openings of a commune, each number with its rule.
 */
@RestController
@Tag(name = "Tuyển dụng / Recruitment")
class VacanciesApiController {

  private final Vacancies vacancies;

  VacanciesApiController(Vacancies vacancies) {
    this.vacancies = vacancies;
  }

  @GetMapping("/api/units/{code}/vacancies")
  @Operation(
      summary =
          "Openings of a commune on asOf: the ceiling (allocation or quota) with its rule, people in"
              + " post, not yet filled or surplus, and per post the seats, holders and holders"
              + " leaving within `months` (default 6) by retirement, term end, a recorded end or an"
              + " approved movement, and the people an approved movement brings")
  Map<String, Object> vacancies(
      @PathVariable String code,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String months,
      Actor actor) {
    LocalDate date = AsOf.parseIso("asOf", asOf);
    int m = Vacancies.DEFAULT_MONTHS;
    if (months != null && !months.isBlank()) {
      if (!months.trim().matches("\\d{1,3}")) {
        throw new BadRequestException("months", "recruitment.vacancies.months", months);
      }
      m = Integer.parseInt(months.trim());
    }
    Vacancies.UnitVacancies v = vacancies.of(code, date, m, actor);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitCode", v.unit().code());
    body.put("unitName", v.unit().fullName());
    body.put("asOf", date.toString());
    body.put("months", v.months());
    body.put("ceiling", number(v.ceiling(), v.ceilingRule()));
    body.put("inPost", number(v.inPost(), Vacancies.RULE_FILLED));
    body.put("unfilled", number(v.unfilled(), Vacancies.RULE_UNFILLED));
    body.put("surplus", number(v.surplus(), Vacancies.RULE_UNFILLED));
    body.put(
        "surplusDeadline", v.surplusDeadline() == null ? null : v.surplusDeadline().toString());
    body.put(
        "leaving",
        number(
            v.leaving(),
            Vacancies.RULE_RETIREMENT
                + "; "
                + Vacancies.RULE_TERM
                + "; "
                + Vacancies.RULE_POST_END
                + "; "
                + Vacancies.RULE_MOVEMENT_OUT));
    body.put("leavingMovement", number(v.leavingMovement(), Vacancies.RULE_MOVEMENT_OUT));
    body.put("arriving", number(v.arriving(), Vacancies.RULE_MOVEMENT_IN));
    body.put(
        "posts",
        v.posts().stream()
            .map(
                p -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("positionCode", p.positionCode());
                  x.put("positionName", p.positionName());
                  x.put("seats", p.seats());
                  x.put("filled", p.filled());
                  x.put("seatsFree", p.seatsFree());
                  x.put("leaving", p.leaving());
                  x.put("leavingRetirement", p.leavingRetirement());
                  x.put("leavingTerm", p.leavingTerm());
                  x.put("leavingPostEnd", p.leavingPostEnd());
                  x.put("leavingMovement", p.leavingMovement());
                  x.put("arriving", p.arriving());
                  return x;
                })
            .toList());
    Map<String, Object> rules = new LinkedHashMap<>();
    rules.put("seats", Vacancies.RULE_SEATS);
    rules.put("filled", Vacancies.RULE_FILLED);
    rules.put("leavingRetirement", Vacancies.RULE_RETIREMENT);
    rules.put("leavingTerm", Vacancies.RULE_TERM);
    rules.put("leavingPostEnd", Vacancies.RULE_POST_END);
    rules.put("leavingMovement", Vacancies.RULE_MOVEMENT_OUT);
    rules.put("arriving", Vacancies.RULE_MOVEMENT_IN);
    body.put("rules", rules);
    return body;
  }

  private static Map<String, Object> number(Object value, String rule) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", value);
    m.put("rule", rule);
    return m;
  }
}
