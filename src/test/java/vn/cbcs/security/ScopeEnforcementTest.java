package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Unit scopes enforced on the server: another commune's person, search, export, indicator or
 * staffing is refused as outside the user's scope (403, told apart from "no such record", 404);
 * writes outside the scope are refused; the cadre sees only their own record; SQL meta-characters
 * are text.
 */
@IntegrationTest
class ScopeEnforcementTest {

  static final String DUC_XUAN = "01840"; // the commune officer's scope (demo account "xa")
  static final String BA_DINH = "00004"; // Hà Nội: outside every demo scope but admin's

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api admin;
  Api xa;
  String tag;
  long inside;
  long outside;

  @BeforeEach
  void twoPeople() {
    admin = Api.admin(port);
    xa = new Api(port, "xa", "demo-cbcs-2025");
    tag = "Phạmvi" + (char) ('a' + (int) (System.nanoTime() % 26)) + (System.nanoTime() % 1000);
    inside = create("Nông Thị Trong " + tag, DUC_XUAN);
    outside = create("Đỗ Văn Ngoài " + tag, BA_DINH);
  }

  private long create(String name, String commune) {
    ObjectNode p = person(name, true, 1988);
    p.set(
        "assignments",
        array(assignment(commune, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    var r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void anotherCommunesPersonIsOutsideTheScope() {
    assertThat(xa.get("/api/people/" + inside).status()).isEqualTo(200);
    for (String path :
        new String[] {
          "/api/people/" + outside,
          "/api/people/" + outside + "/history",
          "/api/people/" + outside + "/compliance",
          "/people/" + outside,
          "/people/" + outside + "/cv.pdf",
        }) {
      assertThat(xa.get(path).status()).as(path).isEqualTo(403);
    }
    assertThat(xa.get("/api/people/" + outside).json().get("message").asString())
        .contains("ngoài phạm vi");
    // a record that does not exist is told apart
    assertThat(xa.get("/api/people/999999999").status()).isEqualTo(404);
  }

  @Test
  void searchAndListsDoNotLeakAcrossScopes() {
    var mine = xa.get("/api/people?q=" + q(tag)).json();
    assertThat(mine.findValuesAsString("fullName")).containsExactly("Nông Thị Trong " + tag);
    var all = admin.get("/api/people?q=" + q(tag)).json();
    assertThat(all.get("total").asLong()).isEqualTo(2);
    assertThat(xa.get("/api/people?unit=" + BA_DINH).status()).isEqualTo(403);
    assertThat(xa.get("/api/people?unit=99999").status()).isEqualTo(404);
    var export = xa.download("/api/people/export?q=" + q(tag));
    assertThat(export.status()).isEqualTo(200);
    assertThat(new String(export.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Ngoài");
  }

  @Test
  void indicatorsAndStaffingOutsideTheScopeAreRefused() {
    assertThat(xa.get("/api/indicators/WOMEN/value?unit=" + DUC_XUAN).status()).isEqualTo(200);
    assertThat(xa.get("/api/indicators/WOMEN/value?unit=01").status()).isEqualTo(403);
    assertThat(xa.get("/api/indicators/WOMEN/value").status())
        .as("the whole country")
        .isEqualTo(403);
    assertThat(xa.get("/api/indicators/WOMEN/value?unit=99999").status()).isEqualTo(404);
    assertThat(xa.get("/api/units/" + DUC_XUAN + "/staffing").status()).isEqualTo(200);
    assertThat(xa.get("/api/units/" + BA_DINH + "/staffing").status()).isEqualTo(403);
    // a Thái Nguyên officer sees the Bắc Kạn of before the reform, through the crosswalk
    Api tinh = new Api(port, "tinh", "demo-cbcs-2025");
    assertThat(tinh.get("/api/indicators/WOMEN/value?unit=06&asOf=2020-12-31").status())
        .isEqualTo(200);
    assertThat(tinh.get("/api/indicators/WOMEN/value?unit=01&asOf=2020-12-31").status())
        .isEqualTo(403);
  }

  @Test
  void writesOutsideTheScopeAreRefused() {
    ObjectNode p = person("Hà Văn Viết " + tag, false, 1990);
    p.set(
        "assignments",
        array(assignment(BA_DINH, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    var refused = xa.post("/api/people", p);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("assignments[0].unitCode");
    ObjectNode update = person("Đỗ Văn Ngoài " + tag, true, 1988);
    update.put("version", 0);
    assertThat(xa.put("/api/people/" + outside, update).status()).isEqualTo(403);
    p.set(
        "assignments",
        array(assignment(DUC_XUAN, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    assertThat(xa.post("/api/people", p).status()).isEqualTo(201);
  }

  @Test
  void theCadreSeesOnlyTheirOwnRecord() {
    jdbc.sql(
            "INSERT INTO app_user_person (username, person_id) VALUES ('canbo', :p)"
                + " ON CONFLICT (username) DO UPDATE SET person_id = :p")
        .param("p", inside)
        .update();
    Api canbo = new Api(port, "canbo", "demo-cbcs-2025");
    assertThat(canbo.get("/api/people/" + inside).status()).isEqualTo(200);
    assertThat(canbo.get("/api/people/" + outside).status()).isEqualTo(403);
    assertThat(canbo.get("/api/people?q=" + q(tag)).status()).isEqualTo(403);
    assertThat(canbo.get("/api/indicators/WOMEN/value?unit=" + DUC_XUAN).status()).isEqualTo(403);
  }

  @Test
  void sqlMetaCharactersAreText() {
    for (String evil :
        new String[] {"'; DROP TABLE person; --", "%' OR '1'='1", "\\\\", "_%_", "$1", "\u0000x"}) {
      var r = xa.get("/api/people?q=" + q(evil));
      assertThat(r.status()).as(evil).isIn(200, 400);
      if (r.status() == 200) {
        assertThat(r.json().get("total").asLong()).as(evil).isZero();
      }
      assertThat(xa.get("/api/indicators/WOMEN/value?unit=" + q(evil)).status()).isIn(400, 404);
    }
    assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isPositive();
  }
}
