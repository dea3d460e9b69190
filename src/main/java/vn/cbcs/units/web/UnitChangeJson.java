package vn.cbcs.units.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cbcs.units.UnitChange;

/**
 * A change of the map in the JSON API.
 *
 * @param id the change (the same in all its versions)
 * @param dataset the shipped list it came from; null when a user recorded it
 */
record UnitChangeJson(
    long id,
    int version,
    String resolutionNumber,
    String issuer,
    LocalDate resolutionDate,
    LocalDate effectiveDate,
    String kind,
    String note,
    String reason,
    boolean withdrawn,
    boolean current,
    String dataset,
    String recordedBy,
    Instant recordedAt,
    Instant supersededAt,
    String supersededBy,
    List<PartJson> predecessors,
    List<PartJson> successors,
    List<LinkJson> links) {

  /** A unit named by a change, as it was (predecessor) or is (successor). */
  record PartJson(String code, String type, String fullName, String fullNameEn, String parentCode) {
    static PartJson of(UnitChange.Part p) {
      return new PartJson(p.code(), p.type().name(), p.fullName(), p.fullNameEn(), p.parentCode());
    }
  }

  /** A predecessor → successor link of a change (FULL / PARTIAL). */
  record LinkJson(String from, String to, String kind, String note) {
    static LinkJson of(UnitChange.Link l) {
      return new LinkJson(l.from(), l.to(), l.kind().name(), l.note());
    }
  }

  /** One change with every version recorded, newest first. */
  record Detail(
      @com.fasterxml.jackson.annotation.JsonUnwrapped UnitChangeJson change,
      List<UnitChangeJson> versions) {}

  static UnitChangeJson of(UnitChange c) {
    return new UnitChangeJson(
        c.id(),
        c.version(),
        c.resolutionNumber(),
        c.issuer(),
        c.resolutionDate(),
        c.effectiveDate(),
        c.kind().name(),
        c.note(),
        c.reason(),
        c.withdrawn(),
        c.current(),
        c.datasetName(),
        c.recordedBy(),
        c.recordedAt(),
        c.supersededAt(),
        c.supersededBy(),
        c.predecessors().stream().map(PartJson::of).toList(),
        c.successors().stream().map(PartJson::of).toList(),
        c.links().stream().map(LinkJson::of).toList());
  }
}
