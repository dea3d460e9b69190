package vn.cbcs.units;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated attribute of a unit, recorded by a province officer with its legal basis.
 *
 * @param value for {@link AttributeKind#CLASS}: {@code DAC_BIET}, {@code LOAI_I}, {@code LOAI_II},
 *     {@code LOAI_III}; for {@link AttributeKind#POPULATION} the number of inhabitants; for flags
 *     {@code true} or {@code false}
 * @param legalBasis the decision, or for a population the source of the figure (census, statistical
 *     yearbook, the commune's report)
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

  /** Whether the value is a number of people rather than a code. */
  public boolean numeric() {
    return attribute.numeric();
  }

  /**
   * Kinds of attribute; rules (quotas, standards exceptions) read them as of a date. POPULATION is
   * the commune's population (NĐ 33/2023 Art. 6: quota add-on); REGULAR_POLICE_CHIEF says a regular
   * police officer is the commune police chief (NĐ 34/2019 Art. 2: one fewer).
   */
  public enum AttributeKind {
    CLASS,
    MOUNTAINOUS,
    HIGHLAND,
    BORDER,
    ISLAND,
    ETHNIC_MINORITY_AREA,
    EXTREMELY_DIFFICULT,
    POPULATION,
    REGULAR_POLICE_CHIEF;

    public boolean flag() {
      return this != CLASS && this != POPULATION;
    }

    public boolean numeric() {
      return this == POPULATION;
    }
  }
}
