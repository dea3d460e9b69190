package vn.cbcs.units;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated attribute of a unit, recorded by a province officer with its legal basis.
 *
 * @param value for {@link AttributeKind#CLASS}: {@code DAC_BIET}, {@code LOAI_I}, {@code LOAI_II},
 *     {@code LOAI_III}; for flags {@code true} or {@code false}
 * @param supersededAt set when a later correction replaced this row (kept as history)
 */
public record UnitAttribute(
    long id,
    String unitCode,
    AttributeKind attribute,
    String value,
    LocalDate validFrom,
    LocalDate validTo,
    String legalBasis,
    String recordedBy,
    Instant recordedAt,
    Instant supersededAt,
    String supersededBy) {

  public boolean current() {
    return supersededAt == null;
  }

  /** Kinds of attribute; rules (quotas, standards exceptions) read them as of a date. */
  public enum AttributeKind {
    CLASS,
    MOUNTAINOUS,
    HIGHLAND,
    BORDER,
    ISLAND,
    ETHNIC_MINORITY_AREA,
    EXTREMELY_DIFFICULT;

    public boolean flag() {
      return this != CLASS;
    }
  }
}
