package vn.cbcs.standards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.standards.RetirementAge;

/**
 * {@code GET /api/rules/retirement}: statutory retirement (Labour Code 2019 Art. 169, NĐ 135/2020).
 */
@RestController
@Tag(name = "Quy định / Rules")
class RetirementApiController {

  @GetMapping("/api/rules/retirement")
  @Operation(summary = "Retirement date, statutory age and first day of pension")
  Map<String, Object> retirement(
      @RequestParam(required = false) String birthDate,
      @RequestParam(required = false) Integer birthYear,
      @RequestParam String sex,
      @RequestParam(defaultValue = "0") int earlyYears) {
    LocalDate born;
    if (birthDate != null && !birthDate.isBlank()) {
      born = AsOf.parseIso("birthDate", birthDate);
    } else if (birthYear != null) {
      if (birthYear < 1900 || birthYear > 2100) {
        throw new BadRequestException(
            "birthYear", "error.parameter.invalid", "birthYear", birthYear);
      }
      born = LocalDate.of(birthYear, 1, 1);
    } else {
      throw new BadRequestException("birthDate", "error.parameter.missing", "birthDate");
    }
    Sex s;
    try {
      s = Sex.valueOf(sex.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("sex", "error.parameter.invalid", "sex", sex);
    }
    if (earlyYears < 0 || earlyYears > 5) {
      throw new BadRequestException(
          "earlyYears", "error.parameter.invalid", "earlyYears", earlyYears);
    }
    RetirementAge.Retirement r = RetirementAge.of(born, s, earlyYears);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("retirementDate", r.retirementDate());
    body.put(
        "statutoryAge",
        Map.of("years", r.statutoryAge().getYears(), "months", r.statutoryAge().getMonths()));
    body.put("pensionFrom", r.pensionFrom());
    body.put("legalSource", "Bộ luật Lao động 2019 Điều 169; Nghị định 135/2020/NĐ-CP Điều 4, 7");
    return body;
  }
}
