package vn.cbcs.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The "as of" date every list and page takes. ISO ({@code 2025-06-30}) in the API; the UI also
 * accepts the Vietnamese {@code 30/06/2025}. Today is taken in Vietnam's time zone.
 */
public final class AsOf {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter VN =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private AsOf() {}

  public static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  /** Parses an ISO date; blank means today. */
  public static LocalDate parseIso(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return today();
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(parameter, "error.date.iso", parameter, value);
    }
  }

  /** Parses an ISO or a dd/MM/yyyy date; blank means today. */
  public static LocalDate parseLenient(String parameter, String value) {
    if (value != null && value.trim().matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
      String[] p = value.trim().split("/");
      String padded =
          String.format("%02d/%02d/%s", Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]);
      try {
        return LocalDate.parse(padded, VN);
      } catch (DateTimeParseException e) {
        throw new BadRequestException(parameter, "error.date.iso", parameter, value);
      }
    }
    return parseIso(parameter, value);
  }
}
