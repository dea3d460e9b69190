package vn.cbcs.units.internal;

import java.time.LocalDate;
import java.util.List;
import vn.cbcs.units.UnitChange;
import vn.cbcs.units.UnitChangeKind;

/** A change checked and ready to be written: what {@link ChangeRows#write} stores. */
public record ChangeSpec(
    String resolutionNumber,
    String issuer,
    LocalDate resolutionDate,
    LocalDate effectiveDate,
    UnitChangeKind kind,
    String note,
    String reason,
    boolean withdrawn,
    List<UnitChange.Part> predecessors,
    List<UnitChange.Part> successors,
    List<UnitChange.Link> links) {

  /** The version that says a change was recorded by mistake. */
  public static ChangeSpec withdrawal(UnitChange of, String reason) {
    return new ChangeSpec(
        of.resolutionNumber(),
        of.issuer(),
        of.resolutionDate(),
        of.effectiveDate(),
        of.kind(),
        of.note(),
        reason,
        true,
        List.of(),
        List.of(),
        List.of());
  }
}
