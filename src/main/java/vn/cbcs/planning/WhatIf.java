package vn.cbcs.planning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;

/**
 * The what-if of the bench (issue 14, "if these people complete this course by that date"): an
 * assumption is written {@code <personId>:<track>:<level>:<date>} (e.g. {@code
 * 123:POLITICAL_THEORY:CAO_CAP:2027-06-30}). Only the political-theory level changes a candidate's
 * readiness (QĐ 377 Điều 25 khoản 1; HD 45 mục II.5.1), so only that track is accepted. Nothing is
 * written: the bench reads the assumptions, the records stay as they are. Planning does not depend
 * on training's Java module (ADR 15 point 2): the course is stated by the officer, or, with {@code
 * assumeEnrolled=true}, read from training's SQL read model {@code
 * training_expected_completions(person)} ({@link EnrolledCourses}, ADR 15 point 3).
 */
@Component
public class WhatIf {

  /** At most this many assumptions in one question. */
  public static final int MAX = 20;

  /**
   * A person assumed to hold a level of a track from a date on; {@code courseId}: the training
   * course the person is enrolled on that gives it ({@code assumeEnrolled}), null when typed.
   */
  public record Assumption(
      long personId, Track track, String level, int rank, LocalDate by, Long courseId) {

    public Assumption(long personId, Track track, String level, int rank, LocalDate by) {
      this(personId, track, level, rank, by, null);
    }

    /** The assumption as written in the query. */
    public String text() {
      return personId + ":" + track.name() + ":" + level + ":" + by;
    }

    /** Read from training's enrolments, not typed. */
    public boolean fromEnrolment() {
      return courseId != null;
    }
  }

  private final Qualifications qualifications;

  WhatIf(Qualifications qualifications) {
    this.qualifications = qualifications;
  }

  /**
   * The assumptions written in {@code texts} (null or blank ones left out); 400 with every reason.
   */
  public List<Assumption> parse(List<String> texts) {
    List<Assumption> out = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    if (texts == null) {
      return out;
    }
    List<String> given = texts.stream().filter(t -> t != null && !t.isBlank()).toList();
    if (given.size() > MAX) {
      throw new InvalidInputException(
          List.of(new FieldError("assume", "planning.whatIf.tooMany", given.size(), MAX)));
    }
    for (String text : given) {
      String[] parts = text.trim().split(":");
      if (parts.length != 4 || !parts[0].trim().matches("\\d{1,18}")) {
        errors.add(new FieldError("assume", "planning.whatIf.format", text));
        continue;
      }
      Track track;
      try {
        track = Track.valueOf(parts[1].trim());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("assume", "planning.whatIf.format", text));
        continue;
      }
      if (track != Track.POLITICAL_THEORY) {
        errors.add(new FieldError("assume", "planning.whatIf.track", text));
        continue;
      }
      var level = qualifications.level(track, parts[2].trim()).map(QualificationLevel::rank);
      if (level.isEmpty()) {
        errors.add(new FieldError("assume", "planning.whatIf.levelUnknown", text, parts[2].trim()));
        continue;
      }
      LocalDate by;
      try {
        by = LocalDate.parse(parts[3].trim());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("assume", "planning.whatIf.date", text, parts[3].trim()));
        continue;
      }
      out.add(
          new Assumption(Long.parseLong(parts[0].trim()), track, parts[2].trim(), level.get(), by));
    }
    InvalidInputException.throwIfAny(errors);
    return out;
  }
}
