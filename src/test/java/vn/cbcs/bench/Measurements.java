package vn.cbcs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Times repeated runs of an operation and writes a Markdown table (ms, median and p95). */
final class Measurements {

  private final String title;
  private final List<String> rows = new ArrayList<>();

  Measurements(String title) {
    this.title = title;
  }

  /** Runs {@code warmup} untimed, then {@code runs} timed iterations. */
  void measure(String what, int warmup, int runs, Runnable op) {
    measure(what, warmup, runs, () -> {}, op);
  }

  /** The same with {@code before} run untimed before each iteration (a write to measure after). */
  void measure(String what, int warmup, int runs, Runnable before, Runnable op) {
    for (int i = 0; i < warmup; i++) {
      before.run();
      op.run();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      before.run();
      long t = System.nanoTime();
      op.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    String row =
        String.format(
            Locale.ROOT,
            "| %s | %d | %.2f | %.2f | %.2f | %.2f |",
            what,
            runs,
            ms[0],
            ms[runs / 2],
            ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)],
            ms[runs - 1]);
    rows.add(row);
    System.out.println(row);
  }

  String markdown() {
    StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n");
    sb.append("| operation | runs | min ms | median ms | p95 ms | max ms |\n");
    sb.append("|---|---:|---:|---:|---:|---:|\n");
    rows.forEach(r -> sb.append(r).append('\n'));
    return sb.toString();
  }

  void write(String file) {
    try {
      Path dir = Path.of("target", "benchmarks");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(file), markdown());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
