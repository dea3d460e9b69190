package vn.cbcs.people.web;

import java.time.LocalDate;
import java.util.Locale;
import vn.cbcs.people.AgeBand;
import vn.cbcs.people.PersonFilter;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.qualifications.Track;

/** Request parameters of person lists, checked one by one with a message naming the bad one. */
final class PersonFilters {

  private PersonFilters() {}

  static PersonFilter of(
      LocalDate asOf,
      String unit,
      String q,
      String position,
      String ethnicity,
      String sex,
      String ageBand,
      Boolean party,
      String track,
      String minLevel) {
    Track t = parse(Track.class, "track", track);
    if (t != null && blank(minLevel)) {
      throw new BadRequestException("minLevel", "error.parameter.missing", "minLevel");
    }
    return new PersonFilter(
        asOf,
        blank(unit) ? null : unit.trim(),
        blank(q) ? null : q,
        blank(position) ? null : position.trim(),
        blank(ethnicity) ? null : ethnicity.trim(),
        parse(Sex.class, "sex", sex),
        parse(AgeBand.class, "ageBand", ageBand),
        party,
        t,
        blank(minLevel) ? null : minLevel.trim().toUpperCase(Locale.ROOT));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name, "error.parameter.invalid", name, value);
    }
  }
}
