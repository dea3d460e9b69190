package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * Issue 17: family, work history, rewards and disciplines are entered on the person page by the
 * commune officer, through the same service and rules as {@code PUT /api/people/{id}}.
 */
@IntegrationTest
class PersonListsFormsTest {

  @LocalServerPort int port;

  /** A person holding a post in Phường Đức Xuân (01840), the commune of the officer {@code xa}. */
  private long personOfTheCommune(String name) {
    ObjectNode p = PersonJsonMother.person(name, true, 1986);
    p.set(
        "assignments",
        array(assignment("01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private BrowserSession xa() {
    BrowserSession browser = new BrowserSession(port);
    assertThat(browser.signIn("xa", "demo-cbcs-2025").statusCode()).isEqualTo(302);
    return browser;
  }

  private static void saved(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
  }

  @Test
  void theCommuneOfficerAddsOneOfEachOnThePageAndTheApiReadsThemBack() {
    long id = personOfTheCommune("Hà Thị Gia Đình");
    BrowserSession browser = xa();
    String page = browser.get("/people/" + id + "?lang=vi").body();
    // the page names its forms; each is loaded when its section is opened
    assertThat(page)
        .contains(
            "data-lazy-form=\"family\"",
            "data-lazy-form=\"work\"",
            "data-lazy-form=\"reward\"",
            "data-lazy-form=\"discipline\"")
        .doesNotContain("data-testid=\"family-form\"", "value=\"STATE:KHIEN_TRACH\"");
    for (String form : List.of("family", "work", "reward", "discipline")) {
      HttpResponse<String> loaded =
          browser.get("/people/" + id + "/forms/" + form + "?asOf=2026-01-01&lang=vi");
      assertThat(loaded.statusCode()).as(form).isEqualTo(200);
      assertThat(loaded.body())
          .contains("data-testid=\"" + form + "-form\"", "value=\"2026-01-01\"")
          .doesNotContain("<html");
    }
    assertThat(browser.get("/people/" + id + "/forms/discipline").body())
        .contains("value=\"STATE:KHIEN_TRACH\"");
    assertThat(browser.get("/people/" + id + "/forms/no-such-form").statusCode()).isEqualTo(404);
    saved(
        browser.post(
            "/people/" + id + "/family",
            Map.of(
                "side", "SELF",
                "relation", "CHA",
                "fullName", "Hà Văn Cha",
                "birthYear", "1955",
                "details", "Nông dân",
                "residence", "Đức Xuân")));
    saved(
        browser.post(
            "/people/" + id + "/work-history",
            Map.of(
                "from", "01/09/2008",
                "to", "30/06/2012",
                "organisation", "Trường THCS Đức Xuân",
                "title", "Giáo viên")));
    saved(
        browser.post(
            "/people/" + id + "/rewards",
            Map.of(
                "year", "2020",
                "form", "Giấy khen của Chủ tịch UBND huyện",
                "decisionNumber", "12/QĐ-UBND",
                "decisionDate", "15/01/2020",
                "issuer", "UBND huyện")));
    browser.get("/people/" + id);
    saved(
        browser.post(
            "/people/" + id + "/disciplines",
            Map.of(
                "choice", "STATE:KHIEN_TRACH",
                "decidedOn", "10/08/2025",
                "decisionNumber", "5/QĐ-UBND",
                "issuer", "UBND phường Đức Xuân",
                "violation", "Vi phạm giờ làm việc")));

    JsonNode p = new Api(port, "xa", "demo-cbcs-2025").get("/api/people/" + id).json();
    JsonNode f = p.get("family").get(0);
    assertThat(f.get("relation").asString()).isEqualTo("CHA");
    assertThat(f.get("fullName").asString()).isEqualTo("Hà Văn Cha");
    assertThat(f.get("birthYear").asInt()).isEqualTo(1955);
    JsonNode w = p.get("workHistory").get(0);
    assertThat(w.get("from").asString()).isEqualTo("2008-09-01");
    assertThat(w.get("to").asString()).isEqualTo("2012-06-30");
    assertThat(w.get("organisation").asString()).isEqualTo("Trường THCS Đức Xuân");
    JsonNode r = p.get("rewards").get(0);
    assertThat(r.get("year").asInt()).isEqualTo(2020);
    assertThat(r.get("decisionDate").asString()).isEqualTo("2020-01-15");
    JsonNode x = p.get("disciplines").get(0);
    assertThat(x.get("form").asString()).isEqualTo("KHIEN_TRACH");
    assertThat(x.get("system").asString()).isEqualTo("STATE");
    assertThat(x.get("decidedOn").asString()).isEqualTo("2025-08-10");
    assertThat(x.get("effectiveFrom").asString()).isEqualTo("2025-08-10");
    assertThat(x.get("effectiveTo").asString()).as("12 months").isEqualTo("2026-08-09");

    // the page shows them, each with a remove button bound to the version shown
    String after = browser.get("/people/" + id + "?lang=vi").body();
    assertThat(after).contains("Hà Văn Cha", "Trường THCS Đức Xuân", "Giấy khen của Chủ tịch");
    assertThat(after).contains("data-testid=\"reward-delete-1\"");
    int version = p.get("version").asInt();
    saved(
        browser.post(
            "/people/" + id + "/lists/reward/1/delete",
            Map.of("version", String.valueOf(version))));
    JsonNode removed = new Api(port, "xa", "demo-cbcs-2025").get("/api/people/" + id).json();
    assertThat(removed.get("rewards")).isEmpty();
    assertThat(removed.get("family")).hasSize(1);
    // a page of an older version removes nothing
    browser.get("/people/" + id);
    saved(
        browser.post(
            "/people/" + id + "/lists/family/1/delete",
            Map.of("version", String.valueOf(version))));
    assertThat(new Api(port, "xa", "demo-cbcs-2025").get("/api/people/" + id).json().get("family"))
        .hasSize(1);
  }

  @Test
  void anInvalidSubmissionShowsTheErrorsAndKeepsWhatWasTyped() {
    long id = personOfTheCommune("Hà Thị Sai Ngày");
    BrowserSession browser = xa();
    browser.get("/people/" + id + "?lang=vi");
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("choice", "STATE:HA_BAC_LUONG"); // no longer a form for civil servants after 1/7/2025
    typed.put("decidedOn", "10/08/2025");
    typed.put("effectiveFrom", "10/08/2025");
    typed.put("effectiveTo", "01/01/2025"); // before the start
    typed.put("decisionNumber", "77/QĐ-UBND");
    typed.put("violation", "Nội dung đã gõ");
    HttpResponse<String> r = browser.post("/people/" + id + "/disciplines?lang=vi", typed);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("data-testid=\"form-errors\"")
        .contains("Hình thức kỷ luật này không có trong danh mục")
        .contains("Nội dung đã gõ", "77/QĐ-UBND", "value=\"01/01/2025\"")
        .contains("value=\"STATE:HA_BAC_LUONG\" selected");
    assertThat(r.body()).doesNotContain("??");
    // a work entry without an organisation: the rule of the record, in Vietnamese
    browser.get("/people/" + id + "?lang=vi");
    HttpResponse<String> w =
        browser.post(
            "/people/" + id + "/work-history?lang=vi",
            Map.of("from", "01/09/2008", "title", "Giáo viên"));
    assertThat(w.statusCode()).isEqualTo(200);
    assertThat(w.body()).contains("Cần tên đơn vị công tác", "value=\"01/09/2008\"", "Giáo viên");
    JsonNode p = new Api(port, "xa", "demo-cbcs-2025").get("/api/people/" + id).json();
    assertThat(p.get("disciplines")).isEmpty();
    assertThat(p.get("workHistory")).isEmpty();
  }
}
