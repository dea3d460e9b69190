package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * The Excel import goes through the same doors as the form and the API (issue 11, findings 2 and
 * 5): a commune officer's file cannot read or change a record outside the commune, nor create one
 * there; a personal ID on record with another name or birth date is not an update unless the file
 * says it corrects the identity; what the form refuses, the import refuses.
 */
@IntegrationTest
class ImportTrustTest {

  static final String DUC_XUAN = "01840"; // the demo commune officer "xa"
  static final String BA_DINH = "00004"; // Hà Nội: outside every demo scope but admin's
  static final int IDENTITY_CORRECTION = Xlsx.PEOPLE.indexOf("Sửa thông tin định danh");

  @LocalServerPort int port;

  private ImportClient xa() {
    return new ImportClient(port, "xa", "demo-cbcs-2025");
  }

  private Api admin() {
    return Api.admin(port);
  }

  private String create(String name, boolean female, int year, String commune) {
    ObjectNode p = person(name, female, year);
    p.put("phone", "0912 000 111");
    p.put("residence", "Tổ 7, nơi ở đã ghi");
    p.set(
        "assignments",
        array(assignment(commune, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = admin().post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return admin()
        .get("/api/people/" + r.json().get("id").asLong())
        .json()
        .get("personalId")
        .asString();
  }

  private static byte[] file(Object[]... rows) {
    Xlsx x = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE));
    for (Object[] r : rows) {
      x.row(r);
    }
    return x.bytes();
  }

  private static Object[] row(String pid, String name, boolean female, String birth) {
    return PeopleImportTest.person(
        pid, name, female ? "Nữ" : "Nam", birth, null, null, null, null, null);
  }

  private static String messages(JsonNode rejectedRow) {
    StringBuilder b = new StringBuilder();
    rejectedRow.get("errors").forEach(e -> b.append(e.get("message").asString()).append('\n'));
    return b.toString();
  }

  @Test
  void aCommuneOfficersFileCannotReadNorChangeARecordOutsideTheCommune() {
    String name = "Đinh Thị Ngoài Xã " + (System.nanoTime() % 10000);
    String pid = create(name, true, 1984, BA_DINH);
    Object[] change = row(pid, name, true, "15/03/1984");
    change[9] = "0999 999 999"; // a new phone number
    for (boolean dryRun : new boolean[] {true, false}) {
      Api.Response r = xa().upload(file(change), "PEOPLE", dryRun, null);
      assertThat(r.json().get("rejected").asInt()).as(r.body()).isEqualTo(1);
      JsonNode rejected = r.json().get("rejectedRows").get(0);
      assertThat(messages(rejected)).contains("ngoài phạm vi");
      assertThat(rejected.get("changes").isEmpty())
          .as("no old → new values of a record outside the scope")
          .isTrue();
      assertThat(r.body()).doesNotContain("0912 000 111").doesNotContain("nơi ở đã ghi");
    }
    JsonNode record = admin().get("/api/people?q=" + pid).json().get("items").get(0);
    long id = record.get("id").asLong();
    assertThat(admin().get("/api/people/" + id).json().get("phone").asString())
        .isEqualTo("0912 000 111");
  }

  @Test
  void aCommuneOfficersFileCannotCreateARecordInAnotherCommune() {
    String pid = PersonJsonMother.personalId(false, 1990);
    Object[] elsewhere =
        PeopleImportTest.person(
            pid,
            "Lò Văn Nơi Khác",
            "Nam",
            "15/03/1990",
            null,
            null,
            BA_DINH,
            "VTVL_VP_HANH_CHINH_TONG_HOP",
            "01/08/2025");
    Api.Response r = xa().upload(file(elsewhere), "PEOPLE", false, null);
    assertThat(r.json().get("rejected").asInt()).as(r.body()).isEqualTo(1);
    assertThat(messages(r.json().get("rejectedRows").get(0))).contains("ngoài phạm vi");
    assertThat(admin().get("/api/people?q=" + pid).json().get("total").asInt()).isZero();
  }

  @Test
  void aKnownPersonalIdWithAnotherNameOrBirthIsRefusedUnlessMarkedAsACorrection() {
    String name = "Hoàng Thị Định Danh " + (System.nanoTime() % 10000);
    String pid = create(name, true, 1983, DUC_XUAN);
    Object[] typo = row(pid, "Hoàng Thị Khác Hẳn", true, "15/03/1983");
    Api.Response r = xa().upload(file(typo), "PEOPLE", false, null);
    assertThat(r.json().get("rejected").asInt()).as(r.body()).isEqualTo(1);
    String why = messages(r.json().get("rejectedRows").get(0));
    assertThat(why)
        .contains(name)
        .contains("Hoàng Thị Khác Hẳn")
        .contains("Sửa thông tin định danh");
    Object[] otherBirth = row(pid, name, true, "16/04/1983");
    r = xa().upload(file(otherBirth), "PEOPLE", false, null);
    assertThat(messages(r.json().get("rejectedRows").get(0))).contains("16/04/1983");
    long id = admin().get("/api/people?q=" + pid).json().get("items").get(0).get("id").asLong();
    assertThat(admin().get("/api/people/" + id).json().get("fullName").asString()).isEqualTo(name);

    Object[] correction = row(pid, "Hoàng Thị Định Danh Đúng", true, "15/03/1983");
    correction[IDENTITY_CORRECTION] = "Có";
    r = xa().upload(file(correction), "PEOPLE", false, null);
    assertThat(r.json().get("updated").asInt()).as(r.body()).isEqualTo(1);
    assertThat(admin().get("/api/people/" + id).json().get("fullName").asString())
        .isEqualTo("Hoàng Thị Định Danh Đúng");
  }

  @Test
  void theImportTheFormAndTheApiRefuseAPostBefore18AndADegreeBeforeBirth() {
    String pid = PersonJsonMother.personalId(true, 2000);
    Object[] young =
        PeopleImportTest.person(
            pid,
            "Vi Thị Nhỏ",
            "Nữ",
            "15/03/2000",
            "Đại học",
            "01/06/1999",
            DUC_XUAN,
            "VAN_PHONG_THONG_KE",
            "01/08/2015");
    young[23] = "5/QĐ-UBND";
    young[24] = "01/08/2015";
    Api.Response r = xa().upload(file(young), "PEOPLE", false, null);
    assertThat(r.json().get("rejected").asInt()).as(r.body()).isEqualTo(1);
    assertThat(messages(r.json().get("rejectedRows").get(0)))
        .contains("18 tuổi")
        .contains("sau ngày sinh");

    Api xaApi = new Api(port, "xa", "demo-cbcs-2025");
    ObjectNode p = person("Vi Thị Nhỏ", true, 2000);
    p.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "1999-06-01")));
    p.set(
        "assignments",
        array(assignment(DUC_XUAN, "VAN_PHONG_THONG_KE", "2015-08-01", "2025-06-30")));
    Api.Response api = xaApi.post("/api/people", p);
    assertThat(api.status()).isEqualTo(400);
    assertThat(api.body()).contains("assignments[0].from").contains("qualifications[0].awardedOn");
  }
}
