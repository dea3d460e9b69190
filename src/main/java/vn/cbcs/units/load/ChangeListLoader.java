package vn.cbcs.units.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.units.UnitChange;
import vn.cbcs.units.UnitChangeDraft;
import vn.cbcs.units.internal.ChangeApplier;
import vn.cbcs.units.internal.ChangeChecks;
import vn.cbcs.units.internal.ChangeRows;
import vn.cbcs.units.internal.ChangeSpec;

/**
 * Loads a shipped list of dated changes ({@code units/history/*.json}, compiled from the
 * resolutions): each change is checked like a province officer's, recorded as the system's with its
 * dataset, and the map of its codes recomputed. A change the map refuses stops the load (the
 * dataset is applied whole or not at all).
 */
@Component
class ChangeListLoader {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ChangeChecks checks;
  private final ChangeRows rows;
  private final ChangeApplier applier;

  ChangeListLoader(ChangeChecks checks, ChangeRows rows, ChangeApplier applier) {
    this.checks = checks;
    this.rows = rows;
    this.applier = applier;
  }

  /**
   * Every change is checked against the map as it is before the list (with the list's earlier
   * changes, as if written), then all are written and the map recomputed once: the same rows as
   * checking, writing and recomputing change by change (issue 18).
   */
  void apply(int datasetId, String json, LoadReport report) {
    JsonNode root = JSON.readTree(json);
    List<UnitChangeDraft> drafts = new ArrayList<>();
    for (JsonNode c : root.get("changes")) {
      drafts.add(draft(c));
    }
    List<Long> ids = drafts.isEmpty() ? List.of() : rows.nextIds(drafts.size());
    ChangeChecks.Snapshot map = checks.snapshot();
    List<ChangeSpec> specs = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      UnitChangeDraft draft = drafts.get(i);
      ChangeSpec spec;
      try {
        spec = checks.check(draft, false, null, map);
      } catch (InvalidInputException e) {
        throw new IllegalStateException(
            "Shipped change "
                + draft.resolutionNumber()
                + " of "
                + draft.effectiveDate()
                + " refused: "
                + e.errors().stream()
                    .map(f -> f.field() + " " + f.key() + " " + java.util.Arrays.toString(f.args()))
                    .toList(),
            e);
      }
      map.recorded(spec, ids.get(i));
      specs.add(spec);
      spec.predecessors().forEach(p -> codes.add(p.code()));
      spec.successors().forEach(p -> codes.add(p.code()));
      report.count("changes", 1);
      report.count("unit versions named", spec.predecessors().size() + spec.successors().size());
      report.count("crosswalk links", spec.links().size());
      report.note(
          "Changes",
          spec.resolutionNumber()
              + " ("
              + spec.effectiveDate()
              + "): "
              + names(spec.predecessors())
              + " → "
              + names(spec.successors()));
    }
    rows.writeAll(specs, ids, datasetId, "system");
    report.count("codes recomputed", applier.recompute(codes).size());
  }

  private static String names(List<UnitChange.Part> parts) {
    return parts.stream().map(p -> p.fullName() + " " + p.code()).collect(Collectors.joining(", "));
  }

  private static UnitChangeDraft draft(JsonNode c) {
    return new UnitChangeDraft(
        text(c, "resolution"),
        text(c, "issuer"),
        text(c, "resolutionDate"),
        text(c, "effectiveDate"),
        text(c, "kind"),
        text(c, "note"),
        null,
        parts(c.get("predecessors")),
        parts(c.get("successors")),
        links(c.get("links")));
  }

  private static List<UnitChangeDraft.PartDraft> parts(JsonNode list) {
    List<UnitChangeDraft.PartDraft> out = new ArrayList<>();
    if (list != null) {
      for (JsonNode p : list) {
        out.add(
            new UnitChangeDraft.PartDraft(text(p, "code"), text(p, "fullName"), text(p, "parent")));
      }
    }
    return out;
  }

  private static List<UnitChangeDraft.LinkDraft> links(JsonNode list) {
    List<UnitChangeDraft.LinkDraft> out = new ArrayList<>();
    if (list != null) {
      for (JsonNode l : list) {
        out.add(
            new UnitChangeDraft.LinkDraft(
                text(l, "from"), text(l, "to"), text(l, "kind"), text(l, "note")));
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }
}
