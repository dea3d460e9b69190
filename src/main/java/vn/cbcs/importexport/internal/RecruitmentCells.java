package vn.cbcs.importexport.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.recruitment.RecruitmentRules;

/**
 * Cells and refusals shared by the recruitment row handlers (issue 16): the round's number, whole
 * numbers and points as typed, and the service's refusals reported at the row's columns.
 */
final class RecruitmentCells {

  /** The service refused the row: these errors, at template column ids. */
  static final class Refused extends RuntimeException {
    final List<FieldError> errors;

    Refused(List<FieldError> errors) {
      super(null, null, false, false);
      this.errors = errors;
    }
  }

  private RecruitmentCells() {}

  /** The round's number (required, a positive whole number). */
  static Long round(CellParser p) {
    String v = p.required(RecruitmentColumns.ROUND, "import.recruitment.roundRequired");
    if (v == null) {
      return null;
    }
    String t = v.strip().replaceAll("\\.0+$", "");
    if (!t.matches("\\d{1,12}")) {
      p.error(RecruitmentColumns.ROUND, "import.recruitment.round", v);
      return null;
    }
    return Long.parseLong(t);
  }

  static Integer whole(CellParser p, String column) {
    String v = p.text(column);
    if (v == null) {
      return null;
    }
    String t = v.strip().replaceAll("\\.0+$", "");
    if (!t.matches("\\d{1,6}")) {
      p.error(column, "import.rating.whole", v);
      return null;
    }
    return Integer.parseInt(t);
  }

  /**
   * Points as {@link RecruitmentRules#points} reads them for the JSON API (0–100, two decimals); a
   * decimal comma as Vietnamese Excel writes it is read as a point.
   */
  static BigDecimal points(CellParser p, String column) {
    String v = p.text(column);
    if (v == null) {
      return null;
    }
    String t = v.strip().replace(',', '.');
    if (t.matches("\\d+\\.\\d*0")) {
      t = new BigDecimal(t).stripTrailingZeros().toPlainString();
    }
    List<FieldError> errors = new ArrayList<>();
    BigDecimal b = RecruitmentRules.points(java.util.Map.of(column, t), column, errors);
    errors.forEach(e -> p.error(column, e.key(), e.args()));
    return b;
  }

  /**
   * Runs a call of {@code vn.cbcs.recruitment.Rounds}; its refusals become the row's errors: a
   * field error at its column ({@code candidates[0].birthDate} → {@code birthDate}), a round
   * decided or outside the actor's ground at the round's column.
   */
  static <T> T call(Long roundId, Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidInputException e) {
      List<FieldError> errors = new ArrayList<>();
      for (FieldError x : e.errors()) {
        String f = x.field() == null ? "" : x.field();
        int dot = f.indexOf("].");
        errors.add(new FieldError(dot >= 0 ? f.substring(dot + 2) : f, x.key(), x.args()));
      }
      throw new Refused(errors);
    } catch (ConflictException e) {
      throw new Refused(
          List.of(new FieldError(RecruitmentColumns.ROUND, e.messageKey(), e.args())));
    } catch (ForbiddenException e) {
      throw new Refused(
          List.of(
              new FieldError(
                  RecruitmentColumns.ROUND,
                  "import.recruitment.roundRefused",
                  String.valueOf(roundId))));
    } catch (NotFoundException e) {
      throw new Refused(
          List.of(
              new FieldError(
                  RecruitmentColumns.ROUND,
                  "import.recruitment.roundNotFound",
                  String.valueOf(roundId))));
    }
  }
}
