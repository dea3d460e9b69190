package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * An old commune code is accepted by the import, the form and the API for the dates when it was in
 * force (issue 12): Xã Ân Tình (02164) until NQ 855/NQ-UBTVQH14 ended it on 31-1-2020 — by code or
 * by name — and refused after, saying when it was in force.
 */
@IntegrationTest
class OldCommuneCodesTest {

  static final String AN_TINH = "02164";

  @LocalServerPort int port;

  private static byte[] posts(Object[]... rows) {
    Xlsx x =
        Xlsx.create()
            .sheet("Chức vụ")
            .row(
                "STT",
                "Số định danh cá nhân (CCCD)",
                "Họ và tên",
                "Đơn vị (xã, phường)",
                "Chức vụ, chức danh",
                "Kiêm nhiệm",
                "Từ ngày",
                "Đến ngày",
                "Số quyết định",
                "Ngày quyết định",
                "Cơ quan ban hành",
                "Người ký",
                "Loại quyết định");
    for (Object[] r : rows) {
      x.row(r);
    }
    return x.bytes();
  }

  private static Object[] post(String pid, String name, String unit, String from, String to) {
    return new Object[] {
      1,
      pid,
      name,
      unit,
      "VAN_HOA_XA_HOI",
      null,
      from,
      to,
      "01/QĐ-UBND",
      from,
      "UBND huyện Na Rì",
      "Hoàng Văn A",
      "Tuyển dụng"
    };
  }

  private String personWithoutPost(String name) {
    ObjectNode p = person(name, true, 1985);
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return Api.admin(port)
        .get("/api/people/" + r.json().get("id").asLong())
        .json()
        .get("personalId")
        .asString();
  }

  @Test
  void theImportTakesTheOldCodeAndTheOldNameForTheirDates() {
    String a = personWithoutPost("Hoàng Thị Ân");
    String b = personWithoutPost("Nông Thị Tình");
    Api.Response r =
        ImportClient.admin(port)
            .upload(
                posts(
                    post(a, "Hoàng Thị Ân", AN_TINH, "01/01/2017", "31/01/2020"),
                    post(b, "Nông Thị Tình", "Xã Ân Tình, Na Rì", "01/03/2018", "31/01/2020")),
                "ASSIGNMENTS",
                true,
                null);
    assertThat(r.json().get("accepted").asInt()).as(r.body()).isEqualTo(2);
    Api.Response late =
        ImportClient.admin(port)
            .upload(
                posts(post(a, "Hoàng Thị Ân", AN_TINH, "01/03/2020", null)),
                "ASSIGNMENTS",
                true,
                null);
    assertThat(late.json().get("rejected").asInt()).as(late.body()).isEqualTo(1);
    StringBuilder messages = new StringBuilder();
    for (JsonNode e : late.json().get("rejectedRows").get(0).get("errors")) {
      messages.append(e.get("message").asString()).append('\n');
    }
    assertThat(messages.toString()).contains(AN_TINH);
  }

  @Test
  void theApiTakesTheOldCodeUntilTheDayBeforeTheResolution() {
    ObjectNode ok = person("Lục Văn Cũ", false, 1980);
    ok.set("assignments", array(assignment(AN_TINH, "VAN_HOA_XA_HOI", "2017-01-01", "2020-01-31")));
    Api.Response created = Api.admin(port).post("/api/people", ok);
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    ObjectNode tooLong = person("Lục Văn Dài", false, 1980);
    tooLong.set(
        "assignments", array(assignment(AN_TINH, "VAN_HOA_XA_HOI", "2017-01-01", "2020-06-30")));
    Api.Response refused = Api.admin(port).post("/api/people", tooLong);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("assignments[0].to", "Xã Ân Tình");

    ObjectNode after = person("Lục Văn Sau", false, 1980);
    after.set("assignments", array(assignment(AN_TINH, "VAN_HOA_XA_HOI", "2020-02-01", null)));
    Api.Response gone = Api.admin(port).post("/api/people", after);
    assertThat(gone.status()).isEqualTo(400);
    assertThat(gone.body()).contains("assignments[0].unitCode");
  }
}
