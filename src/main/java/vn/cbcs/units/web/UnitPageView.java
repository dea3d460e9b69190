package vn.cbcs.units.web;

import java.time.LocalDate;
import java.util.List;
import vn.cbcs.units.CrosswalkLink;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttribute;

/**
 * Everything the unit page shows. {@code inScope}: the unit lies in the user's scopes, so its
 * people and staffing are offered (elsewhere the tree is a catalogue only: those pages would answer
 * 403).
 */
public record UnitPageView(
    Unit unit,
    LocalDate asOf,
    List<Unit> ancestors,
    List<ChildRow> children,
    long communeCount,
    List<CrosswalkLink> predecessors,
    List<CrosswalkLink> successors,
    List<Unit> versions,
    List<UnitAttribute> attributes,
    List<UnitAttribute> attributeHistory,
    boolean canEditAttributes,
    List<vn.cbcs.units.UnitChange> changes,
    boolean canRecordChanges,
    boolean inScope,
    AttributeForm form,
    FormError formError,
    String flash) {

  /** Why the attribute form was refused: the field and the message. */
  public record FormError(String field, String key, Object[] args) {}

  /** A child unit with the number of communes under it (0 for communes). */
  public record ChildRow(Unit unit, long communes) {}

  /** The values of the attribute form, echoed back when it is refused. */
  public record AttributeForm(
      String attribute, String value, String validFrom, String validTo, String legalBasis) {
    static AttributeForm empty(LocalDate asOf) {
      return new AttributeForm("CLASS", "LOAI_I", asOf.toString(), "", "");
    }
  }

  public static String link(Unit unit, LocalDate asOf) {
    return "/units/" + unit.code() + "?asOf=" + asOf;
  }

  /**
   * The day to open a linked unit on: the date viewed if it is in force then, else its last day.
   */
  public static LocalDate dayFor(Unit unit, LocalDate asOf) {
    if (unit.inForceOn(asOf)) {
      return asOf;
    }
    if (unit.validTo() != null && asOf.isAfter(unit.validTo())) {
      return unit.validTo();
    }
    return unit.validFrom() != null ? unit.validFrom() : asOf;
  }

  public boolean isCommune() {
    return unit.level() == vn.cbcs.units.UnitLevel.COMMUNE;
  }
}
