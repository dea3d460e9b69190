package vn.cbcs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.ImportMode;
import vn.cbcs.importexport.ImportReport;
import vn.cbcs.importexport.Imports;
import vn.cbcs.platform.AsOf;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw verify}): what the audit triggers cost the two
 * bulk writers, the demo province (one transaction of batch inserts) and an Excel import (row by
 * row through the record APIs), each run alternately with the audit triggers disabled and enabled
 * on an emptied record. Run: {@code ./mvnw test -Dtest=AuditOverheadBenchmark} ({@code
 * -Dbench.rows=} import rows, default 2,000; {@code -Dbench.runs=}, default 3). Results: {@code
 * target/benchmarks/audit-overhead.md}.
 */
@SpringBootTest
class AuditOverheadBenchmark {

  private static final List<String> TRIGGERS =
      List.of("audit_insert", "audit_update", "audit_delete", "audit_truncate");

  @Autowired DemoDataGenerator demo;
  @Autowired Imports imports;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @Test
  void run() throws Exception {
    int rows = Integer.getInteger("bench.rows", 2_000);
    int runs = Integer.getInteger("bench.runs", 3);
    Path file = Files.createTempFile("cbcs-audit-bench-", ".xlsx");
    LocalDate today = LocalDate.of(2026, 1, 1);
    List<Unit> communes = units.communesUnder(units.find("19", today).orElseThrow(), today);
    ImportBenchmark.write(file, rows, communes);
    byte[] bytes = Files.readAllBytes(file);

    StringBuilder md = new StringBuilder();
    md.append("### Cost of the audit triggers\n\n")
        .append("| operation | runs | without audit, median s | with audit, median s | overhead |")
        .append(" audit events written |\n|---|---:|---:|---:|---:|---:|\n");
    md.append(
        compare(
            "demo province (Bắc Kạn 2016 → Thái Nguyên today, one transaction)",
            runs,
            () -> {
              long t = System.nanoTime();
              DemoDataGenerator.Summary s =
                  demo.generate(DemoSettings.bacKan(AsOf.today(), 20160426L), null);
              System.out.printf("  demo: %,d people%n", s.people());
              return System.nanoTime() - t;
            }));
    md.append(
        compare(
            String.format(Locale.ROOT, "Excel import of %,d people rows (commit)", rows),
            runs,
            () -> {
              long t = System.nanoTime();
              ImportReport r =
                  imports.submit(
                      bytes,
                      "bench.xlsx",
                      ImportKind.PEOPLE,
                      ImportMode.PARTIAL,
                      false,
                      TestActors.ADMIN);
              r = imports.await(r.id(), Duration.ofHours(1), TestActors.SYSTEM);
              System.out.printf("  import: %s, %,d new%n", r.status(), r.accepted());
              return System.nanoTime() - t;
            }));
    System.out.println(md);
    Path dir = Path.of("target", "benchmarks");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("audit-overhead.md"), md.toString());
    Files.deleteIfExists(file);
  }

  private String compare(String what, int runs, LongSupplier op) {
    List<Double> off = new ArrayList<>();
    List<Double> on = new ArrayList<>();
    long events = 0;
    for (int i = 0; i < runs; i++) {
      for (boolean audited : new boolean[] {false, true}) {
        clean();
        triggers(audited);
        long before = count();
        double s = op.getAsLong() / 1e9;
        (audited ? on : off).add(s);
        if (audited) {
          events = count() - before;
        }
        System.out.printf(Locale.ROOT, "%s, audit %s: %.2f s%n", what, audited, s);
      }
    }
    triggers(true);
    clean();
    double a = median(off);
    double b = median(on);
    return String.format(
        Locale.ROOT,
        "| %s | %d + %d | %.2f | %.2f | %+.0f%% | %,d |%n",
        what,
        runs,
        runs,
        a,
        b,
        (b / a - 1) * 100,
        events);
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
  }

  private void clean() {
    jdbc.sql("TRUNCATE person, decision, unit_attribute, staffing_allocation, excel_import CASCADE")
        .update();
    jdbc.sql("VACUUM ANALYZE").update();
  }

  private void triggers(boolean enabled) {
    List<String> tables =
        jdbc.sql(
                "SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'audit_insert'")
            .query(String.class)
            .list();
    for (String t : tables) {
      for (String trigger : TRIGGERS) {
        jdbc.sql("ALTER TABLE " + t + (enabled ? " ENABLE" : " DISABLE") + " TRIGGER " + trigger)
            .update();
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
