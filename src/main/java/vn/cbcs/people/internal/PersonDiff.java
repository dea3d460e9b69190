package vn.cbcs.people.internal;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.Revision;

/** The fields that differ between two versions of a record, as text for the change history. */
public final class PersonDiff {

  private PersonDiff() {}

  public static Map<String, Revision.Change> between(PersonData before, PersonData after) {
    Map<String, Revision.Change> changes = new LinkedHashMap<>();
    for (RecordComponent c : PersonData.class.getRecordComponents()) {
      String old = before == null ? null : text(TextLimits.read(c, before));
      String now = text(TextLimits.read(c, after));
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
    if (value instanceof java.util.List<?> list) {
      return list.isEmpty() ? null : list.toString();
    }
    String s = value.toString().strip();
    return s.isEmpty() ? null : s;
  }
}
