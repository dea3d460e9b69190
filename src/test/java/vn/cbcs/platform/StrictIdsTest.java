package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.RawHttp;

/**
 * Ids in addresses are written one way — a positive decimal of at most 18 digits — and whole
 * numbers in parameters are digits only: every other spelling is a 400 naming the parameter, not
 * the same record (scope bypass), a 404 for a number Spring guessed, or a 500.
 */
@IntegrationTest
class StrictIdsTest {

  private static final String PASSWORD = "một câu đủ dài để nhớ";

  @LocalServerPort int port;

  private long id;

  @BeforeEach
  void aPerson() {
    Api.Response r =
        Api.admin(port).post("/api/people", PersonJsonMother.person("Đinh Văn Số", false, 1979));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    id = r.json().get("id").asLong();
  }

  private String scopedUser() {
    String username = "so" + (System.nanoTime() % 1_000_000);
    Api.Response r =
        Api.admin(port)
            .post(
                "/api/admin/users",
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "Người thử số",
                    "password",
                    PASSWORD,
                    "roles",
                    List.of("COMMUNE_OFFICER"),
                    "scopes",
                    List.of("01840")));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return username;
  }

  private static void refusedId(RawHttp.Response r, String value) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("parameter").asString()).isEqualTo("id");
    assertThat(r.json().get("message").asString())
        .isEqualTo(
            "Tham số \"id\" phải là số định danh: số nguyên dương chỉ gồm chữ số 0–9, không dấu,"
                + " không số 0 ở đầu, tối đa 18 chữ số; nhận được \""
                + value
                + "\".");
    assertThat(r.json().get("messageEn").asString())
        .startsWith("Parameter \"id\" must be an id: a positive whole number");
  }

  @Test
  void theSameIdSpelledAnotherWayIsRefused() {
    RawHttp admin = RawHttp.admin(port);
    assertThat(admin.get("/api/people/" + id).status()).isEqualTo(200);
    String hex = Long.toHexString(id);
    Map<String, String> spellings =
        Map.of(
            "/api/people/+" + id, "+" + id,
            "/api/people/%2B" + id, "+" + id,
            "/api/people/0x" + hex, "0x" + hex,
            "/api/people/%23" + hex, "#" + hex,
            "/api/people/0" + id, "0" + id,
            "/api/people/%20" + id, " " + id,
            "/api/people/" + id + "%20", id + " ",
            "/api/people/" + id + "e0", id + "e0");
    spellings.forEach((target, value) -> refusedId(admin.get(target), value));
  }

  @Test
  void zeroNegativeAndTooLongIdsAre400EvenForAScopedUser() {
    RawHttp scoped = RawHttp.as(port, scopedUser(), PASSWORD);
    RawHttp admin = RawHttp.admin(port);
    for (RawHttp client : List.of(admin, scoped)) {
      refusedId(client.get("/api/people/0"), "0");
      refusedId(client.get("/api/people/-1"), "-1");
      // 20 digits: a 500 from the scope check before
      refusedId(client.get("/api/people/99999999999999999999"), "99999999999999999999");
      refusedId(client.get("/api/people/1234567890123456789"), "1234567890123456789");
      refusedId(client.get("/api/people/99999999999999999999/history"), "99999999999999999999");
    }
    // 18 digits is an id (of nobody)
    assertThat(admin.get("/api/people/999999999999999999").status()).isEqualTo(404);
  }

  @Test
  void percentEncodedDigitsAreTheSameId() {
    StringBuilder encoded = new StringBuilder();
    for (char c : String.valueOf(id).toCharArray()) {
      encoded.append('%').append(Integer.toHexString(c).toUpperCase());
    }
    RawHttp.Response r = RawHttp.admin(port).get("/api/people/" + encoded);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("id").asLong()).isEqualTo(id);
  }

  @Test
  void otherIdsInAddressesFollowTheSameRule() {
    RawHttp admin = RawHttp.admin(port);
    for (String target :
        List.of(
            "/api/people/+" + id + "/history",
            "/api/people/0x1/compliance",
            "/api/imports/+1",
            "/api/resolutions/0x1",
            "/api/audit/people/+" + id)) {
      RawHttp.Response r = admin.get(target);
      assertThat(r.status()).as(target + " " + r.body()).isEqualTo(400);
      assertThat(r.json().get("parameter").asString()).as(target).isEqualTo("id");
    }
  }

  @Test
  void aPageAddressWithAMalformedIdShowsTheErrorPage() {
    RawHttp.Response r = RawHttp.admin(port).get("/people/0x4e", "Accept: text/html");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.headers().get("content-type")).startsWith("text/html");
    assertThat(r.body())
        .contains("Tham số \"id\" phải là số định danh")
        .contains("nhận được \"0x4e\"")
        .doesNotContain("Exception");
  }

  @Test
  void pageNumbersAreDigitsAndZeroIsTheFirstPage() {
    RawHttp admin = RawHttp.admin(port);
    RawHttp.Response first = admin.get("/api/people?page=0&size=1");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("page").asInt()).isZero();
    RawHttp.Response second = admin.get("/api/people?page=1&size=1");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("page").asInt()).isEqualTo(1);
    assertThat(admin.get("/people?page=0", "Accept: text/html").status()).isEqualTo(200);
    Map<String, String> refused =
        Map.of(
            "/api/people?page=0x1", "0x1",
            "/api/people?page=%2B1", "+1",
            "/api/people?page=-1", "-1",
            "/api/people?page=%201", " 1",
            "/api/people?page=1.0", "1.0",
            "/api/people?page=99999999999", "99999999999");
    refused.forEach(
        (target, value) -> {
          RawHttp.Response r = admin.get(target);
          assertThat(r.status()).as(target + " " + r.body()).isEqualTo(400);
          assertThat(r.json().get("parameter").asString()).isEqualTo("page");
          assertThat(r.json().get("message").asString())
              .isEqualTo(
                  "Tham số \"page\" phải là số nguyên không âm chỉ gồm chữ số 0–9 (không dấu,"
                      + " không khoảng trắng, không dạng 0x); nhận được \""
                      + value
                      + "\".");
        });
    RawHttp.Response size = admin.get("/api/people?size=%2310");
    assertThat(size.status()).isEqualTo(400);
    assertThat(size.json().get("parameter").asString()).isEqualTo("size");
  }

  @Test
  void wholeNumberParametersOfOtherTypesAreStrictToo() {
    RawHttp admin = RawHttp.admin(port);
    // Integer (optional)
    RawHttp.Response year = admin.get("/api/rules/retirement?birthYear=0x7B2&sex=MALE");
    assertThat(year.status()).as(year.body()).isEqualTo(400);
    assertThat(year.json().get("parameter").asString()).isEqualTo("birthYear");
    assertThat(admin.get("/api/rules/retirement?birthYear=1970&sex=MALE").status()).isEqualTo(200);
    // int with a default
    RawHttp.Response limit = admin.get("/api/units/search?q=Ch%E1%BB%A3&limit=%2B5");
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.json().get("parameter").asString()).isEqualTo("limit");
    // an empty value still means the default
    assertThat(admin.get("/api/units/search?q=Ch%E1%BB%A3&limit=").status()).isEqualTo(200);
  }
}
