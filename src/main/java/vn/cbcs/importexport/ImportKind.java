package vn.cbcs.importexport;

import java.util.Locale;
import vn.cbcs.platform.BadRequestException;

/** What a file holds; each kind has its template, its sheet name and its columns. */
public enum ImportKind {
  /** A person with their current post and highest qualifications, one row per person. */
  PEOPLE("Cán bộ"),
  /** Qualification history, one row per diploma or certificate. */
  QUALIFICATIONS("Trình độ"),
  /** Posts by decisions, one row per assignment. */
  ASSIGNMENTS("Chức vụ"),
  /**
   * Annual ratings (issue 13), one row per person, year and system: self-assessment, meeting,
   * proposal and decision through the evaluation service (ADR 18).
   */
  RATINGS("Xếp loại"),
  /**
   * Applications to a recruitment round (issue 16), one row per candidate, through {@code
   * recruitment.Rounds#addCandidates} with the importer.
   */
  RECRUIT_CANDIDATES("Thí sinh"),
  /**
   * Scores of a recruitment round's candidates (issue 16), one row per candidate, through {@code
   * recruitment.Rounds#recordScores} with the importer.
   */
  RECRUIT_SCORES("Điểm thi"),
  /**
   * Candidates of a succession plan (issue 14), one row per person and post, through {@code
   * planning.Plans#addCandidate} with the importer.
   */
  PLAN_CANDIDATES("Quy hoạch"),
  /**
   * Courses of training and fostering (issue 15), one row per course, through {@code
   * training.Courses#create} (and {@code TrainingPlans#addCourse} for a plan) with the importer.
   */
  TRAINING_COURSES("Khóa học"),
  /**
   * Results of people on courses (issue 15), one row per person and course, through {@code
   * training.Enrolments#enrol} and {@code #result} with the importer.
   */
  TRAINING_RESULTS("Kết quả học");

  private final String sheetName;

  ImportKind(String sheetName) {
    this.sheetName = sheetName;
  }

  /** The name of the data sheet in the template (and expected in an uploaded file). */
  public String sheetName() {
    return sheetName;
  }

  public String messageKey() {
    return "import.kind." + name();
  }

  /** {@code people}, {@code PEOPLE}: any case. */
  public static ImportKind parse(String parameter, String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(parameter, "error.parameter.missing", parameter);
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(parameter, "error.parameter.invalid", parameter, value);
    }
  }
}
