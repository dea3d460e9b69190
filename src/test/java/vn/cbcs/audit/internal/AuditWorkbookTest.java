package vn.cbcs.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cbcs.audit.AuditEvent;
import vn.cbcs.audit.AuditQuery;
import vn.cbcs.audit.AuditVerification;

/** The audit export writes what people typed — a reason, a value — as text, never a formula. */
class AuditWorkbookTest {

  @Test
  void formulaLikeValuesAreQuotePrefixedAndUnchanged() throws IOException {
    AuditEvent e =
        new AuditEvent(
            42,
            Instant.parse("2025-06-30T03:00:00Z"),
            "UPDATE",
            "person",
            "7",
            7L,
            "01840",
            null,
            null,
            "=HYPERLINK(\"http://x\")",
            "-1+2",
            List.of("residence"),
            Map.of("residence", "Bản Lả"),
            Map.of("residence", "@SUM(1)"),
            9,
            "tinh",
            "API",
            "127.0.0.1",
            "PUT /api/people/7",
            "+84 sửa",
            null);
    AuditWorkbook wb = new AuditWorkbook();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      wb.add(e);
      wb.write(
          AuditQuery.all(),
          new AuditVerification(true, 1, 1, 1L, "ab", null, null, "x", Instant.now()),
          out);
    } finally {
      wb.dispose();
    }
    try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Row r = back.getSheet(AuditWorkbook.EVENTS_SHEET).getRow(1);
      quoted(r.getCell(AuditWorkbook.HEADERS.indexOf("Căn cứ")), "=HYPERLINK(\"http://x\")");
      quoted(r.getCell(AuditWorkbook.HEADERS.indexOf("Lý do")), "+84 sửa");
      quoted(r.getCell(AuditWorkbook.HEADERS.indexOf("Chi tiết")), "-1+2");
      assertThat(r.getCell(AuditWorkbook.HEADERS.indexOf("Sau")).getStringCellValue())
          .isEqualTo("residence: @SUM(1)");
      Cell id = r.getCell(0);
      assertThat(id.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(id.getNumericCellValue()).isEqualTo(42.0);
      assertThat(
              r.getCell(AuditWorkbook.HEADERS.indexOf("Người thực hiện"))
                  .getCellStyle()
                  .getQuotePrefixed())
          .isFalse();
    }
  }

  private static void quoted(Cell cell, String value) {
    assertThat(cell.getStringCellValue()).isEqualTo(value);
    assertThat(cell.getCellStyle().getQuotePrefixed()).as(value).isTrue();
  }
}
