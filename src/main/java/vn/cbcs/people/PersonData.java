package vn.cbcs.people;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a person record as entered: the fields of the official CV form (TT 06/2023/TT-BNV)
 * and the dated lists that belong to the person (family, work before CBCS, rewards, disciplines).
 * Qualifications and posts are recorded through their own modules.
 *
 * @param birthYearOnly the birth date is known only by year; {@code birthDate} is then 1 January
 * @param placesRefDate the day on which the unit codes of birth place and home town name the
 *     intended units (codes are reused over time); null: today
 * @param generalEducation e.g. {@code 12/12} or {@code 10/10}
 * @param earlyRetirementYears years of early-retirement entitlement (0–5) for long service in
 *     extremely difficult areas (Labour Code 2019 Art. 169(3))
 */
public record PersonData(
    String personalId,
    String fullName,
    String otherNames,
    Sex sex,
    LocalDate birthDate,
    boolean birthYearOnly,
    String birthPlaceUnitCode,
    String birthPlaceText,
    String homeTownUnitCode,
    String homeTownText,
    LocalDate placesRefDate,
    String ethnicityCode,
    String religionCode,
    String residence,
    String phone,
    String socialInsuranceNo,
    String healthInsuranceNo,
    String familyBackground,
    String occupationBefore,
    LocalDate recruitedOn,
    String recruitedBy,
    LocalDate joinedAgencyOn,
    LocalDate partyJoinDate,
    LocalDate partyOfficialDate,
    LocalDate orgJoinDate,
    String orgJoinName,
    LocalDate militaryEnlistedOn,
    LocalDate militaryDischargedOn,
    String militaryRank,
    String policyGroup,
    String generalEducation,
    String academicTitle,
    String stateHonours,
    String strengths,
    String healthStatus,
    Integer heightCm,
    Integer weightKg,
    String bloodGroup,
    Integer earlyRetirementYears,
    List<FamilyMember> family,
    List<WorkEntry> workHistory,
    List<Reward> rewards,
    List<Discipline> disciplines) {

  public PersonData {
    family = family == null ? List.of() : List.copyOf(family);
    workHistory = workHistory == null ? List.of() : List.copyOf(workHistory);
    rewards = rewards == null ? List.of() : List.copyOf(rewards);
    disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
  }

  /** A builder starting from no data. */
  /**
   * The record without its sensitive fields (NĐ 13/2023 Art. 2: ethnic origin, religion, political
   * views, health; plus discipline, family and personal history), for roles that do not need them.
   */
  public PersonData masked() {
    return new PersonData(
        personalId,
        fullName,
        otherNames,
        sex,
        birthDate,
        birthYearOnly,
        birthPlaceUnitCode,
        birthPlaceText,
        homeTownUnitCode,
        homeTownText,
        placesRefDate,
        null,
        null,
        residence,
        phone,
        socialInsuranceNo,
        healthInsuranceNo,
        null,
        occupationBefore,
        recruitedOn,
        recruitedBy,
        joinedAgencyOn,
        null,
        null,
        orgJoinDate,
        orgJoinName,
        militaryEnlistedOn,
        militaryDischargedOn,
        militaryRank,
        null,
        generalEducation,
        academicTitle,
        stateHonours,
        strengths,
        null,
        null,
        null,
        null,
        earlyRetirementYears,
        List.of(),
        List.of(),
        rewards,
        List.of());
  }

  public static PersonDataBuilder builder() {
    return new PersonDataBuilder();
  }

  /** A builder starting from this record, to change a few fields. */
  public PersonDataBuilder toBuilder() {
    return new PersonDataBuilder(this);
  }

  public int birthYear() {
    return birthDate.getYear();
  }

  /** A relative (item 36): {@code side} SELF for one's own family, SPOUSE for the spouse's. */
  public record FamilyMember(
      String side,
      String relation,
      String fullName,
      Integer birthYear,
      String details,
      String residence) {}

  /** Work before or outside CBCS posts (item 33). */
  public record WorkEntry(LocalDate from, LocalDate to, String organisation, String title) {}

  /** A reward (item 35.1). */
  public record Reward(
      int year, String form, String decisionNumber, LocalDate decisionDate, String issuer) {}

  /**
   * A discipline (item 35.2); in effect for 12 months from {@code effectiveFrom} unless {@code
   * effectiveTo} says otherwise.
   */
  /**
   * A discipline (item 35.2).
   *
   * @param system STATE (Luật CBCC, NĐ 172/2025) or PARTY (Điều lệ Đảng): two separate lists of
   *     forms (REGULATIONS.md §13.10); null is read as STATE, or PARTY for khai trừ
   */
  public record Discipline(
      String form,
      LocalDate decidedOn,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String violation,
      String issuer,
      String decisionNumber,
      String system) {

    public Discipline(
        String form,
        LocalDate decidedOn,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String violation,
        String issuer,
        String decisionNumber) {
      this(form, decidedOn, effectiveFrom, effectiveTo, violation, issuer, decisionNumber, null);
    }

    /** The system of the discipline as recorded (STATE unless said otherwise; khai trừ: PARTY). */
    public String systemOrDefault() {
      if (system != null && !system.isBlank()) {
        return system;
      }
      return "KHAI_TRU".equals(form) ? "PARTY" : "STATE";
    }

    public boolean inEffectOn(LocalDate date) {
      return !effectiveFrom.isAfter(date) && !effectiveTo.isBefore(date);
    }
  }
}
