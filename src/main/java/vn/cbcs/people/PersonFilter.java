package vn.cbcs.people;

import java.time.LocalDate;
import vn.cbcs.qualifications.Track;

/**
 * What a list of people is about, as of a date. With a unit or a position, only people holding a
 * post there on that date are listed (a province includes its communes); with only a name or ID,
 * everyone on record is searched.
 *
 * @param q part of a name (with or without diacritics) or the start of a personal ID
 * @param track with {@code minLevel}: holds at least that level of the track on the date
 */
public record PersonFilter(
    LocalDate asOf,
    String unitCode,
    String q,
    String positionCode,
    String ethnicityCode,
    Sex sex,
    AgeBand ageBand,
    Boolean partyMember,
    Track track,
    String minLevel) {

  public static PersonFilter inUnit(String unitCode, LocalDate asOf) {
    return new PersonFilter(asOf, unitCode, null, null, null, null, null, null, null, null);
  }

  public static PersonFilter search(String q, LocalDate asOf) {
    return new PersonFilter(asOf, null, q, null, null, null, null, null, null, null);
  }

  public boolean inPostOnly() {
    return (unitCode != null && !unitCode.isBlank())
        || (positionCode != null && !positionCode.isBlank());
  }
}
