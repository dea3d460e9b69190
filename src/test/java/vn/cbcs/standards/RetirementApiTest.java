package vn.cbcs.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

@IntegrationTest
class RetirementApiTest {

  @LocalServerPort int port;

  @Test
  void answersTheRetirementOfABirthDate() {
    JsonNode r = Api.admin(port).get("/api/rules/retirement?birthDate=1961-10-01&sex=MALE").json();
    assertThat(r.get("retirementDate").asString()).isEqualTo("2022-04-30");
    assertThat(r.get("statutoryAge").get("years").asInt()).isEqualTo(60);
    assertThat(r.get("statutoryAge").get("months").asInt()).isEqualTo(6);
    assertThat(r.get("pensionFrom").asString()).isEqualTo("2022-05-01");
  }

  @Test
  void acceptsABirthYearAlone() {
    JsonNode r = Api.admin(port).get("/api/rules/retirement?birthYear=1966&sex=FEMALE").json();
    assertThat(r.get("retirementDate").asString()).isEqualTo("2021-05-31");
  }

  @Test
  void refusesBadInputNamingTheParameter() {
    assertThat(
            Api.admin(port)
                .get("/api/rules/retirement?birthDate=1966-13-01&sex=MALE")
                .json()
                .get("parameter")
                .asString())
        .isEqualTo("birthDate");
    assertThat(
            Api.admin(port)
                .get("/api/rules/retirement?birthYear=1966&sex=X")
                .json()
                .get("parameter")
                .asString())
        .isEqualTo("sex");
    assertThat(Api.admin(port).get("/api/rules/retirement?sex=MALE").status()).isEqualTo(400);
  }
}
