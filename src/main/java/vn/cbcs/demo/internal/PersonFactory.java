package vn.cbcs.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.Sex;
import vn.cbcs.standards.RetirementAge;

/**
 * Makes one plausible person of a mountain province: age, sex and ethnicity by role, names by
 * ethnicity, a valid personal ID, Party membership, family, and the qualifications held when they
 * enter the corps (levels by era: the 2016 corps is less trained than later recruits).
 */
final class PersonFactory {

  /** Who is being made. */
  enum Kind {
    /** in post when the history starts */
    INITIAL,
    /** recruited civil servant */
    RECRUIT,
    /** elected or appointed cadre */
    CADRE
  }

  private static final String[] ETHNICITIES = {"02", "07", "09", "01", "08", "04", "15"};
  private static final double[] ETHNIC_WEIGHTS = {0.52, 0.10, 0.14, 0.14, 0.06, 0.02, 0.02};

  private final NamePool names;
  private final Random r;
  private final boolean family;
  private int serial;

  PersonFactory(NamePool names, Random r, boolean family, int firstSerial) {
    this.names = names;
    this.r = r;
    this.family = family;
    this.serial = firstSerial;
  }

  PlannedPerson make(
      Kind kind,
      String position,
      LocalDate hired,
      String birthProvince,
      String communeCode,
      String communeName) {
    boolean cadre = Slots.cadre(position);
    Sex sex = sex(position, cadre);
    LocalDate birth;
    do { // nobody enters the corps past their retirement
      birth = hired.minusYears(age(kind, cadre)).minusDays(r.nextInt(365));
    } while (!RetirementAge.of(birth, sex).retirementDate().isAfter(hired.plusMonths(6)));
    int age = hired.getYear() - birth.getYear();
    boolean yearOnly = birth.getYear() < 1970 && r.nextDouble() < 0.06;
    if (yearOnly) {
      birth = LocalDate.of(birth.getYear(), 1, 1);
    }
    String ethnicity = pick(ETHNICITIES, ETHNIC_WEIGHTS);
    String name = names.fullName(r, ethnicity, sex);
    boolean party = cadre || r.nextDouble() < 0.55;
    LocalDate partyJoin = null;
    if (party) {
      partyJoin = birth.plusYears(22 + r.nextInt(8)).plusDays(r.nextInt(300));
      if (partyJoin.isAfter(hired)) {
        partyJoin = kind == Kind.RECRUIT ? null : hired.minusDays(30 + r.nextInt(300));
      }
      if (partyJoin != null && partyJoin.isBefore(birth.plusYears(18))) {
        partyJoin = birth.plusYears(18).plusDays(1);
      }
    }
    PersonData data =
        PersonData.builder()
            .personalId(personalId(birthProvince, sex, birth.getYear()))
            .fullName(name)
            .sex(sex)
            .birthDate(birth)
            .birthYearOnly(yearOnly)
            .ethnicityCode(ethnicity)
            .religionCode(r.nextDouble() < 0.97 ? "00" : r.nextBoolean() ? "01" : "02")
            .homeTownUnitCode(communeCode)
            .homeTownText(communeName)
            .birthPlaceText(communeName)
            .placesRefDate(LocalDate.of(2020, 1, 1))
            .residence("Thôn " + (1 + r.nextInt(12)) + ", " + communeName)
            .partyJoinDate(partyJoin)
            .partyOfficialDate(partyJoin == null ? null : partyJoin.plusYears(1))
            .generalEducation(birth.getYear() < 1965 && r.nextDouble() < 0.3 ? "10/10" : "12/12")
            .recruitedOn(
                cadre
                    ? null
                    : kind == Kind.INITIAL
                        ? hired.minusYears(r.nextInt(Math.max(1, age - 22)))
                        : hired)
            .familyBackground(r.nextDouble() < 0.8 ? "Nông dân" : "Công nhân viên chức")
            .occupationBefore(r.nextDouble() < 0.7 ? "Làm ruộng" : "Giáo viên hợp đồng")
            .healthStatus("Tốt")
            .heightCm(sex == Sex.MALE ? 158 + r.nextInt(17) : 148 + r.nextInt(15))
            .weightKg(sex == Sex.MALE ? 52 + r.nextInt(20) : 42 + r.nextInt(16))
            .family(family ? family(sex, birth, name, ethnicity) : List.of())
            .build();
    PlannedPerson p = new PlannedPerson(data, RetirementAge.of(birth, sex).retirementDate());
    Qualifying.initial(p, kind, cadre, hired, r);
    return p;
  }

  private Sex sex(String position, boolean cadre) {
    if ("CHU_TICH_HOI_PHU_NU_XA".equals(position) || "CHU_TICH_HOI_PHU_NU".equals(position)) {
      return Sex.FEMALE;
    }
    if (cadre) {
      return r.nextDouble() < 0.82 ? Sex.MALE : Sex.FEMALE;
    }
    return r.nextDouble() < 0.55 ? Sex.MALE : Sex.FEMALE;
  }

  private int age(Kind kind, boolean cadre) {
    return switch (kind) {
      case INITIAL -> cadre ? 30 + r.nextInt(27) : 24 + r.nextInt(30);
      case RECRUIT -> 23 + r.nextInt(11);
      case CADRE -> 30 + r.nextInt(18);
    };
  }

  private String personalId(String province, Sex sex, int year) {
    int centuryDigit = (year >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
    serial++;
    return String.format("0%s%d%02d%06d", province, centuryDigit, year % 100, serial % 1_000_000);
  }

  private List<PersonData.FamilyMember> family(
      Sex sex, LocalDate birth, String name, String ethnicity) {
    List<PersonData.FamilyMember> members = new ArrayList<>();
    String surname = name.substring(0, name.indexOf(' '));
    int y = birth.getYear();
    members.add(
        new PersonData.FamilyMember(
            "SELF",
            "CHA",
            surname + " " + names.givenAndMiddle(r, Sex.MALE),
            y - 24 - r.nextInt(8),
            "Làm ruộng",
            null));
    members.add(
        new PersonData.FamilyMember(
            "SELF",
            "ME",
            names.familyName(r, ethnicity)
                + " Thị "
                + names.givenAndMiddle(r, Sex.FEMALE).split(" ")[1],
            y - 22 - r.nextInt(8),
            "Làm ruộng",
            null));
    if (r.nextDouble() < 0.85) {
      Sex other = sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
      String spouseSurname = names.familyName(r, ethnicity);
      members.add(
          new PersonData.FamilyMember(
              "SELF",
              sex == Sex.MALE ? "VO" : "CHONG",
              spouseSurname + " " + names.givenAndMiddle(r, other),
              y - 3 + r.nextInt(6),
              "Giáo viên",
              null));
      int children = 1 + r.nextInt(3);
      for (int i = 0; i < children; i++) {
        int childYear = y + 24 + 3 * i + r.nextInt(3);
        if (childYear >= java.time.LocalDate.now().getYear()) {
          break;
        }
        Sex cs = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        String fatherName = sex == Sex.MALE ? surname : spouseSurname;
        members.add(
            new PersonData.FamilyMember(
                "SELF",
                "CON",
                fatherName + " " + names.givenAndMiddle(r, cs),
                childYear,
                "Học sinh",
                null));
      }
    }
    return members;
  }

  private String pick(String[] values, double[] weights) {
    double x = r.nextDouble();
    for (int i = 0; i < values.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
