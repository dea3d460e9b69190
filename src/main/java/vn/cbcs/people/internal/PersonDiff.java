package vn.cbcs.people.internal;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.RecordWords;
import vn.cbcs.people.Revision;

/** The fields that differ between two versions of a record, as text for the change history. */
public final class PersonDiff {

  private PersonDiff() {}

  public static Map<String, Revision.Change> between(PersonData before, PersonData after) {
    Map<String, Revision.Change> changes = new LinkedHashMap<>();
    for (RecordComponent c : PersonFields.ALL) {
      Object was = before == null ? null : PersonFields.read(c, before);
      Object is = PersonFields.read(c, after);
      if (is instanceof List<?> list) {
        // a list (family, work history, rewards, disciplines): the entries removed → added
        List<?> old = was == null ? List.of() : (List<?>) was;
        String removed = entries(old.stream().filter(e -> !list.contains(e)).toList());
        String added = entries(list.stream().filter(e -> !old.contains(e)).toList());
        if (removed != null || added != null) {
          changes.put(c.getName(), new Revision.Change(removed, added));
        }
        continue;
      }
      String old = text(was);
      String now = text(is);
      if (!Objects.equals(old, now)) {
        changes.put(c.getName(), new Revision.Change(old, now));
      }
    }
    return changes;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().strip();
    return s.isEmpty() ? null : s;
  }

  /** Entries of a list in words, "; " between them; null when there are none. */
  private static String entries(List<?> items) {
    if (items.isEmpty()) {
      return null;
    }
    return items.stream().map(PersonDiff::entry).collect(Collectors.joining("; "));
  }

  /**
   * One entry as the record's reader says it (no field names, no codes where the form has words):
   * "Con: Lục Minh An, 2015", "01/2010–12/2015: UBND xã…, Văn thư".
   */
  static String entry(Object item) {
    if (item instanceof PersonData.FamilyMember m) {
      return join(
          RecordWords.relation(m.relation())
              + ("SPOUSE".equals(m.side()) ? " (bên vợ/chồng)" : "")
              + ": "
              + m.fullName(),
          m.birthYear() == null ? null : String.valueOf(m.birthYear()),
          m.details(),
          m.residence());
    }
    if (item instanceof PersonData.WorkEntry w) {
      return date(w.from()) + "–" + date(w.to()) + ": " + join(w.organisation(), w.title());
    }
    if (item instanceof PersonData.Reward r) {
      return join(
          r.year() + ": " + r.form(),
          r.decisionNumber(),
          r.decisionDate() == null ? null : date(r.decisionDate()),
          r.issuer());
    }
    if (item instanceof PersonData.Discipline d) {
      return join(
          RecordWords.discipline(d.form()) + ("PARTY".equals(d.system()) ? " (kỷ luật Đảng)" : ""),
          d.decisionNumber(),
          d.decidedOn() == null ? null : date(d.decidedOn()),
          d.effectiveFrom() == null
              ? null
              : "hiệu lực " + date(d.effectiveFrom()) + "–" + date(d.effectiveTo()),
          d.violation(),
          d.issuer());
    }
    return String.valueOf(item);
  }

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static String date(LocalDate d) {
    return d == null ? "…" : DMY.format(d);
  }

  private static String join(String... parts) {
    return java.util.Arrays.stream(parts)
        .filter(x -> x != null && !x.isBlank())
        .collect(Collectors.joining(", "));
  }
}
