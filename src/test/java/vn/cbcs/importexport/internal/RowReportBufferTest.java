package vn.cbcs.importexport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The buffer that keeps a run's row reports until its transaction has ended: every row back in
 * order and unchanged, in batches; nothing readable on disk; the file gone once closed.
 */
class RowReportBufferTest {

  private static ImportStore.StoredRow row(int i) {
    String name = "Nguyễn Thị Hường " + i;
    return new ImportStore.StoredRow(
        "Cán bộ",
        i + 2,
        i % 3 == 0 ? "REJECTED" : "NEW",
        i % 2 == 0 ? null : (long) i,
        i % 5 == 0 ? null : "0011860" + String.format("%05d", i),
        name,
        "[{\"header\":\"Ngày sinh\",\"cell\":\"D" + (i + 2) + "\"}]",
        "[]",
        i % 3 == 0 ? "[\"" + "x".repeat(i % 7 == 0 ? 70_000 : 10) + "\", 1.5]" : null);
  }

  @Test
  void everyRowComesBackInOrderInBatches() throws Exception {
    List<ImportStore.StoredRow> back = new ArrayList<>();
    List<Integer> batches = new ArrayList<>();
    Path file;
    try (RowReportBuffer buffer = RowReportBuffer.create()) {
      for (int i = 0; i < 1234; i++) {
        buffer.add(row(i));
      }
      assertThat(buffer.size()).isEqualTo(1234);
      file = buffer.file();
      assertThat(Files.getPosixFilePermissions(file))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      buffer.drain(
          500,
          rows -> {
            batches.add(rows.size());
            back.addAll(rows);
          });
      String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(raw).doesNotContain("Ngày", "Cán bộ", "0011860", "REJECTED", "header");
      List<ImportStore.StoredRow> again = new ArrayList<>();
      buffer.drain(1000, again::addAll);
      assertThat(again).as("read again after a failed write").hasSize(1234);
    }
    assertThat(batches).containsExactly(500, 500, 234);
    for (int i = 0; i < 1234; i++) {
      assertThat(back.get(i)).isEqualTo(row(i));
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void anEmptyBufferHandsNothing() {
    List<Integer> batches = new ArrayList<>();
    try (RowReportBuffer buffer = RowReportBuffer.create()) {
      buffer.drain(500, rows -> batches.add(rows.size()));
    }
    assertThat(batches).isEmpty();
  }
}
