package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/** The cadre asks for a correction of their own record; an officer of their commune reviews it. */
@IntegrationTest
class SelfServiceTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  @LocalServerPort int port;
  @Autowired Visibility visibility;

  @Test
  void aCadreAsksAndTheirOfficerReviews() {
    ObjectNode p = person("Bế Thị Tự " + (System.nanoTime() % 100000), true, 1992);
    p.set(
        "assignments",
        array(assignment("01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    long id = Api.admin(port).post("/api/people", p).json().get("id").asLong();
    assertThat(visibility.linkPerson("canbo", id)).isTrue();
    Api canbo = new Api(port, "canbo", "demo-cbcs-2025");
    Api xa = new Api(port, "xa", "demo-cbcs-2025");

    assertThat(canbo.get("/api/me").json().get("personId").asLong()).isEqualTo(id);
    ObjectNode bad = JSON.createObjectNode().put("field", "salary").put("proposedValue", "");
    var refused = canbo.post("/api/me/corrections", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("field", "proposedValue", "reason");

    ObjectNode ask =
        JSON.createObjectNode()
            .put("field", "residence")
            .put("proposedValue", "Tổ 5, phường Đức Xuân")
            .put("reason", "Đã chuyển nơi ở, xác nhận của công an phường số 12/XN ngày 1/9/2026");
    var sent = canbo.post("/api/me/corrections", ask);
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    long request = sent.json().get("id").asLong();
    assertThat(canbo.get("/api/me").json().get("corrections").findValuesAsString("status"))
        .contains("PENDING");

    assertThat(xa.get("/api/corrections").json().findValues("id").stream().map(n -> n.asLong()))
        .contains(request);
    assertThat(
            new Api(port, "huyen", "demo-cbcs-2025")
                .get("/api/corrections").json().findValues("id").stream().map(n -> n.asLong()))
        .as("an officer of another district does not see it")
        .doesNotContain(request);
    assertThat(new Api(port, "chutich", "demo-cbcs-2025").get("/api/corrections").status())
        .isEqualTo(403);
    assertThat(
            canbo.post("/api/corrections/" + request + "/review", JSON.createObjectNode()).status())
        .isEqualTo(403);

    ObjectNode reject = JSON.createObjectNode().put("accept", false);
    assertThat(xa.post("/api/corrections/" + request + "/review", reject).status()).isEqualTo(400);
    reject.put("note", "Chưa có giấy xác nhận kèm theo");
    var reviewed = xa.post("/api/corrections/" + request + "/review", reject);
    assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    assertThat(reviewed.json().get("status").asString()).isEqualTo("REJECTED");
    assertThat(xa.post("/api/corrections/" + request + "/review", reject).status()).isEqualTo(409);
    assertThat(canbo.get("/api/me").json().get("corrections").findValuesAsString("reviewNote"))
        .contains("Chưa có giấy xác nhận kèm theo");
  }
}
