package vn.cbcs.people;

import java.time.Instant;
import java.util.Map;

/**
 * One change of a person record: who, when, through which channel, why, and the fields changed
 * ({@code field -> [old, new]}; for the first version, every field with its value as new).
 */
public record Revision(
    int version,
    Instant changedAt,
    String changedBy,
    String source,
    String reason,
    Map<String, Change> changes) {

  /** A field's value before and after, as text. */
  public record Change(String before, String after) {}
}
