package vn.cbcs.people;

import java.time.LocalDate;
import java.util.List;

/** Builds {@link PersonData}; unset fields stay empty. */
public final class PersonDataBuilder {

  private String personalId;
  private String fullName;
  private String otherNames;
  private Sex sex;
  private LocalDate birthDate;
  private boolean birthYearOnly;
  private String birthPlaceUnitCode;
  private String birthPlaceText;
  private String homeTownUnitCode;
  private String homeTownText;
  private LocalDate placesRefDate;
  private String ethnicityCode;
  private String religionCode;
  private String residence;
  private String phone;
  private String socialInsuranceNo;
  private String healthInsuranceNo;
  private String familyBackground;
  private String occupationBefore;
  private LocalDate recruitedOn;
  private String recruitedBy;
  private LocalDate joinedAgencyOn;
  private LocalDate partyJoinDate;
  private LocalDate partyOfficialDate;
  private LocalDate orgJoinDate;
  private String orgJoinName;
  private LocalDate militaryEnlistedOn;
  private LocalDate militaryDischargedOn;
  private String militaryRank;
  private String policyGroup;
  private String generalEducation;
  private String academicTitle;
  private String stateHonours;
  private String strengths;
  private String healthStatus;
  private Integer heightCm;
  private Integer weightKg;
  private String bloodGroup;
  private Integer earlyRetirementYears;
  private List<PersonData.FamilyMember> family;
  private List<PersonData.WorkEntry> workHistory;
  private List<PersonData.Reward> rewards;
  private List<PersonData.Discipline> disciplines;

  PersonDataBuilder() {}

  PersonDataBuilder(PersonData d) {
    this.personalId = d.personalId();
    this.fullName = d.fullName();
    this.otherNames = d.otherNames();
    this.sex = d.sex();
    this.birthDate = d.birthDate();
    this.birthYearOnly = d.birthYearOnly();
    this.birthPlaceUnitCode = d.birthPlaceUnitCode();
    this.birthPlaceText = d.birthPlaceText();
    this.homeTownUnitCode = d.homeTownUnitCode();
    this.homeTownText = d.homeTownText();
    this.placesRefDate = d.placesRefDate();
    this.ethnicityCode = d.ethnicityCode();
    this.religionCode = d.religionCode();
    this.residence = d.residence();
    this.phone = d.phone();
    this.socialInsuranceNo = d.socialInsuranceNo();
    this.healthInsuranceNo = d.healthInsuranceNo();
    this.familyBackground = d.familyBackground();
    this.occupationBefore = d.occupationBefore();
    this.recruitedOn = d.recruitedOn();
    this.recruitedBy = d.recruitedBy();
    this.joinedAgencyOn = d.joinedAgencyOn();
    this.partyJoinDate = d.partyJoinDate();
    this.partyOfficialDate = d.partyOfficialDate();
    this.orgJoinDate = d.orgJoinDate();
    this.orgJoinName = d.orgJoinName();
    this.militaryEnlistedOn = d.militaryEnlistedOn();
    this.militaryDischargedOn = d.militaryDischargedOn();
    this.militaryRank = d.militaryRank();
    this.policyGroup = d.policyGroup();
    this.generalEducation = d.generalEducation();
    this.academicTitle = d.academicTitle();
    this.stateHonours = d.stateHonours();
    this.strengths = d.strengths();
    this.healthStatus = d.healthStatus();
    this.heightCm = d.heightCm();
    this.weightKg = d.weightKg();
    this.bloodGroup = d.bloodGroup();
    this.earlyRetirementYears = d.earlyRetirementYears();
    this.family = d.family();
    this.workHistory = d.workHistory();
    this.rewards = d.rewards();
    this.disciplines = d.disciplines();
  }

  public PersonDataBuilder personalId(String personalId) {
    this.personalId = personalId;
    return this;
  }

  public PersonDataBuilder fullName(String fullName) {
    this.fullName = fullName;
    return this;
  }

  public PersonDataBuilder otherNames(String otherNames) {
    this.otherNames = otherNames;
    return this;
  }

  public PersonDataBuilder sex(Sex sex) {
    this.sex = sex;
    return this;
  }

