package vn.cbcs.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cbcs.people.Sex;

/**
 * Cases from the appendix of NĐ 135/2020/NĐ-CP (roadmap of the retirement age): month of birth →
 * month of retirement and the age that applies.
 */
class RetirementAgeTest {

  @ParameterizedTest(name = "{0} born {1}: retires end of {2} at {3}y{4}m")
  @CsvSource({
    // men: 60y3m in 2021, +3 months a year, 62 from 2028
    "MALE, 1960-12-15, 2020-12, 60, 0",
    "MALE, 1961-01-10, 2021-04, 60, 3",
    "MALE, 1961-09-01, 2021-12, 60, 3",
    "MALE, 1961-10-01, 2022-04, 60, 6", // reaching 60y3m only in 2022, whose age is 60y6m
    "MALE, 1962-12-01, 2023-09, 60, 9",
    "MALE, 1963-05-20, 2024-05, 61, 0",
    "MALE, 1965-04-01, 2026-10, 61, 6",
    "MALE, 1966-01-01, 2027-10, 61, 9", // reaches 61y9m within 2027
    "MALE, 1966-04-01, 2028-04, 62, 0",
    "MALE, 1970-07-31, 2032-07, 62, 0",
    // women: 55y4m in 2021, +4 months a year, 60 from 2035
    "FEMALE, 1965-12-01, 2020-12, 55, 0",
    "FEMALE, 1966-01-01, 2021-05, 55, 4",
    "FEMALE, 1966-09-01, 2022-05, 55, 8",
    "FEMALE, 1968-03-01, 2024-07, 56, 4",
    "FEMALE, 1975-01-01, 2034-09, 59, 8", // reaches 59y8m within 2034
    "FEMALE, 1975-05-01, 2035-05, 60, 0",
    "FEMALE, 1980-06-15, 2040-06, 60, 0"
  })
  void followsTheRoadmap(Sex sex, LocalDate born, String month, int years, int months) {
    RetirementAge.Retirement r = RetirementAge.of(born, sex);
    assertThat(r.retirementDate()).isEqualTo(java.time.YearMonth.parse(month).atEndOfMonth());
    assertThat(r.statutoryAge()).isEqualTo(Period.of(years, months, 0));
    assertThat(r.pensionFrom()).isEqualTo(r.retirementDate().plusDays(1));
  }

  @ParameterizedTest
  @CsvSource({
    "MALE, 2021, 60, 3",
    "MALE, 2027, 61, 9",
    "MALE, 2040, 62, 0",
    "FEMALE, 2034, 59, 8",
    "FEMALE, 2020, 55, 0"
  })
  void theAgeOfEachYear(Sex sex, int year, int years, int months) {
    assertThat(RetirementAge.ageFor(sex, year)).isEqualTo(Period.of(years, months, 0));
  }

  @org.junit.jupiter.api.Test
  void aYearOnlyBirthCountsFromTheFirstOfJanuary() {
    assertThat(RetirementAge.of(LocalDate.of(1966, 1, 1), Sex.FEMALE).retirementDate())
        .isEqualTo(LocalDate.of(2021, 5, 31));
  }

  @org.junit.jupiter.api.Test
  void earlyRetirementForServiceInExtremelyDifficultAreas() {
    RetirementAge.Retirement normal = RetirementAge.of(LocalDate.of(1970, 3, 10), Sex.MALE);
    RetirementAge.Retirement early = RetirementAge.of(LocalDate.of(1970, 3, 10), Sex.MALE, 5);
    assertThat(normal.retirementDate()).isEqualTo(LocalDate.of(2032, 3, 31));
    assertThat(early.retirementDate()).isBefore(normal.retirementDate());
    // at most 5 years below the normal age of the year reached (61y6m in 2026)
    assertThat(early.statutoryAge()).isEqualTo(Period.of(56, 6, 0));
    assertThat(early.retirementDate()).isEqualTo(LocalDate.of(2026, 9, 30));
  }
}
