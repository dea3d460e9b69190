package vn.cbcs.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.PersonalId;
import vn.cbcs.platform.FieldError;
import vn.cbcs.units.Units;

/** Every reason a person record cannot be stored, each naming its field. */
@Component
public class PersonValidator {

  private static final Set<String> RELATIONS =
      Set.of("CHA", "ME", "VO", "CHONG", "CON", "ANH", "CHI", "EM");
  private static final Set<String> BLOOD_GROUPS = Set.of("A", "B", "AB", "O");

  /** Party Charter Art. 1: a member is at least 18 years old when admitted. */
  private static final int PARTY_MIN_AGE = 18;

  private final Catalogues catalogues;
  private final Units units;

  PersonValidator(Catalogues catalogues, Units units) {
    this.catalogues = catalogues;
    this.units = units;
  }

  /**
   * The code lists and units the checks read, each read once per {@code Reference}: once per record
   * when records are checked one by one, once per batch by {@link #checkAll}.
   */
  private final class Reference {
    private Set<String> ethnicities;
    private Set<String> religions;
    private List<Catalogues.DisciplineForm> disciplineForms;
    private final java.util.Map<String, Boolean> unitKnown = new java.util.HashMap<>();

    Set<String> ethnicityCodes() {
      if (ethnicities == null) {
        ethnicities = catalogues.ethnicityCodes();
      }
      return ethnicities;
    }

    Set<String> religionCodes() {
      if (religions == null) {
        religions = catalogues.religionCodes();
      }
      return religions;
    }

    List<Catalogues.DisciplineForm> disciplineForms() {
      if (disciplineForms == null) {
        disciplineForms = catalogues.disciplineForms();
      }
      return disciplineForms;
    }

    boolean unitKnown(String code, LocalDate ref) {
      return unitKnown.computeIfAbsent(
          code + "@" + ref,
          k -> ref == null ? !units.versions(code).isEmpty() : units.find(code, ref).isPresent());
    }
  }

  public List<FieldError> check(PersonData d) {
    return check(d, new Reference());
  }

  /** {@link #check} of each record, the code lists read once for all of them. */
  public List<List<FieldError>> checkAll(List<PersonData> records) {
    Reference ref = new Reference();
    List<List<FieldError>> all = new ArrayList<>(records.size());
    for (PersonData d : records) {
      all.add(check(d, ref));
    }
    return all;
  }

  private List<FieldError> check(PersonData d, Reference ref) {
    List<FieldError> e = new ArrayList<>();
    LocalDate today = LocalDate.now();
    String name = d.fullName() == null ? "" : d.fullName().strip();
    if (name.length() < 2
        || name.length() > 100
        || name.codePoints().filter(Character::isLetter).count() < 2) {
      e.add(new FieldError("fullName", "person.fullName.invalid"));
    }
    if (d.sex() == null) {
      e.add(new FieldError("sex", "person.sex.required"));
    }
    if (d.birthDate() == null) {
      e.add(new FieldError("birthDate", "person.birthDate.required"));
    } else if (d.birthDate().isAfter(today.minusYears(15)) || d.birthDate().getYear() < 1900) {
      e.add(new FieldError("birthDate", "person.birthDate.implausible"));
    }
    e.addAll(
        PersonalId.check(
            "personalId",
            d.personalId(),
            d.sex(),
            d.birthDate() == null ? null : d.birthYear(),
            catalogues.birthProvinceCodes()));
    if (d.ethnicityCode() != null && !ref.ethnicityCodes().contains(d.ethnicityCode())) {
      e.add(new FieldError("ethnicityCode", "person.ethnicity.unknown", d.ethnicityCode()));
    }
    if (d.religionCode() != null && !ref.religionCodes().contains(d.religionCode())) {
      e.add(new FieldError("religionCode", "person.religion.unknown", d.religionCode()));
    }
    checkUnit(e, "birthPlaceUnitCode", d.birthPlaceUnitCode(), d.placesRefDate(), ref);
    checkUnit(e, "homeTownUnitCode", d.homeTownUnitCode(), d.placesRefDate(), ref);
    checkParty(e, d);
    checkDates(e, d, today);
    if (d.generalEducation() != null && !d.generalEducation().matches("\\d{1,2}/(10|12)")) {
      e.add(new FieldError("generalEducation", "person.generalEducation.format"));
    }
    if (d.heightCm() != null && (d.heightCm() < 50 || d.heightCm() > 250)) {
      e.add(new FieldError("heightCm", "person.height.range"));
    }
    if (d.weightKg() != null && (d.weightKg() < 20 || d.weightKg() > 300)) {
      e.add(new FieldError("weightKg", "person.weight.range"));
    }
    if (d.earlyRetirementYears() != null
        && (d.earlyRetirementYears() < 0 || d.earlyRetirementYears() > 5)) {
      e.add(new FieldError("earlyRetirementYears", "person.earlyRetirement.range"));
    }
    if (d.bloodGroup() != null && !BLOOD_GROUPS.contains(d.bloodGroup())) {
      e.add(new FieldError("bloodGroup", "person.bloodGroup.unknown"));
    }
    TextLimits.check(e, d);
    checkFamily(e, d);
    checkLists(e, d, ref);
    return e;
  }

  private static void checkUnit(
      List<FieldError> e, String field, String code, LocalDate on, Reference ref) {
    if (code == null) {
      return;
    }
    boolean known = ref.unitKnown(code, on);
    if (!known) {
      e.add(new FieldError(field, "person.unit.unknown", code));
    }
  }

