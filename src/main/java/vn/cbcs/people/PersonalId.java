package vn.cbcs.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.cbcs.platform.FieldError;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD). Its
 * structure (Thông tư 07/2016/TT-BCA Art. 7, kept by TT 59/2021/TT-BCA): digits 1–3 the province
 * where the birth was registered ("0" + the province code), digit 4 sex and century of birth (0/1
 * male/female born 1900–1999, 2/3 in 2000–2099, 4/5 in 2100–2199, 6/7 in 2200–2299, 8/9 in
 * 1800–1899), digits 5–6 the last two digits of the year of birth, digits 7–12 a random number.
 */
public record PersonalId(String value) {

  public PersonalId {
    if (value == null || !value.matches("\\d{12}")) {
      throw new IllegalArgumentException("not a 12-digit personal id");
    }
  }

  public String provinceCode() {
    return value.substring(1, 3);
  }

  public Sex sex() {
    return (value.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE;
  }

  /** The first year of the century encoded in digit 4. */
  public int century() {
    int d = value.charAt(3) - '0';
    return switch (d / 2) {
      case 0 -> 1900;
      case 1 -> 2000;
      case 2 -> 2100;
      case 3 -> 2200;
      default -> 1800;
    };
  }

  public int birthYear() {
    return century() + Integer.parseInt(value.substring(4, 6));
  }

  /**
   * Every reason {@code raw} is not a valid number for a person of this sex and birth year.
   *
   * @param provinceCodes the two-digit codes of provinces that can register a birth
   */
  public static List<FieldError> check(
      String field, String raw, Sex sex, Integer birthYear, Set<String> provinceCodes) {
    List<FieldError> errors = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError(field, "person.id.required"));
      return errors;
    }
    if (!raw.matches("\\d{12}")) {
      errors.add(new FieldError(field, "person.id.format", raw));
      return errors;
    }
    PersonalId id = new PersonalId(raw);
    if (raw.charAt(0) != '0' || !provinceCodes.contains(id.provinceCode())) {
      errors.add(new FieldError(field, "person.id.province", raw.substring(0, 3)));
    }
    if (sex != null && id.sex() != sex) {
      errors.add(new FieldError(field, "person.id.sex", raw.charAt(3)));
    }
    if (birthYear != null && id.birthYear() != birthYear) {
      errors.add(new FieldError(field, "person.id.birthYear", raw.substring(3, 6), birthYear));
    }
    return errors;
  }
}
