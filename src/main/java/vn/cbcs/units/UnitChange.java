package vn.cbcs.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a dated change of the map, made by a resolution: the units as they were on the day
 * before {@code effectiveDate} (predecessors), as they are from it (successors), and the crosswalk
 * links between them. A correction is a new version of the same change ({@code id}); the old one
 * stays, superseded.
 *
 * @param id the change, the same in all its versions
 * @param versionId the row of this version
 * @param datasetName the shipped list it came from, or null when a user recorded it
 * @param withdrawn this version says the change was recorded by mistake (no units, no links)
 */
public record UnitChange(
    long id,
    long versionId,
    int version,
    String resolutionNumber,
    String issuer,
    LocalDate resolutionDate,
    LocalDate effectiveDate,
    UnitChangeKind kind,
    String note,
    String reason,
    boolean withdrawn,
    String datasetName,
    String recordedBy,
    Instant recordedAt,
    Instant supersededAt,
    String supersededBy,
    List<Part> predecessors,
    List<Part> successors,
    List<Link> links) {

  /** A unit version named by a change. */
  public record Part(
      String code,
      UnitType type,
      String name,
      String fullName,
      String nameEn,
      String fullNameEn,
      String parentCode) {}

  /** A predecessor → successor link of a change. */
  public record Link(String from, String to, CrosswalkKind kind, String note) {}

  public boolean current() {
    return supersededAt == null;
  }

  /** Shipped with CBCS (compiled from the resolutions), not recorded by a user. */
  public boolean shipped() {
    return datasetName != null;
  }

  /** Every code the change names, predecessors first. */
  public Set<String> codes() {
    Set<String> codes = new LinkedHashSet<>();
    predecessors.forEach(p -> codes.add(p.code()));
    successors.forEach(p -> codes.add(p.code()));
    return codes;
  }

  /** The day before the change took effect: the predecessors' last day. */
  public LocalDate lastDayBefore() {
    return effectiveDate.minusDays(1);
  }
}