  private static void checkParty(List<FieldError> e, PersonData d) {
    if (d.partyOfficialDate() != null && d.partyJoinDate() == null) {
      e.add(new FieldError("partyJoinDate", "person.party.joinRequired"));
    }
    if (d.partyJoinDate() != null
        && d.partyOfficialDate() != null
        && d.partyOfficialDate().isBefore(d.partyJoinDate())) {
      e.add(new FieldError("partyOfficialDate", "person.party.officialBeforeJoin"));
    }
    if (d.partyJoinDate() != null
        && d.birthDate() != null
        && d.partyJoinDate().isBefore(d.birthDate().plusYears(PARTY_MIN_AGE))) {
      e.add(new FieldError("partyJoinDate", "person.party.tooYoung", PARTY_MIN_AGE));
    }
  }

  private static void checkDates(List<FieldError> e, PersonData d, LocalDate today) {
    String[] names = {
      "recruitedOn",
      "joinedAgencyOn",
      "partyJoinDate",
      "partyOfficialDate",
      "orgJoinDate",
      "militaryEnlistedOn",
      "militaryDischargedOn"
    };
    LocalDate[] dates = {
      d.recruitedOn(),
      d.joinedAgencyOn(),
      d.partyJoinDate(),
      d.partyOfficialDate(),
      d.orgJoinDate(),
      d.militaryEnlistedOn(),
      d.militaryDischargedOn()
    };
    for (int i = 0; i < names.length; i++) {
      if (dates[i] == null) {
        continue;
      }
      if (dates[i].isAfter(today.plusDays(1))) {
        e.add(new FieldError(names[i], "person.date.future"));
      } else if (d.birthDate() != null && !dates[i].isAfter(d.birthDate())) {
        e.add(new FieldError(names[i], "person.date.beforeBirth"));
      }
    }
    if (d.militaryEnlistedOn() != null
        && d.militaryDischargedOn() != null
        && d.militaryDischargedOn().isBefore(d.militaryEnlistedOn())) {
      e.add(new FieldError("militaryDischargedOn", "person.military.dischargeBeforeEnlist"));
    }
  }

  private static void checkFamily(List<FieldError> e, PersonData d) {
    for (int i = 0; i < d.family().size(); i++) {
      PersonData.FamilyMember m = d.family().get(i);
      String p = "family[" + i + "].";
      if (!"SELF".equals(m.side()) && !"SPOUSE".equals(m.side())) {
        e.add(new FieldError(p + "side", "person.family.side"));
      }
      if (m.relation() == null || !RELATIONS.contains(m.relation())) {
        e.add(new FieldError(p + "relation", "person.family.relation"));
      }
      if (m.fullName() == null || m.fullName().isBlank() || m.fullName().length() > 100) {
        e.add(new FieldError(p + "fullName", "person.family.name"));
      }
      if (m.birthYear() != null
          && (m.birthYear() < 1880 || m.birthYear() > LocalDate.now().getYear())) {
        e.add(new FieldError(p + "birthYear", "person.family.birthYear"));
      }
    }
  }

  private void checkLists(List<FieldError> e, PersonData d, Reference ref) {
    for (int i = 0; i < d.workHistory().size(); i++) {
      PersonData.WorkEntry w = d.workHistory().get(i);
      String p = "workHistory[" + i + "].";
      if (w.from() == null) {
        e.add(new FieldError(p + "from", "person.work.from"));
      } else if (w.to() != null && w.to().isBefore(w.from())) {
        e.add(new FieldError(p + "to", "error.period.endBeforeStart"));
      }
      if (w.organisation() == null || w.organisation().isBlank()) {
        e.add(new FieldError(p + "organisation", "person.work.organisation"));
      }
    }
    for (int i = 0; i < d.rewards().size(); i++) {
      PersonData.Reward r = d.rewards().get(i);
      if (r.form() == null || r.form().isBlank()) {
        e.add(new FieldError("rewards[" + i + "].form", "person.reward.form"));
      }
      if (r.year() < 1945 || r.year() > LocalDate.now().getYear()) {
        e.add(new FieldError("rewards[" + i + "].year", "person.reward.year"));
      }
    }
    List<Catalogues.DisciplineForm> forms =
        d.disciplines().isEmpty() ? List.of() : ref.disciplineForms();
    for (int i = 0; i < d.disciplines().size(); i++) {
      PersonData.Discipline x = d.disciplines().get(i);
      String p = "disciplines[" + i + "].";
      String system = x.systemOrDefault();
      if (!Set.of("STATE", "PARTY").contains(system)) {
        e.add(new FieldError(p + "system", "person.discipline.system"));
      } else if (x.form() == null || forms.stream().noneMatch(f -> f.form().equals(x.form()))) {
        e.add(new FieldError(p + "form", "person.discipline.form"));
      } else if (x.decidedOn() != null
          && forms.stream()
              .noneMatch(
                  f ->
                      f.form().equals(x.form())
                          && f.system().equals(system)
                          && f.inForceOn(x.decidedOn()))) {
        // REGULATIONS.md §13.10: a form of another system, or not in force on the decision date
        e.add(new FieldError(p + "form", "person.discipline.form.period", x.decidedOn()));
      }
      if (x.decidedOn() == null || x.effectiveFrom() == null) {
        e.add(new FieldError(p + "decidedOn", "person.discipline.date"));
      } else if (x.effectiveTo() != null && x.effectiveTo().isBefore(x.effectiveFrom())) {
        e.add(new FieldError(p + "effectiveTo", "error.period.endBeforeStart"));
      }
    }
  }
}
