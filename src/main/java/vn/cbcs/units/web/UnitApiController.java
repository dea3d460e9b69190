package vn.cbcs.units.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.platform.AsOf;
import vn.cbcs.units.CrosswalkLink;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitDataset;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.UnitType;
import vn.cbcs.units.Units;

/** The unit tree as JSON; every endpoint takes {@code asOf} (ISO date, default today). */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Đơn vị hành chính / Administrative units")
class UnitApiController {

  private static final String AS_OF = "Ngày xem (YYYY-MM-DD), mặc định hôm nay / as-of date";

  private final Units units;
  private final UnitLookup lookup;

  UnitApiController(Units units, UnitLookup lookup) {
    this.units = units;
    this.lookup = lookup;
  }

  @GetMapping
  @Operation(summary = "Provinces, or the children of a unit, in force on a date")
  List<UnitJson> children(
      @RequestParam(required = false) String parent,
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
    LocalDate date = AsOf.parseIso("asOf", asOf);
    if (parent != null && !parent.isBlank()) {
      lookup.require(parent.trim(), date);
    }
    String code = parent == null || parent.isBlank() ? null : parent.trim();
    return units.children(code, date).stream().map(UnitJson::of).toList();
  }

  @GetMapping("/stats")
  @Operation(summary = "Number of units of each type in force on a date")
  Map<String, Object> stats(
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
    LocalDate date = AsOf.parseIso("asOf", asOf);
    Map<UnitType, Long> byType = units.countByType(date);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", date);
    for (UnitLevel level : UnitLevel.values()) {
      body.put(
          level.name().toLowerCase(java.util.Locale.ROOT),
          byType.entrySet().stream()
              .filter(e -> e.getKey().level() == level)
              .mapToLong(Map.Entry::getValue)
              .sum());
    }
    Map<String, Long> types = new LinkedHashMap<>();
    byType.forEach((t, n) -> types.put(t.name(), n));
    body.put("byType", types);
    return body;
  }

  @GetMapping("/search")
  @Operation(summary = "Units by name, with or without diacritics")
  List<Map<String, Object>> search(
      @RequestParam String q,
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "20") int limit) {
    LocalDate date = AsOf.parseIso("asOf", asOf);
    return units.search(q, date, Math.max(1, Math.min(limit, 100))).stream()
        .map(
            hit -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("unit", UnitJson.of(hit.unit()));
              m.put("inForce", hit.inForce());
              m.put("parents", hit.parents());
              return m;
            })
        .toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "One unit with its number of children and communes")
  UnitDetailJson one(
      @PathVariable String code,
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
    LocalDate date = AsOf.parseIso("asOf", asOf);
    Unit unit = lookup.require(code, date);
    return new UnitDetailJson(
        UnitJson.of(unit),
        date,
        units.children(unit.code(), date).size(),
        units.communeCount(unit, date),
        units.ancestors(unit, date).stream().map(UnitJson::of).toList());
  }

  @GetMapping("/datasets")
  @Operation(summary = "The official lists loaded, with what the loader reconciled")
  List<UnitDataset> datasets() {
    return units.datasets();
  }

  @GetMapping("/{code}/successors")
  @Operation(summary = "Crosswalk links from the version in force on the date to its successors")
  List<LinkJson> successors(
      @PathVariable String code,
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
    Unit unit = lookup.require(code, AsOf.parseIso("asOf", asOf));
    return units.successors(unit).stream().map(LinkJson::of).toList();
  }

  @GetMapping("/{code}/predecessors")
  @Operation(summary = "Crosswalk links from predecessors to the version in force on the date")
  List<LinkJson> predecessors(
      @PathVariable String code,
      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
    Unit unit = lookup.require(code, AsOf.parseIso("asOf", asOf));
    return units.predecessors(unit).stream().map(LinkJson::of).toList();
  }

  @GetMapping("/{code}/versions")
  @Operation(summary = "Every version of a code, oldest first")
  List<UnitJson> versions(@PathVariable String code) {
    List<Unit> versions = units.versions(code);
    if (versions.isEmpty()) {
      lookup.require(code, AsOf.today());
    }
    return versions.stream().map(UnitJson::of).toList();
  }

  /** One unit with counts, for {@code GET /api/units/{code}}. */
  record UnitDetailJson(
      @JsonUnwrapped UnitJson unit,
      LocalDate asOf,
      int childCount,
      long descendantCommuneCount,
      List<UnitJson> ancestors) {}

  /** A crosswalk link in the JSON API. */
  record LinkJson(
      String kind,
      LocalDate effectiveDate,
      String note,
      boolean derived,
      UnitJson predecessor,
      UnitJson successor) {
    static LinkJson of(CrosswalkLink l) {
      return new LinkJson(
          l.kind().name(),
          l.effectiveDate(),
          l.note(),
          l.derived(),
          UnitJson.of(l.predecessor()),
          UnitJson.of(l.successor()));
    }
  }
}
