package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * The person record's code lists are named in the page's language (issue 17): ethnic groups and
 * religions have English names, and an English page shows them where a Vietnamese page shows the
 * Vietnamese ones — on the record, in the form and in the list's filter.
 */
@IntegrationTest
class CatalogueNamesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void everyEntryHasAnEnglishNameWithoutVietnameseLetters() {
    for (String table : List.of("ethnicity", "religion")) {
      List<String> names =
          jdbc.sql("SELECT name_en FROM " + table + " ORDER BY code").query(String.class).list();
      assertThat(names).as(table).isNotEmpty().doesNotContainNull();
      assertThat(names).as(table).allSatisfy(n -> assertThat(n).matches("[\\x20-\\x7E]+"));
    }
    assertThat(
            jdbc.sql("SELECT name_en FROM ethnicity WHERE code = '05'")
                .query(String.class)
                .single())
        .isEqualTo("Khmer");
  }

  @Test
  void theRecordIsShownWithTheNamesOfThePagesLanguage() {
    ObjectNode p =
        PersonJsonMother.person("Ma Thị Song Ngữ " + System.nanoTime() % 10_000, true, 1985);
    p.put("ethnicityCode", "02");
    p.put("religionCode", "01");
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long id = r.json().get("id").asLong();
    BrowserSession admin = new BrowserSession(port);
    admin.signIn("admin", "admin-test-password");

    String en = admin.get("/people/" + id + "?lang=en").body();
    assertThat(field(en, "religionCode")).isEqualTo("Buddhism");
    assertThat(field(en, "ethnicityCode")).isEqualTo("Tay");
    String vi = admin.get("/people/" + id + "?lang=vi").body();
    assertThat(field(vi, "religionCode")).isEqualTo("Phật giáo");
    assertThat(field(vi, "ethnicityCode")).isEqualTo("Tày");

    assertThat(admin.get("/people/" + id + "/edit?lang=en").body())
        .contains(">Buddhism</option>")
        .contains("02 – Tay</option>");
    assertThat(admin.get("/people?lang=en").body()).contains(">Tay</option>");
    assertThat(admin.get("/people?lang=vi").body()).contains(">Tày</option>");
  }

  private static String field(String html, String name) {
    String marker = "data-testid=\"field-" + name + "\">";
    int at = html.indexOf(marker);
    assertThat(at).as("field %s on the page", name).isPositive();
    return html.substring(at + marker.length(), html.indexOf("</dd>", at)).strip();
  }
}
