package vn.cbcs.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the Excel import tests share: an import template as downloaded from the API and filled in
 * the way a person would, the reasons an import report gives for a row, and the status of an
 * import's answer.
 */
public final class ImportSheets {

  private ImportSheets() {}

  /**
   * The template of {@code kind} as {@code api}'s user downloads it, its data sheet {@code
   * sheetName} first handed to {@code check} (the test's assertions on its header), then {@code
   * rows} written from its third line: dates as dates (dd/mm/yyyy), numbers as numbers, anything
   * else as text, a null left empty.
   */
  public static byte[] filled(
      Api api, String kind, String sheetName, Consumer<Sheet> check, List<Object[]> rows)
      throws IOException {
    Api.Download d = api.download("/api/imports/templates/" + kind);
    assertThat(d.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.bytes()))) {
      Sheet sheet = wb.getSheet(sheetName);
      assertThat(sheet).as("the template's data sheet").isNotNull();
      check.accept(sheet);
      var dates = wb.createCellStyle();
      dates.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      int at = 2;
      for (Object[] values : rows) {
        Row row = sheet.getRow(at) == null ? sheet.createRow(at) : sheet.getRow(at);
        at++;
        for (int i = 0; i < values.length; i++) {
          if (values[i] instanceof LocalDate date) {
            var c = row.createCell(i);
            c.setCellValue(date);
            c.setCellStyle(dates);
          } else if (values[i] instanceof Number n) {
            row.createCell(i).setCellValue(n.doubleValue());
          } else if (values[i] != null) {
            row.createCell(i).setCellValue(values[i].toString());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** The reasons of the report's rejected row {@code row} (as numbered in the sheet). */
  public static List<String> reasons(JsonNode report, int row) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : report.get("rejectedRows")) {
      if (r.get("row").asInt() == row) {
        r.get("errors")
            .forEach(e -> out.add(e.get("column").asString() + ": " + e.get("message").asString()));
      }
    }
    return out;
  }

  /**
   * The elements of the array {@code array} of what {@code GET path} answers, each without {@code
   * fields} (ids that differ between an imported and a reference record).
   */
  public static List<JsonNode> shownWithout(Api api, String path, String array, String... fields) {
    Api.Response r = api.get(path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    r.json()
        .get(array)
        .forEach(
            c -> {
              var copy = (ObjectNode) c.deepCopy();
              copy.remove(List.of(fields));
              out.add(copy);
            });
    return out;
  }

  /** An import's answer: its HTTP status and the import's status (VALIDATED, COMMITTED…). */
  public static void assertStatus(Api.Response r, int http, String status) {
    assertThat(r.status()).as(r.body()).isEqualTo(http);
    assertThat(r.json().get("status").asString()).isEqualTo(status);
  }
}
