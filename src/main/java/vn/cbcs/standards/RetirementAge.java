package vn.cbcs.standards;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import vn.cbcs.people.Sex;

/**
 * Statutory retirement under normal working conditions.
 *
 * <p>Labour Code 2019 Art. 169(2) and NĐ 135/2020/NĐ-CP Art. 4 (in force 1-1-2021): men 60 years 3
 * months in 2021, then 3 months more each year until 62 (from 2028); women 55 years 4 months in
 * 2021, then 4 months more each year until 60 (from 2035). Before 2021 (Labour Code 2012 Art. 187):
 * men 60, women 55. The age that applies is the one of the calendar year in which the person
 * reaches it (NĐ 135/2020 appendix I); the retirement date is the last day of the month the age is
 * reached and the pension starts the next day (NĐ 135/2020 Art. 7). A person whose record has only
 * a year of birth is taken as born on 1 January (NĐ 135/2020 Art. 7(2)). Art. 169(3): people with
 * long service in extremely difficult areas may retire up to 5 years earlier.
 */
public final class RetirementAge {

  /** The result: the day of retirement, the age that applied, and the first day of pension. */
  public record Retirement(LocalDate retirementDate, Period statutoryAge, LocalDate pensionFrom) {}

  private RetirementAge() {}

  /** The statutory age for someone who reaches it in {@code year}. */
  public static Period ageFor(Sex sex, int year) {
    if (sex == Sex.MALE) {
      if (year < 2021) {
        return Period.ofYears(60);
      }
      int months = Math.min(24, 3 * (year - 2020));
      return Period.of(60, 0, 0).plusMonths(months).normalized();
    }
    if (year < 2021) {
      return Period.ofYears(55);
    }
    int months = Math.min(60, 4 * (year - 2020));
    return Period.of(55, 0, 0).plusMonths(months).normalized();
  }

  /**
   * The retirement of a person born on {@code birthDate} (1 January for a year-only birth), with
   * {@code earlyYears} (0–5) of early-retirement entitlement for service in extremely difficult
   * areas.
   */
  public static Retirement of(LocalDate birthDate, Sex sex, int earlyYears) {
    if (earlyYears < 0 || earlyYears > 5) {
      throw new IllegalArgumentException("early retirement is 0 to 5 years");
    }
    int first = birthDate.getYear() + (sex == Sex.MALE ? 60 : 55) - earlyYears;
    for (int year = first; ; year++) {
      Period age = ageFor(sex, year).minusYears(earlyYears);
      LocalDate reached = birthDate.plus(age);
      if (reached.getYear() <= year) {
        LocalDate lastDay = YearMonth.from(reached).atEndOfMonth();
        return new Retirement(lastDay, age.normalized(), lastDay.plusDays(1));
      }
    }
  }

  public static Retirement of(LocalDate birthDate, Sex sex) {
    return of(birthDate, sex, 0);
  }
}
