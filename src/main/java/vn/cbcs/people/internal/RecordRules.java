package vn.cbcs.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cbcs.platform.FieldError;
import vn.cbcs.positions.Assignment;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.Qualification;

/**
 * The checks that join a person to their posts and qualifications — the same for the form, the JSON
 * API and the Excel import, because all three go through the people module's services.
 */
public final class RecordRules {

  /**
   * A civil servant is recruited at 18 or older: Luật Cán bộ, công chức 2008 Art. 36(1)(b) (until
   * 30-6-2025) and Luật 80/2025/QH15 Art. 19(1)(c) (from 1-7-2025); elected cadres are at least as
   * old. Applied to the start of every post.
   */
  public static final int MIN_AGE_IN_POST = 18;

  private RecordRules() {}

  /** A post that begins before the person is 18; a qualification begun or awarded before birth. */
  public static List<FieldError> check(
      LocalDate birthDate,
      List<NewQualification> qualifications,
      String qualificationPrefix,
      List<NewAssignment> posts,
      String postPrefix) {
    List<FieldError> errors = new ArrayList<>();
    if (birthDate == null) {
      return errors;
    }
    for (int i = 0; i < qualifications.size(); i++) {
      NewQualification q = qualifications.get(i);
      String p =
          qualificationPrefix.contains("%d")
              ? qualificationPrefix.formatted(i)
              : qualificationPrefix;
      if (q.awardedOn() != null && !q.awardedOn().isAfter(birthDate)) {
        errors.add(new FieldError(p + "awardedOn", "qualification.awardedOn.beforeBirth"));
      }
      if (q.startedOn() != null && !q.startedOn().isAfter(birthDate)) {
        errors.add(new FieldError(p + "startedOn", "qualification.startedOn.beforeBirth"));
      }
    }
    for (int i = 0; i < posts.size(); i++) {
      NewAssignment a = posts.get(i);
      if (a.from() != null && a.from().isBefore(birthDate.plusYears(MIN_AGE_IN_POST))) {
        errors.add(
            new FieldError(
                postPrefix + "[" + i + "].from", "assignment.from.tooYoung", MIN_AGE_IN_POST));
      }
    }
    return errors;
  }

  /** A corrected birth date that would put a recorded post or qualification before it. */
  public static List<FieldError> checkBirthDate(
      LocalDate birthDate, List<Qualification> qualifications, List<Assignment> posts) {
    List<FieldError> errors = new ArrayList<>();
    if (birthDate == null) {
      return errors;
    }
    for (Qualification q : qualifications) {
      if (!q.awardedOn().isAfter(birthDate)) {
        errors.add(
            new FieldError("birthDate", "person.birthDate.afterQualification", vn(q.awardedOn())));
        break;
      }
    }
    for (Assignment a : posts) {
      if (a.from().isBefore(birthDate.plusYears(MIN_AGE_IN_POST))) {
        errors.add(
            new FieldError(
                "birthDate", "person.birthDate.postTooYoung", vn(a.from()), MIN_AGE_IN_POST));
        break;
      }
    }
    return errors;
  }

  private static String vn(LocalDate d) {
    return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d);
  }
}
