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

    // issue 17: who read the record, in Vietnam time and in words (not ISO instants, not codes)
    assertThat(xa.download("/people/" + id).status()).isEqualTo(200);
    String me = canbo.download("/me").text();
    String accesses = me.substring(me.indexOf("data-testid=\"access-list\""));
    assertThat(accesses)
        .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} · xa · Xem hồ sơ")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
    assertThat(me).contains("(giờ Việt Nam)");
  }

  /** Accepting a request opens the form with the requested value; saving settles it (issue 17). */
  @Test
  void acceptingARequestCarriesItIntoTheFormAndSavingSettlesIt() throws Exception {
    ObjectNode p = person("Bế Thị Sửa " + (System.nanoTime() % 100000), true, 1991);
    p.set(
        "assignments",
        array(assignment("01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    long id = Api.admin(port).post("/api/people", p).json().get("id").asLong();
    assertThat(visibility.linkPerson("canbo", id)).isTrue();
    Api canbo = new Api(port, "canbo", "demo-cbcs-2025");
    ObjectNode ask =
        JSON.createObjectNode()
            .put("field", "phone")
            .put("proposedValue", "0912 345 678")
            .put("reason", "Số điện thoại mới");
    long request = canbo.post("/api/me/corrections", ask).json().get("id").asLong();

    vn.cbcs.support.BrowserSession xa = new vn.cbcs.support.BrowserSession(port);
    xa.signIn("xa", "demo-cbcs-2025");
    xa.get("/corrections");
    var accept = xa.post("/corrections/" + request, java.util.Map.of("accept", "true"));
    assertThat(accept.statusCode()).isEqualTo(302);
    String location = accept.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/people/" + id + "/edit?correction=" + request);
    assertThat(status(canbo, request))
        .as("not settled before the record is saved")
        .isEqualTo("PENDING");

    String form = xa.get("/people/" + id + "/edit?correction=" + request).body();
    assertThat(form).contains("data-testid=\"correction-request\"").contains("Số điện thoại mới");
    assertThat(form).containsPattern("name=\"phone\"[^>]*value=\"0912 345 678\"");
    java.util.Map<String, String> values = formValues(form);
    values.put("reason", "Theo đề nghị của cán bộ");
    var saved = xa.post("/people/" + id, values);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(Api.admin(port).get("/api/people/" + id).json().get("phone").asString())
        .isEqualTo("0912 345 678");
    assertThat(status(canbo, request)).isEqualTo("ACCEPTED");
  }

  private static String status(Api canbo, long request) {
    for (var r : canbo.get("/api/me").json().get("corrections")) {
      if (r.get("id").asLong() == request) {
        return r.get("status").asString();
      }
    }
    return null;
  }

  /** The values a browser would send back for the form as it is shown. */
  static java.util.Map<String, String> formValues(String html) {
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    var input = java.util.regex.Pattern.compile("<input([^>]*)>").matcher(html);
    while (input.find()) {
      String a = input.group(1);
      String name = attr(a, "name");
      if (name == null || name.equals("_csrf") || a.contains("type=\"submit\"")) {
        continue;
      }
      if (a.contains("type=\"checkbox\"") && !a.contains("checked")) {
        continue;
      }
      String v = attr(a, "value");
      values.put(name, v == null ? "" : org.springframework.web.util.HtmlUtils.htmlUnescape(v));
    }
    var select =
        java.util.regex.Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", 32)
            .matcher(html);
    while (select.find()) {
      var option = java.util.regex.Pattern.compile("<option([^>]*)>").matcher(select.group(2));
      String chosen = "";
      while (option.find()) {
        if (option.group(1).contains("selected")) {
          chosen = attr(option.group(1), "value");
        }
      }
      values.put(select.group(1), chosen == null ? "" : chosen);
    }
    var area =
        java.util.regex.Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", 32)
            .matcher(html);
    while (area.find()) {
      values.put(area.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(area.group(2)));
    }
    return values;
  }

  private static String attr(String attributes, String name) {
    var m = java.util.regex.Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
    return m.find() ? m.group(1) : null;
  }
}
