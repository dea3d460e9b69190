package vn.cbcs.importexport.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.training.CourseKind;
import vn.cbcs.training.Enrolment;
import vn.cbcs.training.Funding;

/**
 * Cells and refusals shared by the training row handlers (issue 15): the coded values as the lists
 * show them (Vietnamese names) or as codes, numbers of courses and plans, and the training
 * services' refusals reported at the row's columns.
 */
final class TrainingCells {

  private static final Locale VI = Locale.forLanguageTag("vi");

  /** The service refused the row: these errors, at template column ids. */
  static final class Refused extends RuntimeException {
    final List<FieldError> errors;

    Refused(List<FieldError> errors) {
      super(null, null, false, false);
      this.errors = errors;
    }
  }

  private TrainingCells() {}

  /** Course kinds by their Vietnamese names, as the list "LoaiKhoaHoc" shows them. */
  static Map<String, CourseKind> kinds(MessageSource messages) {
    Map<String, CourseKind> m = new LinkedHashMap<>();
    for (CourseKind k : CourseKind.values()) {
      m.put(messages.getMessage(k.messageKey(), null, k.name(), VI), k);
    }
    return m;
  }

  static Map<String, Funding> fundings(MessageSource messages) {
    Map<String, Funding> m = new LinkedHashMap<>();
    for (Funding f : Funding.values()) {
      m.put(messages.getMessage("training.funding." + f.name(), null, f.name(), VI), f);
    }
    return m;
  }

  /** The results a row may give (not ENROLLED), by their Vietnamese names. */
  static Map<String, Enrolment.Status> statuses(MessageSource messages) {
    Map<String, Enrolment.Status> m = new LinkedHashMap<>();
    for (Enrolment.Status s : Enrolment.Status.values()) {
      if (s != Enrolment.Status.ENROLLED) {
        m.put(messages.getMessage("training.status." + s.name(), null, s.name(), VI), s);
      }
    }
    return m;
  }

  /** The lists of the training templates, for the hidden lists sheet. */
  static void lists(Map<String, List<String>> lists, MessageSource messages) {
    lists.put("LoaiKhoaHoc", new ArrayList<>(kinds(messages).keySet()));
    lists.put("NguonKinhPhi", new ArrayList<>(fundings(messages).keySet()));
    lists.put("KetQuaKhoaHoc", new ArrayList<>(statuses(messages).keySet()));
  }

  /**
   * A coded cell: the code ({@code STATE_BUDGET}), the name as the list shows it, or "CODE – name";
   * an unknown value is an error that lists the values taken.
   */
  static <E extends Enum<E>> E coded(
      CellParser p, String column, Map<String, E> byName, String requiredKey) {
    String v = requiredKey == null ? p.text(column) : p.required(column, requiredKey);
    if (v == null) {
      return null;
    }
    String code = Lookups.codeOf(v).toUpperCase(Locale.ROOT);
    for (Map.Entry<String, E> e : byName.entrySet()) {
      if (e.getValue().name().equals(code) || Text.key(e.getKey()).equals(Text.key(v))) {
        return e.getValue();
      }
    }
    p.error(column, "import.training.coded", v, String.join("; ", byName.keySet()));
    return null;
  }

  /** The number of a course or plan (a positive whole number). */
  static Long number(CellParser p, String column, String requiredKey) {
    String v = requiredKey == null ? p.text(column) : p.required(column, requiredKey);
    if (v == null) {
      return null;
    }
    String t = v.strip().replaceAll("\\.0+$", "");
    if (!t.matches("[1-9][0-9]{0,11}")) {
      p.error(column, "import.training.number", v);
      return null;
    }
    return Long.parseLong(t);
  }

  /**
   * Runs a call of the training services; their refusals become the row's errors: a field error at
   * its column ({@code track} at the level's), a refusal of the ground (403) or a missing object
   * (404) at {@code column} with the service's own reason.
   */
  static <T> T call(String column, MessageSource messages, Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidInputException e) {
      List<FieldError> errors = new ArrayList<>();
      for (FieldError x : e.errors()) {
        String f = x.field() == null ? "" : x.field();
        int dot = f.lastIndexOf('.');
        f = dot >= 0 ? f.substring(dot + 1) : f;
        if ("track".equals(f)) {
          f = TrainingColumns.LEVEL;
        } else if ("personId".equals(f)) {
          f = Columns.PERSONAL_ID;
        }
        errors.add(new FieldError(f, x.key(), x.args()));
      }
      throw new Refused(errors);
    } catch (ForbiddenException e) {
      throw new Refused(
          List.of(
              new FieldError(
                  column,
                  "import.training.refused",
                  messages.getMessage(e.messageKey(), e.args(), e.messageKey(), VI))));
    } catch (NotFoundException | ConflictException e) {
      throw new Refused(
          List.of(
              new FieldError(
                  column,
                  "import.training.notFound",
                  messages.getMessage(e.messageKey(), e.args(), e.messageKey(), VI))));
    }
  }
}
