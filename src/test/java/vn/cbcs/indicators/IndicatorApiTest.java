package vn.cbcs.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/** The JSON API of indicators: the numbers of value, people, children and series agree. */
@IntegrationTest
class IndicatorApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @org.junit.jupiter.api.BeforeEach
  void district() {
    TamDuong.ensure(port, jdbc);
  }

  @Test
  void theSeedIndicatorsAreListedWithTheirCodes() {
    JsonNode list = Api.admin(port).get("/api/indicators").json();
    assertThat(list.findValuesAsString("code")).contains("PRO_SO_CAP_PLUS", "LLCT_SO_TRUNG_CAP");
    JsonNode one = Api.admin(port).get("/api/indicators/PRO_SO_CAP_PLUS").json();
    assertThat(one.get("definition").asString()).contains("sơ cấp");
    assertThat(Api.admin(port).get("/api/indicators/NO_SUCH").status()).isEqualTo(404);
  }

  @Test
  void valuePeopleChildrenAndSeriesAgree() {
    Api api = Api.admin(port);
    String q = "unit=" + IndicatorsKnownAnswersTest.DISTRICT + "&asOf=2021-12-31";
    JsonNode v = api.get("/api/indicators/PRO_SO_CAP_PLUS/value?" + q).json();
    JsonNode in = api.get("/api/indicators/PRO_SO_CAP_PLUS/people?" + q + "&part=numerator").json();
    JsonNode rest = api.get("/api/indicators/PRO_SO_CAP_PLUS/people?" + q + "&part=rest").json();
    assertThat(in.get("count").asLong()).isEqualTo(v.get("numerator").asLong());
    assertThat(in.get("count").asLong() + rest.get("count").asLong())
        .isEqualTo(v.get("denominator").asLong());
    JsonNode children = api.get("/api/indicators/PRO_SO_CAP_PLUS/children?" + q).json();
    long sum = 0;
    for (JsonNode c : children.get("children")) {
      sum += c.get("denominator").asLong();
    }
    assertThat(sum).isEqualTo(v.get("denominator").asLong());
    JsonNode series =
        api.get(
                "/api/indicators/PRO_SO_CAP_PLUS/series?unit=106&from=2019-12-31&to=2021-12-31&step=year")
            .json();
    assertThat(series.get("points")).hasSize(3);
    assertThat(series.get("points").get(2).get("numerator").asLong())
        .isEqualTo(v.get("numerator").asLong());
    assertThat(api.get("/api/indicators/PRO_SO_CAP_PLUS/people?" + q + "&part=x").status())
        .isEqualTo(400);
    assertThat(api.get("/api/indicators/PRO_SO_CAP_PLUS/value?unit=99999&asOf=2020-01-01").status())
        .isEqualTo(404);
  }

  @Test
  void anOfficerDefinesAnIndicatorFromBuildingBlocksAndItIsVersioned() {
    Api api = Api.admin(port);
    String code = "NU_DUOI_35_" + (System.nanoTime() % 100000);
    ObjectNode body = JSON.createObjectNode();
    body.put("code", code);
    body.put("name", "Nữ dưới 35 tuổi");
    body.put("definition", "Tỷ lệ nữ dưới 35 tuổi trong cán bộ, công chức cấp xã.");
    body.put("subject", "PEOPLE");
    var criteria = body.putArray("criteria");
    criteria.addObject().put("kind", "SEX").put("value", "FEMALE");
    criteria.addObject().put("kind", "AGE").put("to", 35);
    var created = api.post("/api/indicators", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("version").asInt()).isEqualTo(1);
    JsonNode v = api.get("/api/indicators/" + code + "/value?unit=106&asOf=2020-12-31").json();
    assertThat(v.get("numerator").asLong()).as("P1 only: a woman of 30").isEqualTo(1);
    body.put("name", "Nữ dưới 35 tuổi (sửa)");
    var second = api.post("/api/indicators/" + code + "/versions", body);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("version").asInt()).isEqualTo(2);
    assertThat(api.get("/api/indicators/" + code).json().get("versions")).hasSize(2);
    // refused with reasons: unknown level, ages the wrong way round, condition of communes
    ObjectNode bad = body.deepCopy();
    bad.put("code", code + "_X");
    var badCriteria = bad.putArray("criteria");
    badCriteria
        .addObject()
        .put("kind", "QUALIFICATION")
        .put("track", "PROFESSIONAL")
        .put("min", "GIAO_SU");
    badCriteria.addObject().put("kind", "AGE").put("from", 50).put("to", 40);
    badCriteria.addObject().put("kind", "STAFFED_TO_QUOTA");
    var refused = api.post("/api/indicators", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("criteria[0].min", "criteria[1].to", "criteria[2].kind");
    assertThat(new Api(port, "xa", "demo-cbcs-2025").post("/api/indicators", body).status())
        .isEqualTo(403);
  }
}
