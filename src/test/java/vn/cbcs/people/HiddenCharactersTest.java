package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;

/**
 * Zero-width, bidi-control and other invisible or control characters are refused in every text that
 * is stored — by the core validators, so that the JSON API and the forms refuse them alike — with a
 * message naming the character; Vietnamese in NFC or NFD is accepted.
 */
@IntegrationTest
class HiddenCharactersTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private Api api() {
    return Api.admin(port);
  }

  private static String vi(String code) {
    return "Chứa ký tự ẩn hoặc ký tự điều khiển (" + code + ") — hãy gõ lại nội dung này.";
  }

  /** field → Vietnamese message of every refused field. */
  private static Map<String, String> refused(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (JsonNode e : r.json().get("errors")) {
      fields.put(e.get("field").asString(), e.get("message").asString());
    }
    return fields;
  }

  @Test
  void aNameWithARightToLeftOverrideOrAZeroWidthSpaceIsRefused() {
    Api.Response rlo = api().post("/api/people", person("Nguyễn \u202EnăV A", false, 1980));
    assertThat(refused(rlo)).containsEntry("fullName", vi("U+202E"));
    assertThat(rlo.json().get("errors").get(0).get("messageEn").asString())
        .isEqualTo("Contains a hidden or control character (U+202E) — please retype it.");
    assertThat(refused(api().post("/api/people", person("Nguyễn\u200BVăn A", false, 1980))))
        .containsEntry("fullName", vi("U+200B"));
    assertThat(refused(api().post("/api/people", person("\uFEFFNguyễn Văn A", false, 1980))))
        .containsEntry("fullName", vi("U+FEFF"));
  }

  @Test
  void vietnameseInNfcAndNfdIsAccepted() {
    for (Normalizer.Form form : List.of(Normalizer.Form.NFC, Normalizer.Form.NFD)) {
      String name = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", form);
      ObjectNode p = person(name, true, 1990);
      p.put("strengths", "Dòng một\nDòng hai\tthụt lề");
      Api.Response r = api().post("/api/people", p);
      assertThat(r.status()).as(form + " " + r.body()).isEqualTo(201);
    }
  }

  @Test
  void everyTextOfTheRecordAndItsListsIsChecked() {
    ObjectNode p = person("Hà Văn Đủ", false, 1975);
    p.put("residence", "Thôn Nà Pài\u2066");
    p.put("strengths", "Nhiều\ndòng\u2028");
    p.put("phone", "0912\t345678");
    p.set(
        "family",
        JSON.readTree(
            "[{\"side\":\"SELF\",\"relation\":\"CHA\",\"fullName\":\"Hà Văn \\u200dCha\","
                + "\"birthYear\":1950,\"details\":\"Nông dân\\nở quê\\u2029\"}]"));
    p.set(
        "workHistory",
        JSON.readTree(
            "[{\"from\":\"1995-01-01\",\"organisation\":\"UBND xã\\u200e\",\"title\":\"Cán bộ\"}]"));
    p.set(
        "rewards",
        JSON.readTree("[{\"year\":2010,\"form\":\"Giấy khen\",\"issuer\":\"UBND huyện\\u061c\"}]"));
    p.set(
        "disciplines",
        JSON.readTree(
            "[{\"form\":\"KHIEN_TRACH\",\"decidedOn\":\"2015-01-01\",\"effectiveFrom\":\"2015-01-01\","
                + "\"violation\":\"Vi phạm\\nquy định\\u202a\",\"decisionNumber\":\"01\\u00ad/QĐ\"}]"));
    Map<String, String> fields = refused(api().post("/api/people", p));
    assertThat(fields)
        .containsEntry("residence", vi("U+2066"))
        .containsEntry("strengths", vi("U+2028"))
        .containsEntry("phone", vi("U+0009"))
        .containsEntry("family[0].fullName", vi("U+200D"))
        .containsEntry("family[0].details", vi("U+2029"))
        .containsEntry("workHistory[0].organisation", vi("U+200E"))
        .containsEntry("rewards[0].issuer", vi("U+061C"))
        .containsEntry("disciplines[0].violation", vi("U+202A"))
        .containsEntry("disciplines[0].decisionNumber", vi("U+00AD"));
  }

  @Test
  void qualificationsAndDecisionsAreCheckedAlike() {
    ObjectNode p = person("Lường Thị Sáu", true, 1984);
    ObjectNode q = qualification("PROFESSIONAL", "DAI_HOC", "2008-06-30");
    q.put("institution", "Trường Đại học\u202E Luật");
    q.put("major", "Luật\u200B");
    p.set("qualifications", array(q));
    ObjectNode a = assignment("02023", "VAN_HOA_XA_HOI", "2016-01-01", null);
    ((ObjectNode) a.get("decision")).put("issuer", "UBND huyện\u202D Chợ Đồn");
    ((ObjectNode) a.get("decision")).put("number", "01/QĐ\uFEFF");
    p.set("assignments", array(a));
    Map<String, String> fields = refused(api().post("/api/people", p));
    assertThat(fields)
        .containsEntry("qualifications[0].institution", vi("U+202E"))
        .containsEntry("qualifications[0].major", vi("U+200B"))
        .containsEntry("assignments[0].decision.issuer", vi("U+202D"))
        .containsEntry("assignments[0].decision.number", vi("U+FEFF"));

    // and one by one on a recorded person
    Api.Response created = api().post("/api/people", person("Lường Thị Bảy", true, 1984));
    long id = created.json().get("id").asLong();
    ObjectNode more = qualification("POLITICAL_THEORY", "SO_CAP", "2012-01-10");
    more.put("evidenceRef", "\u2067A123");
    assertThat(refused(api().post("/api/people/" + id + "/qualifications", more)))
        .containsEntry("evidenceRef", vi("U+2067"));
  }

  @Test
  void anyControlCharacterInAJsonBodyIsRefusedEvenInFieldsNobodyChecks() {
    ObjectNode p = person("Vi Văn Lạ", false, 1982);
    p.put("somethingElse", "a\u0001b");
    p.put("residence", "NUL\u0000");
    assertThat(refused(api().post("/api/people", p)))
        .containsEntry("somethingElse", vi("U+0001"))
        .containsEntry("residence", vi("U+0000"));
  }

  @Test
  void theFormRefusesTheSameWayAndKeepsWhatWasTyped() {
    BrowserSession browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
    browser.get("/people/new");
    var r =
        browser.post(
            "/people",
            Map.of(
                "fullName", "Trần \u202EVăn Ẩn",
                "sex", "MALE",
                "birthDate", "1980-03-15",
                "personalId", vn.cbcs.support.PersonJsonMother.personalId(false, 1980),
                "residence", "Thôn Bản\u200B Lả"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains(vi("U+202E"))
        .contains(vi("U+200B"))
        .contains("value=\"Trần \u202EVăn Ẩn\"");
  }

  @Test
  void otherFreeTextIsCheckedToo() {
    Map<String, Object> user = new java.util.HashMap<>();
    user.put("username", "an" + (System.nanoTime() % 1_000_000));
    user.put("displayName", "Cán bộ \u202Eẩn");
    user.put("password", "một câu đủ dài để nhớ");
    user.put("roles", List.of("PROVINCE_OFFICER"));
    user.put("scopes", List.of("06"));
    assertThat(refused(api().post("/api/admin/users", user)))
        .containsEntry("displayName", vi("U+202E"));

    ObjectNode resolution = JSON.createObjectNode();
    resolution.put("number", "Z" + (System.nanoTime() % 1_000_000) + "-NQ/TU");
    resolution.put("title", "Nghị quyết\u200B ẩn");
    resolution.put("issuer", "Tỉnh ủy Lai Châu");
    resolution.put("issuedOn", "2021-03-01");
    resolution.put("unit", "12");
    resolution.put("summary", "Dòng một\nDòng hai\u2068");
    assertThat(refused(api().post("/api/resolutions", resolution)))
        .containsEntry("title", vi("U+200B"))
        .containsEntry("summary", vi("U+2068"));
  }
}
