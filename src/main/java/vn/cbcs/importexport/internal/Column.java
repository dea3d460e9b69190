package vn.cbcs.importexport.internal;

import java.util.List;

/**
 * A column of a template: its Vietnamese header (as written in the file), other headers people use
 * for it, whether a row needs it, the note of the notes sheet, and the list of allowed values (a
 * named range of the hidden lists sheet) when it is coded.
 *
 * @param fields names of the API fields this column feeds, so that a refusal of a field is reported
 *     at its column
 */
public record Column(
    String id,
    String header,
    List<String> aliases,
    boolean required,
    String note,
    String list,
    int width,
    boolean text,
    List<String> fields) {

  /** Every header spelling as a {@link Text#key}. */
  public List<String> keys() {
    List<String> keys = new java.util.ArrayList<>();
    keys.add(Text.key(header));
    aliases.forEach(a -> keys.add(Text.key(a)));
    return keys;
  }

  static Column of(String id, String header, boolean required, String note) {
    return new Column(id, header, List.of(), required, note, null, 18, false, List.of());
  }

  Column aliases(String... a) {
    return new Column(id, header, List.of(a), required, note, list, width, text, fields);
  }

  Column list(String name) {
    return new Column(id, header, aliases, required, note, name, width, text, fields);
  }

  Column width(int w) {
    return new Column(id, header, aliases, required, note, list, w, text, fields);
  }

  /** Formatted as text in the template, so that Excel keeps leading zeros. */
  Column asText() {
    return new Column(id, header, aliases, required, note, list, width, true, fields);
  }

  Column fields(String... f) {
    return new Column(id, header, aliases, required, note, list, width, text, List.of(f));
  }
}
