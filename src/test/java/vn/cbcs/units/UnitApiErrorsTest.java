package vn.cbcs.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/** Wrong input gets a clear answer in Vietnamese and English, never a stack trace. */
@IntegrationTest
class UnitApiErrorsTest {

  @LocalServerPort int port;

  @Test
  void anUnknownCodeIs404WithABilingualMessage() {
    Api.Response r = Api.admin(port).get("/api/units/99999");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("message").asString()).contains("Không tìm thấy", "99999");
    assertThat(r.json().get("messageEn").asString()).contains("No administrative unit", "99999");
  }

  @Test
  void aCodeOutsideItsPeriodSaysWhenItWasInForce() {
    Api.Response r = Api.admin(port).get("/api/units/01834?asOf=2026-01-01");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("message").asString()).contains("không có hiệu lực", "2025-06-30");
  }

  @Test
  void aMalformedDateIs400NamingTheParameter() {
    Api.Response r = Api.admin(port).get("/api/units/06?asOf=30-06-2025");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("parameter").asString()).isEqualTo("asOf");
    assertThat(r.json().get("message").asString()).contains("asOf", "YYYY-MM-DD");
    assertThat(r.body()).doesNotContain("Exception", "at vn.cbcs");
  }

  @Test
  void anUnknownParentIs404() {
    assertThat(Api.admin(port).get("/api/units?parent=064&asOf=2026-01-01").status())
        .isEqualTo(404);
  }

  @Test
  void anUnknownApiPathIsJson404() {
    Api.Response r = Api.admin(port).get("/api/nothing-here");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("status").asInt()).isEqualTo(404);
  }

  @Test
  void searchWithLikeMetacharactersIsHarmless() {
    Api.Response r = Api.admin(port).get("/api/units/search?q=%25_%5C'%3B--");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEmpty();
  }
}
