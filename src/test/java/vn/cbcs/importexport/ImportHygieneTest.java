package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * The Excel import meets the same text rule as the forms and the API (a bidi override in a name
 * refuses the row, Vietnamese in NFD is welcome), and the error report it gives back writes the
 * rows as sent without ever letting a spreadsheet run them as formulas.
 */
@IntegrationTest
class ImportHygieneTest {

  private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"Bấm\")";

  @LocalServerPort int port;

  private ImportClient client() {
    return ImportClient.admin(port);
  }

  private static Object[] row(String pid, String name) {
    return PeopleImportTest.person(pid, name, "Nam", "15/03/1980", null, null, null, null, null);
  }

  @Test
  void aRowWithAHiddenCharacterIsRefusedWithTheSameMessage() {
    String rlo = PersonJsonMother.personalId(false, 1980);
    String nfd = PersonJsonMother.personalId(false, 1980);
    String zwsp = PersonJsonMother.personalId(false, 1980);
    byte[] file =
        Xlsx.create()
            .sheet("Cán bộ")
            .row(Xlsx.headers(Xlsx.PEOPLE))
            .row(row(rlo, "Nguyễn \u202EnăV Ẩn"))
            .row(row(nfd, Normalizer.normalize("Nguyễn Văn Tổ", Normalizer.Form.NFD)))
            .row(row(zwsp, "Nguyễn\u200B Văn Rỗng"))
            .bytes();
    Api.Response r = client().upload(file, "PEOPLE", true, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("accepted").asInt()).as(r.body()).isEqualTo(2);
    assertThat(r.json().get("rejected").asInt()).isEqualTo(1);
    JsonNode rejected = r.json().get("rejectedRows").get(0);
    assertThat(rejected.get("row").asInt()).isEqualTo(2);
    JsonNode error = rejected.get("errors").get(0);
    assertThat(error.get("column").asString()).isEqualTo("Họ và tên");
    assertThat(error.get("message").asString())
        .isEqualTo("Chứa ký tự ẩn hoặc ký tự điều khiển (U+202E) — hãy gõ lại nội dung này.");
    assertThat(error.get("messageEn").asString())
        .isEqualTo("Contains a hidden or control character (U+202E) — please retype it.");
  }

  @Test
  void theErrorReportKeepsFormulaLikeCellsAsTextAndNumbersAsNumbers() throws Exception {
    String pid = PersonJsonMother.personalId(false, 1981);
    Object[] bad = row(pid, "Lò Văn Lỗi");
    bad[0] = -5; // STT, a number
    bad[4] = "31/02/1981"; // the reason the row is refused
    bad[8] = EVIL; // residence
    bad[9] = "+84 912 345 678"; // phone
    byte[] file = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE)).row(bad).bytes();
    Api.Response r = client().upload(file, "PEOPLE", true, null);
    assertThat(r.json().get("rejected").asInt()).as(r.body()).isEqualTo(1);
    long id = r.json().get("id").asLong();
    Api.Download errors = client().api.download("/api/imports/" + id + "/errors.xlsx");
    assertThat(errors.status()).isEqualTo(200);
    Map<String, Cell> cells = new HashMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(errors.bytes()))) {
      Row header = wb.getSheet("Cán bộ").getRow(0);
      Row row = wb.getSheet("Cán bộ").getRow(1);
      for (int i = 0; i < header.getLastCellNum(); i++) {
        cells.put(header.getCell(i).getStringCellValue(), row.getCell(i));
      }
      Cell residence = cells.get(Xlsx.PEOPLE.get(8));
      assertThat(residence.getStringCellValue()).isEqualTo(EVIL);
      assertThat(residence.getCellStyle().getQuotePrefixed()).isTrue();
      Cell phone = cells.get(Xlsx.PEOPLE.get(9));
      assertThat(phone.getStringCellValue()).isEqualTo("+84 912 345 678");
      assertThat(phone.getCellStyle().getQuotePrefixed()).isTrue();
      Cell no = cells.get(Xlsx.PEOPLE.get(0));
      assertThat(no.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(no.getNumericCellValue()).isEqualTo(-5.0);
      assertThat(no.getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(cells.get(Xlsx.PEOPLE.get(2)).getCellStyle().getQuotePrefixed()).isFalse();
    }
    // sent back as it is (with the date fixed), it imports: the values are the ones typed
    byte[] fixed;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(errors.bytes()))) {
      wb.getSheet("Cán bộ").getRow(1).getCell(4).setCellValue("28/02/1981");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      fixed = out.toByteArray();
    }
    Api.Response again = client().upload(fixed, "PEOPLE", false, null);
    assertThat(again.json().get("accepted").asInt()).as(again.body()).isEqualTo(1);
    JsonNode list = client().api.get("/api/people?q=" + pid).json().get("items");
    long person = list.get(0).get("id").asLong();
    JsonNode p = client().api.get("/api/people/" + person).json();
    assertThat(p.get("residence").asString()).isEqualTo(EVIL);
    assertThat(p.get("phone").asString()).isEqualTo("+84 912 345 678");
  }
}
