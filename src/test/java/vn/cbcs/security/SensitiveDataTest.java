package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Sensitive fields (ethnic group, religion, Party history, health, discipline, family, personal
 * history) are masked for roles that do not need them — in the API, the history, the Excel export,
 * the list filters and the indicator lists — and shown to personnel officers.
 */
@IntegrationTest
class SensitiveDataTest {

  @LocalServerPort int port;
  Api head;
  Api officer;
  long id;
  String tag;

  @BeforeEach
  void aPersonWithSensitiveData() {
    head = new Api(port, "chutich", "demo-cbcs-2025");
    officer = new Api(port, "xa", "demo-cbcs-2025");
    tag = "Nhạycảm" + (System.nanoTime() % 100000);
    ObjectNode p = person("Hoàng Thị Kín " + tag, true, 1985);
    p.put("ethnicityCode", "02");
    p.put("religionCode", "01");
    p.put("partyJoinDate", "2010-05-19");
    p.put("healthStatus", "Tốt");
    p.set(
        "assignments",
        array(assignment("01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    id = r.json().get("id").asLong();
  }

  @Test
  void theApiAndTheHistoryMaskThemForACommuneHead() {
    var masked = head.get("/api/people/" + id).json();
    assertThat(masked.get("sensitiveMasked").asBoolean()).isTrue();
    assertThat(masked.get("ethnicityCode").isNull()).isTrue();
    assertThat(masked.get("religionCode").isNull()).isTrue();
    assertThat(masked.get("partyJoinDate").isNull()).isTrue();
    assertThat(masked.get("partyMember").isNull()).isTrue();
    assertThat(masked.get("healthStatus").isNull()).isTrue();
    assertThat(masked.get("fullName").asString()).contains(tag);
    assertThat(head.get("/api/people/" + id + "/history").body())
        .doesNotContain("ethnicityCode", "partyJoinDate", "2010-05-19");
    var shown = officer.get("/api/people/" + id).json();
    assertThat(shown.get("sensitiveMasked").asBoolean()).isFalse();
    assertThat(shown.get("ethnicityCode").asString()).isEqualTo("02");
    assertThat(shown.get("partyMember").asBoolean()).isTrue();
  }

  @Test
  void theExportMasksThemToo() throws Exception {
    String q = URLEncoder.encode(tag, StandardCharsets.UTF_8);
    assertThat(cells(head.download("/api/people/export?q=" + q).bytes()))
        .contains(tag)
        .doesNotContain("02 –", "2010");
    assertThat(cells(officer.download("/api/people/export?q=" + q).bytes())).contains("02 –");
  }

  @Test
  void filtersAndIndicatorListsWouldRevealThemSoTheyAreRefused() {
    assertThat(head.get("/api/people?ethnicity=02&unit=01840").status()).isEqualTo(400);
    assertThat(head.get("/api/people?party=true&unit=01840").status()).isEqualTo(400);
    assertThat(head.get("/api/indicators/ETHNIC_MINORITY/value?unit=01840").status())
        .isEqualTo(200);
    assertThat(head.get("/api/indicators/ETHNIC_MINORITY/people?unit=01840").status())
        .isEqualTo(403);
    assertThat(officer.get("/api/indicators/ETHNIC_MINORITY/people?unit=01840").status())
        .isEqualTo(200);
  }

  private static String cells(byte[] xlsx) throws Exception {
    StringBuilder all = new StringBuilder();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : book) {
        if (book.isSheetHidden(book.getSheetIndex(sheet))) {
          continue; // the template's code lists
        }
        for (Row row : sheet) {
          for (Cell cell : row) {
            all.append(cell.toString()).append('|');
          }
        }
      }
    }
    return all.toString();
  }
}
