package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.security.Visibility;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * The start page's work list holds what an officer's own work leaves open (issue 17): a cadre's
 * pending correction request (for the officers of the cadre's commune only) and one's own dry run
 * not yet committed (for its sender only). Test data: Xã Cần Yên (01366, Cao Bằng) and, outside, Xã
 * Trường Hà (01392); no other test.
 */
@IntegrationTest
class OwnWorkItemsTest {

  static final String CAN_YEN = "01366";
  static final String TRUONG_HA = "01392";

  @LocalServerPort int port;
  @Autowired Visibility visibility;

  private static List<JsonNode> items(Api api, String kind) {
    Api.Response r = api.get("/api/work-items");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> found = new ArrayList<>();
    r.json()
        .get("items")
        .forEach(
            i -> {
              if (kind.equals(i.get("kind").asString())) {
                found.add(i);
              }
            });
    return found;
  }

  @Test
  void aCadresCorrectionRequestIsWorkForTheOfficersOfTheirCommuneOnly() {
    ObjectNode p = person("Hoàng Thị Đề Nghị " + System.nanoTime() % 100_000, true, 1991);
    p.set("assignments", array(assignment(CAN_YEN, "VTVL_VHXH_Y_TE", "2025-07-01", null)));
    long id = Api.admin(port).post("/api/people", p).json().get("id").asLong();
    String cadre = TestUsers.create(port, "cbcy", "CADRE", CAN_YEN);
    assertThat(visibility.linkPerson(cadre, id)).isTrue();
    Api officer =
        new Api(
            port, TestUsers.create(port, "xacy", "COMMUNE_OFFICER", CAN_YEN), TestUsers.PASSWORD);
    Api outside =
        new Api(
            port, TestUsers.create(port, "xath", "COMMUNE_OFFICER", TRUONG_HA), TestUsers.PASSWORD);
    assertThat(items(officer, "selfservice.correction")).isEmpty();

    ObjectNode ask =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .createObjectNode()
            .put("field", "phone")
            .put("proposedValue", "0987 123 456")
            .put("reason", "Đổi số điện thoại");
    Api.Response sent = new Api(port, cadre, TestUsers.PASSWORD).post("/api/me/corrections", ask);
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);

    List<JsonNode> mine = items(officer, "selfservice.correction");
    assertThat(mine).hasSize(1);
    JsonNode item = mine.get(0);
    assertThat(item.get("what").asString())
        .isEqualTo("Xem xét yêu cầu sửa «Điện thoại» thành «0987 123 456»");
    assertThat(item.get("forWhom").asString()).startsWith("Hoàng Thị Đề Nghị");
    assertThat(item.get("link").asString()).isEqualTo("/corrections");
    assertThat(item.get("rule").asString()).contains("7 ngày", "không quy định");
    assertThat(items(outside, "selfservice.correction")).isEmpty();
    assertThat(items(new Api(port, cadre, TestUsers.PASSWORD), "selfservice.correction")).isEmpty();
  }

  @Test
  void onesOwnDryRunIsWorkUntilCommittedAndNobodyElses() {
    String officerName = TestUsers.create(port, "xacy", "COMMUNE_OFFICER", CAN_YEN);
    Api.Response dry =
        new ImportClient(port, officerName, TestUsers.PASSWORD)
            .upload(
                Xlsx.create()
                    .sheet("Cán bộ")
                    .row(Xlsx.headers(Xlsx.PEOPLE))
                    .row(
                        PeopleImportTest.person(
                            PersonJsonMother.personalId(true, 1993),
                            "Lý Thị Thử Trước",
                            "Nữ",
                            "12/03/1993",
                            null,
                            null,
                            CAN_YEN,
                            "VTVL_VHXH_Y_TE",
                            "01/07/2025"))
                    .bytes(),
                "PEOPLE",
                true,
                null);
    assertThat(dry.status()).as(dry.body()).isIn(200, 201);
    assertThat(dry.json().get("status").asString()).isEqualTo("VALIDATED");
    long importId = dry.json().get("id").asLong();
    Api officer = new Api(port, officerName, TestUsers.PASSWORD);
    List<JsonNode> mine = items(officer, "importexport.dryRun");
    assertThat(mine).extracting(i -> i.get("link").asString()).contains("/imports/" + importId);
    assertThat(mine.get(0).get("what").asString()).contains("đã kiểm tra thử, chưa ghi");
    Api colleague =
        new Api(
            port, TestUsers.create(port, "xacy", "COMMUNE_OFFICER", CAN_YEN), TestUsers.PASSWORD);
    assertThat(items(colleague, "importexport.dryRun")).isEmpty();

    Api.Response committed =
        new ImportClient(port, officerName, TestUsers.PASSWORD).commit(importId);
    assertThat(committed.status()).as(committed.body()).isEqualTo(200);
    assertThat(committed.json().get("status").asString()).isEqualTo("COMMITTED");
    assertThat(items(officer, "importexport.dryRun"))
        .extracting(i -> i.get("link").asString())
        .doesNotContain("/imports/" + importId);
  }
}
