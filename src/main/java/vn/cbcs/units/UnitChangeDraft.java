package vn.cbcs.units;

import java.util.List;

/**
 * A change as a province officer writes it (form or JSON). Dates are ISO or dd/MM/yyyy. A unit
 * given by its code alone is taken from the map (the predecessor as it was on the day before the
 * effective date, the successor as it is on it); otherwise its full name ("Xã Cao Trĩ": the type is
 * read from the first words) and the code of the district (or province) it belonged to. Without
 * links, a change with one successor links every predecessor to it in full.
 *
 * @param reason why a correction is made (required then), optional for a first record
 */
public record UnitChangeDraft(
    String resolutionNumber,
    String issuer,
    String resolutionDate,
    String effectiveDate,
    String kind,
    String note,
    String reason,
    List<PartDraft> predecessors,
    List<PartDraft> successors,
    List<LinkDraft> links) {

  public UnitChangeDraft {
    predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    successors = successors == null ? List.of() : List.copyOf(successors);
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** A unit of the change: the code, and its name and parent when the map does not have it. */
  public record PartDraft(String code, String fullName, String parentCode) {}

  /** A link; kind FULL (nhập toàn bộ) or PARTIAL (một phần). */
  public record LinkDraft(String from, String to, String kind, String note) {}
}
