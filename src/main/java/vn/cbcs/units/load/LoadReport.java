package vn.cbcs.units.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a load did, in words a data officer can check: counts, and every reconciliation with the
 * rows involved. Stored with the dataset and logged.
 */
final class LoadReport {

  private final String dataset;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Map<String, List<String>> notes = new LinkedHashMap<>();

  LoadReport(String dataset) {
    this.dataset = dataset;
  }

  void count(String what, long n) {
    counts.merge(what, n, Long::sum);
  }

  void note(String topic, String line) {
    notes.computeIfAbsent(topic, t -> new ArrayList<>()).add(line);
  }

  long count(String what) {
    return counts.getOrDefault(what, 0L);
  }

  List<String> notes(String topic) {
    return notes.getOrDefault(topic, List.of());
  }

  String summary() {
    StringBuilder sb = new StringBuilder(dataset).append(": ");
    counts.forEach((k, v) -> sb.append(k).append(' ').append(v).append("; "));
    notes.forEach((k, v) -> sb.append(k).append(' ').append(v.size()).append("; "));
    return sb.toString().trim();
  }

  String text() {
    StringBuilder sb = new StringBuilder("Dataset ").append(dataset).append('\n');
    counts.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
    notes.forEach(
        (topic, lines) -> {
          sb.append(topic).append(" (").append(lines.size()).append(")\n");
          lines.forEach(l -> sb.append("  - ").append(l).append('\n'));
        });
    return sb.toString();
  }
}