  public PersonDataBuilder birthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
    return this;
  }

  public PersonDataBuilder birthYearOnly(boolean birthYearOnly) {
    this.birthYearOnly = birthYearOnly;
    return this;
  }

  public PersonDataBuilder birthPlaceUnitCode(String birthPlaceUnitCode) {
    this.birthPlaceUnitCode = birthPlaceUnitCode;
    return this;
  }

  public PersonDataBuilder birthPlaceText(String birthPlaceText) {
    this.birthPlaceText = birthPlaceText;
    return this;
  }

  public PersonDataBuilder homeTownUnitCode(String homeTownUnitCode) {
    this.homeTownUnitCode = homeTownUnitCode;
    return this;
  }

  public PersonDataBuilder homeTownText(String homeTownText) {
    this.homeTownText = homeTownText;
    return this;
  }

  public PersonDataBuilder placesRefDate(LocalDate placesRefDate) {
    this.placesRefDate = placesRefDate;
    return this;
  }

  public PersonDataBuilder ethnicityCode(String ethnicityCode) {
    this.ethnicityCode = ethnicityCode;
    return this;
  }

  public PersonDataBuilder religionCode(String religionCode) {
    this.religionCode = religionCode;
    return this;
  }

  public PersonDataBuilder residence(String residence) {
    this.residence = residence;
    return this;
  }

  public PersonDataBuilder phone(String phone) {
    this.phone = phone;
    return this;
  }

  public PersonDataBuilder socialInsuranceNo(String socialInsuranceNo) {
    this.socialInsuranceNo = socialInsuranceNo;
    return this;
  }

  public PersonDataBuilder healthInsuranceNo(String healthInsuranceNo) {
    this.healthInsuranceNo = healthInsuranceNo;
    return this;
  }

  public PersonDataBuilder familyBackground(String familyBackground) {
    this.familyBackground = familyBackground;
    return this;
  }

  public PersonDataBuilder occupationBefore(String occupationBefore) {
    this.occupationBefore = occupationBefore;
    return this;
  }

  public PersonDataBuilder recruitedOn(LocalDate recruitedOn) {
    this.recruitedOn = recruitedOn;
    return this;
  }

  public PersonDataBuilder recruitedBy(String recruitedBy) {
    this.recruitedBy = recruitedBy;
    return this;
  }

  public PersonDataBuilder joinedAgencyOn(LocalDate joinedAgencyOn) {
    this.joinedAgencyOn = joinedAgencyOn;
    return this;
  }

  public PersonDataBuilder partyJoinDate(LocalDate partyJoinDate) {
    this.partyJoinDate = partyJoinDate;
    return this;
  }

  public PersonDataBuilder partyOfficialDate(LocalDate partyOfficialDate) {
    this.partyOfficialDate = partyOfficialDate;
    return this;
  }

  public PersonDataBuilder orgJoinDate(LocalDate orgJoinDate) {
    this.orgJoinDate = orgJoinDate;
    return this;
  }

  public PersonDataBuilder orgJoinName(String orgJoinName) {
    this.orgJoinName = orgJoinName;
    return this;
  }

  public PersonDataBuilder militaryEnlistedOn(LocalDate militaryEnlistedOn) {
    this.militaryEnlistedOn = militaryEnlistedOn;
    return this;
  }

  public PersonDataBuilder militaryDischargedOn(LocalDate militaryDischargedOn) {
    this.militaryDischargedOn = militaryDischargedOn;
    return this;
  }

  public PersonDataBuilder militaryRank(String militaryRank) {
    this.militaryRank = militaryRank;
    return this;
  }

  public PersonDataBuilder policyGroup(String policyGroup) {
    this.policyGroup = policyGroup;
    return this;
  }

  public PersonDataBuilder generalEducation(String generalEducation) {
    this.generalEducation = generalEducation;
    return this;
  }

  public PersonDataBuilder academicTitle(String academicTitle) {
    this.academicTitle = academicTitle;
    return this;
  }

  public PersonDataBuilder stateHonours(String stateHonours) {
    this.stateHonours = stateHonours;
    return this;
  }

  public PersonDataBuilder strengths(String strengths) {
    this.strengths = strengths;
    return this;
  }

  public PersonDataBuilder healthStatus(String healthStatus) {
    this.healthStatus = healthStatus;
    return this;
  }

  public PersonDataBuilder heightCm(Integer heightCm) {
    this.heightCm = heightCm;
    return this;
  }

  public PersonDataBuilder weightKg(Integer weightKg) {
    this.weightKg = weightKg;
    return this;
  }

  public PersonDataBuilder bloodGroup(String bloodGroup) {
    this.bloodGroup = bloodGroup;
    return this;
  }

  public PersonDataBuilder earlyRetirementYears(Integer earlyRetirementYears) {
    this.earlyRetirementYears = earlyRetirementYears;
    return this;
  }

  public PersonDataBuilder family(List<PersonData.FamilyMember> family) {
    this.family = family;
    return this;
  }

  public PersonDataBuilder workHistory(List<PersonData.WorkEntry> workHistory) {
    this.workHistory = workHistory;
    return this;
  }

  public PersonDataBuilder rewards(List<PersonData.Reward> rewards) {
    this.rewards = rewards;
    return this;
  }

  public PersonDataBuilder disciplines(List<PersonData.Discipline> disciplines) {
    this.disciplines = disciplines;
    return this;
  }

  public PersonData build() {
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
        ethnicityCode,
        religionCode,
        residence,
        phone,
        socialInsuranceNo,
        healthInsuranceNo,
        familyBackground,
        occupationBefore,
        recruitedOn,
        recruitedBy,
        joinedAgencyOn,
        partyJoinDate,
        partyOfficialDate,
        orgJoinDate,
        orgJoinName,
        militaryEnlistedOn,
        militaryDischargedOn,
        militaryRank,
        policyGroup,
        generalEducation,
        academicTitle,
        stateHonours,
        strengths,
        healthStatus,
        heightCm,
        weightKg,
        bloodGroup,
        earlyRetirementYears,
        family,
        workHistory,
        rewards,
        disciplines);
  }
}
