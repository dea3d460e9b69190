package vn.cbcs.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.ImportMode;
import vn.cbcs.importexport.ImportReport;
import vn.cbcs.importexport.Imports;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw verify}): a 100,000-row people file (each
 * person with a professional and a political-theory qualification and a post by a decision in a
 * commune of Thái Nguyên) from upload to committed, beside merely reading the same file with
 * fastexcel and reading it into PostgreSQL with {@code COPY}, in the same run. Peak heap is sampled
 * throughout. The floor is measured beside it: reading, {@code COPY}, and the same records written
 * by set-based SQL ({@link WriteFloor}). Run: {@code ./mvnw test -Dtest=ImportBenchmark
 * -DtestHeap=-Xmx512m} (rows: {@code -Dbench.rows=}). Results: {@code target/benchmarks/import.md}.
 */
@SpringBootTest
class ImportBenchmark {

  private static final List<String> HEADERS =
      List.of(
          "STT",
          "Số định danh cá nhân (CCCD)",
          "Họ và tên",
          "Giới tính",
          "Ngày sinh",
          "Dân tộc",
          "Trình độ chuyên môn",
          "Chuyên ngành",
          "Ngày cấp bằng chuyên môn",
          "Lý luận chính trị",
          "Ngày cấp bằng lý luận chính trị",
          "Đơn vị (xã, phường)",
          "Chức vụ, chức danh",
          "Giữ chức vụ từ ngày",
          "Số quyết định",
          "Ngày quyết định",
          "Cơ quan ban hành",
          "Loại quyết định");
  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Hoàng", "Nông", "Ma", "Triệu", "Lương"
  };
  private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Hà", "Lan", "Minh", "Thư"};
  private static final String[] POSTS = {
    "VTVL_VP_HANH_CHINH_TONG_HOP", "VTVL_VHXH_Y_TE", "VTVL_KT_DIA_CHINH", "VTVL_VHXH_GIAO_DUC"
  };

  @Autowired Imports imports;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void run() throws Exception {
    String load =
        String.format(
            Locale.ROOT,
            "%.2f",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    int rows = Integer.getInteger("bench.rows", 100_000);
    Path file = Files.createTempFile("cbcs-bench-", ".xlsx");
    List<Unit> communes =
        units.communesUnder(
            units.find("19", LocalDate.of(2026, 1, 1)).orElseThrow(), LocalDate.of(2026, 1, 1));
    long t = System.nanoTime();
    write(file, rows, communes);
    double writeS = (System.nanoTime() - t) / 1e9;
    byte[] bytes = Files.readAllBytes(file);
    HeapWatch heap = new HeapWatch();
    heap.start();

    t = System.nanoTime();
    long cells = read(bytes);
    double readS = (System.nanoTime() - t) / 1e9;

    jdbc.sql("DROP TABLE IF EXISTS bench_copy").update();
    jdbc.sql(
            "CREATE UNLOGGED TABLE bench_copy (personal_id char(12), full_name text, sex text,"
                + " birth_date date, ethnicity text, pro_level text, major text, pro_date date,"
                + " pol_level text, pol_date date, unit text, position text, from_date date,"
                + " decision_no text, decision_date date, issuer text, kind text)")
        .update();
    t = System.nanoTime();
    long copied = copy(bytes);
    double copyS = (System.nanoTime() - t) / 1e9;
    double floorS = WriteFloor.seconds(dataSource, copied);

    // the dry run first (the same run, rolled back), then the commit of the file as a new upload
    heap.reset();
    t = System.nanoTime();
    ImportReport dry = importPeople(imports, bytes, true);
    double dryS = (System.nanoTime() - t) / 1e9;
    long dryPeak = heap.peak();

    heap.reset();
    t = System.nanoTime();
    ImportReport r = importPeople(imports, bytes, false);
    double importS = (System.nanoTime() - t) / 1e9;
    long importPeak = Math.max(heap.peak(), dryPeak);

    // the same file again: every row on record, nothing to change (the path of rows on record)
    heap.reset();
    t = System.nanoTime();
    ImportReport again = importPeople(imports, bytes, false);
    double againS = (System.nanoTime() - t) / 1e9;
    importPeak = Math.max(heap.peak(), importPeak);
    heap.stopWatching();

    String md =
        String.format(
            Locale.ROOT,
            "### Excel import, %,d people rows (%.1f MB xlsx, written in %.1f s)%n%n"
                + "| operation | rows | seconds | rows/s |%n|---|---:|---:|---:|%n"
                + "| read the file with fastexcel (every cell, %,d cells) | %,d | %.1f | %,.0f |%n"
                + "| read it and `COPY` the rows into a scratch table | %,d | %.1f | %,.0f |%n"
                + "| the same records written from that table by set-based SQL (people, revisions, qualifications, decisions, posts; audited, rolled back) | %,d | %.1f | %,.0f |%n"
                + "| dry run: upload → checked → rolled back (%s: %,d new, %,d rejected) | %,d | %.1f | %,.0f |%n"
                + "| import: upload → checked → committed in one transaction (%s: %,d new, %,d rejected) | %,d | %.1f | %,.0f |%n"
                + "| the same file again, every person on record (%s: %,d unchanged, %,d updated, %,d rejected) | %,d | %.1f | %,.0f |%n%n"
                + "Peak heap during the dry run and the imports: %,d MB (max heap %,d MB); load average before: %s.%n",
            rows,
            bytes.length / 1e6,
            writeS,
            cells,
            rows,
            readS,
            rows / readS,
            copied,
            copyS,
            copied / copyS,
            copied,
            floorS,
            copied / floorS,
            dry.status(),
            dry.accepted(),
            dry.rejected(),
            dry.rowsRead(),
            dryS,
            dry.rowsRead() / dryS,
            r.status(),
            r.accepted(),
            r.rejected(),
            r.rowsRead(),
            importS,
            r.rowsRead() / importS,
            again.status(),
            again.unchanged(),
            again.updated(),
            again.rejected(),
            again.rowsRead(),
            againS,
            again.rowsRead() / againS,
            importPeak / (1024 * 1024),
            Runtime.getRuntime().maxMemory() / (1024 * 1024),
            load);
    System.out.println(md);
    Path dir = Path.of("target", "benchmarks");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("import.md"), md);
    Files.deleteIfExists(file);
  }

  /** Uploads a people file as the system, partial mode, and waits for its report. */
  static ImportReport importPeople(Imports imports, byte[] bytes, boolean dryRun) {
    ImportReport r =
        imports.submit(
            bytes, "bench.xlsx", ImportKind.PEOPLE, ImportMode.PARTIAL, dryRun, TestActors.SYSTEM);
    return imports.await(r.id(), Duration.ofHours(2), TestActors.SYSTEM);
  }

  static void write(Path file, int rows, List<Unit> communes) throws IOException {
    write(file, 0, rows, communes);
  }

  /**
   * Rows {@code first} to {@code first + rows - 1} (each row's personal ID comes from its index).
   */
  static void write(Path file, int first, int rows, List<Unit> communes) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet sheet = wb.createSheet("Cán bộ");
      Row h = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        h.createCell(i).setCellValue(HEADERS.get(i));
      }
      for (int i = first; i < first + rows; i++) {
        boolean female = i % 2 == 1;
        int year = 1965 + i % 35;
        Row r = sheet.createRow(i - first + 1);
        r.createCell(0).setCellValue(i - first + 1);
        r.createCell(1).setCellValue(String.format("019%d%02d%06d", female ? 1 : 0, year % 100, i));
        r.createCell(2)
            .setCellValue(
                FAMILY[i % FAMILY.length] + " Văn " + GIVEN[(i / 7) % GIVEN.length] + " " + i);
        r.createCell(3).setCellValue(female ? "Nữ" : "Nam");
        org.apache.poi.ss.usermodel.Cell b = r.createCell(4);
        b.setCellValue(LocalDate.of(year, 1 + i % 12, 1 + i % 28));
        b.setCellStyle(date);
        r.createCell(5).setCellValue(i % 3 == 0 ? "Kinh" : "02 – Tày");
        r.createCell(6).setCellValue(i % 2 == 0 ? "Đại học" : "ĐH");
        r.createCell(7).setCellValue("Luật");
        r.createCell(8).setCellValue(String.format("30/06/%d", year + 22));
        r.createCell(9).setCellValue("Trung cấp");
        r.createCell(10).setCellValue(String.format("15/01/%d", year + 25));
        Unit u = communes.get(i % communes.size());
        r.createCell(11).setCellValue(u.code() + " – " + u.fullName());
        r.createCell(12).setCellValue(POSTS[i % POSTS.length]);
        r.createCell(13).setCellValue("01/07/2025");
        r.createCell(14).setCellValue((i % 500 + 1) + "/QĐ-UBND");
        r.createCell(15).setCellValue("25/06/2025");
        r.createCell(16).setCellValue("UBND tỉnh Thái Nguyên");
        r.createCell(17).setCellValue("Bổ nhiệm");
      }
      wb.write(out);
    }
  }

  private static long read(byte[] bytes) throws IOException {
    long cells = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes));
        var rows = wb.getFirstSheet().openStream()) {
      for (var it = rows.iterator(); it.hasNext(); ) {
        for (Cell c : it.next()) {
          if (c != null && c.getText() != null) {
            cells++;
          }
        }
      }
    }
    return cells;
  }

  /** Reads the file and streams its rows into COPY through a pipe. */
  private long copy(byte[] bytes) throws Exception {
    AtomicLong n = new AtomicLong();
    PipedInputStream in = new PipedInputStream(1 << 20);
    PipedOutputStream pipe = new PipedOutputStream(in);
    Thread producer =
        new Thread(
            () -> {
              try (pipe;
                  ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                  var rows = wb.getFirstSheet().openStream()) {
                boolean header = true;
                for (var it = rows.iterator(); it.hasNext(); ) {
                  var row = it.next();
                  if (header) {
                    header = false;
                    continue;
                  }
                  StringBuilder line = new StringBuilder();
                  for (int c = 1; c < HEADERS.size(); c++) {
                    String v = row.getCellText(c);
                    if (c == 4) {
                      v =
                          LocalDate.of(1899, 12, 30)
                              .plusDays((long) Double.parseDouble(v))
                              .toString();
                    } else if (c == 8 || c == 10 || c == 13 || c == 15) {
                      String[] p = v.split("/");
                      v = p[2] + "-" + p[1] + "-" + p[0];
                    }
                    line.append(c > 1 ? "\t" : "").append(v.replace("\t", " "));
                  }
                  pipe.write(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                  n.incrementAndGet();
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    producer.start();
    try (Connection c = dataSource.getConnection()) {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("COPY bench_copy FROM STDIN (FORMAT text)", in);
    }
    producer.join();
    return n.get();
  }

  /** Samples the heap in use every 20 ms (and the pools' peaks) to report the highest. */
  static final class HeapWatch extends Thread {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();

    HeapWatch() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!stop.get()) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void reset() {
      peak.set(0);
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          p.resetPeakUsage();
        }
      }
    }

    long peak() {
      return peak.get();
    }

    void stopWatching() {
      stop.set(true);
    }

    @Override
    public void interrupt() {
      stopWatching();
      super.interrupt();
    }
  }
}
