package vn.cbcs.importexport.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.FieldError;

/**
 * Reads the cells of one row as the spreadsheet's author meant them, collecting every problem with
 * the column it is in. Blank cells are null; problems of reading (from {@link RawRow#problems()})
 * come first.
 */
public final class CellParser {

  /** Excel's day 0 in the 1900 date system (serial 1 = 1900-01-01, with Lotus's 1900-02-29). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
  private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

  private final RawRow row;
  private final List<Column> columns;
  private final List<FieldError> errors = new ArrayList<>();

  public CellParser(RawRow row, List<Column> columns) {
    this.row = row;
    this.columns = columns;
    errors.addAll(row.problems());
  }

  public List<FieldError> errors() {
    return errors;
  }

  public void error(String column, String key, Object... args) {
    errors.add(new FieldError(column, key, args));
  }

  private int index(String id) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + id);
  }

  /** The cell as typed (NFC, single spaces), or null. */
  public String text(String id) {
    return Text.clean(Text.unneutralise(row.value(index(id))));
  }

  public boolean numeric(String id) {
    return row.numeric()[index(id)];
  }

  public String required(String id, String key) {
    String v = text(id);
    if (v == null && errors.stream().noneMatch(e -> e.field().equals(id))) {
      error(id, key);
    }
    return v;
  }

  /**
   * The 12-digit personal ID. A number that lost its leading zeros (10 or 11 digits) is padded;
   * spaces, dots and dashes between digit groups are dropped. A 9-digit number is an old ID card
   * (CMND), not a personal ID.
   */
  public String personalId(String id) {
    String v = text(id);
    if (v == null) {
      if (errors.stream().noneMatch(e -> e.field().equals(id))) {
        error(id, "person.id.required");
      }
      return null;
    }
    String digits = v.replaceAll("[\\s.\\-]", "");
    if (numeric(id) && digits.matches("\\d+(\\.0+)?")) {
      digits = new BigDecimal(digits).toBigInteger().toString();
    }
    if (digits.matches("\\d{9}")) {
      error(id, "import.id.cmnd", v);
      return null;
    }
    if (digits.matches("\\d{10,11}")) {
      digits = "0".repeat(12 - digits.length()) + digits;
    }
    return digits;
  }

  public Sex sex(String id) {
    String v = text(id);
    if (v == null) {
      return null;
    }
    return switch (Text.key(v)) {
      case "nam", "m", "male", "trai" -> Sex.MALE;
      case "nu", "f", "female", "gai" -> Sex.FEMALE;
      default -> {
        error(id, "import.sex.unknown", v);
        yield null;
      }
    };
  }

  /** A date: dd/MM/yyyy (also with - or .), yyyy-MM-dd, or an Excel serial. */
  public LocalDate date(String id) {
    String v = text(id);
    if (v == null) {
      return null;
    }
    LocalDate d = parseDate(v, numeric(id));
    if (d == null) {
      error(id, "import.date.invalid", v);
    }
    return d;
  }

  /** A birth date, or a year alone (then 1 January, with {@code yearOnly}). */
  public BirthDate birthDate(String id) {
    String v = text(id);
    if (v == null) {
      return null;
    }
    if (v.matches("\\d{4}")) {
      int year = Integer.parseInt(v);
      if (year >= 1900 && year <= 2100) {
        return new BirthDate(LocalDate.of(year, 1, 1), true);
      }
    }
    LocalDate d = parseDate(v, numeric(id));
    if (d == null) {
      error(id, "import.date.invalid", v);
      return null;
    }
    return new BirthDate(d, false);
  }

  /** A birth date as read: {@code yearOnly} when only the year was given. */
  public record BirthDate(LocalDate date, boolean yearOnly) {}

  /** Yes/no: "Có", "x", "1", "TRUE" are yes; blank, "Không", "0", "FALSE" are no. */
  public boolean yes(String id) {
    String v = text(id);
    if (v == null) {
      return false;
    }
    return switch (Text.key(v)) {
      case "co", "x", "1", "true", "yes", "kiem nhiem" -> true;
      case "khong", "0", "false", "no" -> false;
      default -> {
        error(id, "import.yesNo.invalid", v);
        yield false;
      }
    };
  }

  static LocalDate parseDate(String v, boolean numeric) {
    String s = v.strip();
    if (numeric) {
      try {
        double serial = Double.parseDouble(s);
        if (serial >= 1 && serial < 2_958_466) {
          long day = (long) Math.floor(serial);
          // Lotus 1-2-3's 29 February 1900 (serial 60) does not exist: days before it shift
          return day < 61 ? EXCEL_EPOCH.plusDays(day + 1) : EXCEL_EPOCH.plusDays(day);
        }
      } catch (NumberFormatException e) {
        return null;
      }
      return null;
    }
    Matcher m = DMY.matcher(s);
    if (m.matches()) {
      return strict(m.group(3), m.group(2), m.group(1));
    }
    m = YMD.matcher(s);
    if (m.matches()) {
      return strict(m.group(1), m.group(2), m.group(3));
    }
    // "05/09/1985 00:00:00" from a text export of a date-time
    if (s.length() > 10 && s.matches("\\d{1,2}/\\d{1,2}/\\d{4}\\s+\\d{1,2}:\\d{2}(:\\d{2})?")) {
      return parseDate(s.substring(0, s.indexOf(' ')), false);
    }
    return null;
  }

  private static LocalDate strict(String y, String m, String d) {
    try {
      return LocalDate.parse(y + "-" + Integer.parseInt(m) + "-" + Integer.parseInt(d), STRICT);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
