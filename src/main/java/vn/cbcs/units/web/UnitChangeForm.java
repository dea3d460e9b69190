package vn.cbcs.units.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.cbcs.units.UnitChange;
import vn.cbcs.units.UnitChangeDraft;

/**
 * The change form as typed: one unit per line ("01903" for a unit the map has on that day, else
 * "01903; Xã Cao Trĩ; 061" — code, full name, district), one link per line ("01903 > 01912 toàn
 * bộ", "02155 > 02152 một phần"; none: every predecessor wholly into the one successor).
 */
public record UnitChangeForm(
    String resolutionNumber,
    String issuer,
    String resolutionDate,
    String effectiveDate,
    String kind,
    String note,
    String reason,
    String predecessors,
    String successors,
    String links) {

  private static final Pattern SEPARATOR = Pattern.compile("\\s*[;|\\t]\\s*");
  private static final Pattern LINK =
      Pattern.compile("^\\s*(\\S+?)\\s*(?:>|→|->)\\s*(\\S+)\\s*(.*)$");

  static UnitChangeForm of(Map<String, String> params) {
    return new UnitChangeForm(
        params.get("resolutionNumber"),
        params.get("issuer"),
        params.get("resolutionDate"),
        params.get("effectiveDate"),
        params.get("kind"),
        params.get("note"),
        params.get("reason"),
        params.get("predecessors"),
        params.get("successors"),
        params.get("links"));
  }

  /** An empty form, the predecessor filled in when opened from a unit's page. */
  static UnitChangeForm blank(String unitCode) {
    return new UnitChangeForm(
        "",
        "Ủy ban Thường vụ Quốc hội",
        "",
        "",
        "MERGED",
        "",
        "",
        unitCode == null ? "" : unitCode,
        "",
        "");
  }

  /** The form of a recorded change, to correct it. */
  static UnitChangeForm of(UnitChange c) {
    return new UnitChangeForm(
        c.resolutionNumber(),
        c.issuer() == null ? "" : c.issuer(),
        c.resolutionDate() == null ? "" : c.resolutionDate().toString(),
        c.effectiveDate().toString(),
        c.kind().name(),
        c.note(),
        "",
        lines(c.predecessors()),
        lines(c.successors()),
        c.links().stream()
            .map(
                l ->
                    l.from()
                        + " > "
                        + l.to()
                        + " "
                        + (l.kind() == vn.cbcs.units.CrosswalkKind.PARTIAL
                            ? "một phần"
                            : "toàn bộ"))
            .collect(Collectors.joining("\n")));
  }

  private static String lines(List<UnitChange.Part> parts) {
    return parts.stream()
        .map(p -> p.code() + "; " + p.fullName() + "; " + p.parentCode())
        .collect(Collectors.joining("\n"));
  }

  UnitChangeDraft draft() {
    return new UnitChangeDraft(
        resolutionNumber,
        issuer,
        resolutionDate,
        effectiveDate,
        kind,
        note,
        reason,
        parts(predecessors),
        parts(successors),
        links(links));
  }

  private static List<UnitChangeDraft.PartDraft> parts(String text) {
    List<UnitChangeDraft.PartDraft> out = new ArrayList<>();
    for (String line : nonBlankLines(text)) {
      String[] cells = SEPARATOR.split(line.strip(), 3);
      out.add(
          new UnitChangeDraft.PartDraft(
              cells[0], cells.length > 1 ? cells[1] : null, cells.length > 2 ? cells[2] : null));
    }
    return out;
  }

  private static List<UnitChangeDraft.LinkDraft> links(String text) {
    List<UnitChangeDraft.LinkDraft> out = new ArrayList<>();
    for (String line : nonBlankLines(text)) {
      Matcher m = LINK.matcher(line);
      if (m.matches()) {
        out.add(new UnitChangeDraft.LinkDraft(m.group(1), m.group(2), m.group(3), null));
      } else {
        out.add(new UnitChangeDraft.LinkDraft(line.strip(), "", "", null));
      }
    }
    return out;
  }

  private static List<String> nonBlankLines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().filter(l -> !l.isBlank()).toList();
  }
}
