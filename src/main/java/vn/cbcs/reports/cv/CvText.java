package vn.cbcs.reports.cv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cbcs.people.Sex;

/** How the CV writes dates, names and the codes of the record, in Vietnamese. */
public final class CvText {

  public static final Locale VI = Locale.forLanguageTag("vi");

  /** An empty date of the form. */
  public static final String NO_DATE = CvContent.EMPTY_DATE;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");

  private CvText() {}

  /** dd/MM/yyyy, or null for no date (the item then prints its placeholder). */
  public static String date(LocalDate d) {
    return d == null ? null : DAY.format(d);
  }

  /** dd/MM/yyyy, or the form's empty date "…/…/……". */
  public static String dateOrBlank(LocalDate d) {
    return d == null ? NO_DATE : DAY.format(d);
  }

  /** MM/yyyy (the "Tháng/năm" columns), or "". */
  public static String month(LocalDate d) {
    return d == null ? "" : MONTH.format(d);
  }

  /** The birth date, or only the year when that is all that is known. */
  public static String birth(LocalDate d, boolean yearOnly) {
    if (d == null) {
      return null;
    }
    return yearOnly ? "…/…/" + d.getYear() : DAY.format(d);
  }

  /** Capitals as Vietnamese writes them ("Nguyễn Thị Hường" → "NGUYỄN THỊ HƯỜNG"). */
  public static String upper(String s) {
    return s == null ? null : s.toUpperCase(VI);
  }

  public static String sex(Sex sex) {
    return sex == null ? null : sex == Sex.MALE ? "Nam" : "Nữ";
  }

  public static String relation(String code) {
    return vn.cbcs.people.RecordWords.relation(code);
  }

  public static String disciplineForm(String code) {
    return vn.cbcs.people.RecordWords.discipline(code);
  }

  /** The non-blank parts joined by {@code separator}; null when none. */
  public static String join(String separator, String... parts) {
    String joined =
        Arrays.stream(parts)
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining(separator));
    return joined.isEmpty() ? null : joined;
  }

  /** The text stripped, or "" (a table cell left blank). */
  public static String text(String s) {
    return s == null ? "" : s.strip();
  }

  public static String number(Integer n) {
    return n == null ? null : n.toString();
  }
}
